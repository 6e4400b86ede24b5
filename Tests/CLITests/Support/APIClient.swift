import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// Raw HTTP against the office server, for the tests that look at status codes, headers and cookies.
struct APIClient {
    let base: String

    /// One client for the whole test process (never shut down), that reports redirects instead of following them:
    /// a page that sends a browser to `/login` is seen as the 303 it is.
    static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()

    struct Reply: CustomStringConvertible {
        let status: Int
        let headers: HTTPHeaders
        let body: Data

        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any]) ?? [:] }
        var errorKind: String? { (json["error"] as? [String: Any])?["kind"] as? String }
        var errorMessage: String? { (json["error"] as? [String: Any])?["message"] as? String }
        var description: String { "\(status) \(text)" }

        /// The value of a cookie set by this reply.
        func cookie(_ name: String) -> String? {
            for header in headers["Set-Cookie"] {
                let first = header.split(separator: ";").first ?? ""
                let parts = first.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name { return String(parts[1]) }
            }
            return nil
        }
    }

    func send(_ method: HTTPMethod, _ path: String, headers: [(String, String)] = [], json: Any? = nil, body: String? = nil)
        async throws -> Reply
    {
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json)))
        } else if let body {
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await Self.client.execute(request, timeout: .seconds(60))
        let bytes = try await response.body.collect(upTo: 64 * 1024 * 1024)
        return Reply(status: Int(response.status.code), headers: response.headers, body: Data(buffer: bytes))
    }

    /// Logs in; the reply carries the token, the CSRF token and the session cookie.
    func login(_ user: String, _ password: String = Office.staffPassword, from address: String? = nil) async throws -> Reply {
        try await send(.POST, "/api/v1/session", json: ["username": user, "password": password])
    }

    static func token(_ reply: Reply) -> String { reply.json["token"] as? String ?? "" }
    static func csrf(_ reply: Reply) -> String { reply.json["csrfToken"] as? String ?? "" }
}
