import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import OfficeService

/// The API's answers: JSON bodies, and errors as `{"error": {"kind": …, "message": …}}` with the status of their
/// kind. Nothing here ever contains a password or a token except the login answer itself.
enum APIResponse {
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        do {
            let data = try OperationTransport.encoder().encode(value)
            return Response(
                status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        } catch {
            return self.error(.remote(.badInput, "the answer could not be encoded: \(error)"))
        }
    }

    static func error(_ error: OfficeError) -> Response {
        let body = ErrorBody(error: .init(kind: error.kind.rawValue, message: error.description))
        let data = (try? OperationTransport.encoder().encode(body)) ?? Data(#"{"error":{"kind":"badInput","message":"error"}}"#.utf8)
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]
        if case .throttled(let seconds) = error { headers[.retryAfter] = String(seconds) }
        if error.kind == .unauthenticated { headers[.wwwAuthenticate] = "Bearer realm=\"hak-akses\"" }
        return Response(
            status: HTTPResponse.Status(code: error.kind.httpStatus), headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    struct ErrorBody: Codable {
        struct Detail: Codable {
            let kind: String
            let message: String
        }
        let error: Detail
    }
}

extension HTTPField.Name {
    /// Request: the time a rehearsal caller names for its call. Response: whether the server honoured it.
    static let rehearsalTime = HTTPField.Name("Hakakses-Rehearsal-Time")!
    static let rehearsal = HTTPField.Name("Hakakses-Rehearsal")!
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
}
