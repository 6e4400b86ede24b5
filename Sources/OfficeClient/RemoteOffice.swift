import AsyncHTTPClient
public import AccessWorkflow
public import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1
import NIOSSL
public import OfficeService

/// The office server as the CLI on a workstation sees it: the same operations, over HTTP(S), with a bearer token.
public final class RemoteOffice: Sendable {
    public let baseURL: URL
    /// The language the caller reads, sent as `Accept-Language`: the server says its errors and the sentences of its
    /// answers in it (an error's `kind` is the same in every language).
    public let language: Language
    private let client: HTTPClient
    /// The time a rehearsal caller names for its calls (`$HAKAKSES_NOW`); the server honours it only in a rehearsal.
    private let rehearsalTime: Date?
    /// Told when the server ignored the rehearsal time (it is not a rehearsal).
    private let warn: @Sendable (String) -> Void
    private let timeout: TimeAmount

    /// A client for the server at `url`; `caFile` is a PEM file of the CA that signed its certificate, if it is not
    /// a system-trusted one.
    public init(url: String, caFile: String?, rehearsalTime: Date?, language: Language = .indonesian, timeoutSeconds: Int64 = 600,
                warn: @escaping @Sendable (String) -> Void) throws(OfficeError) {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), scheme == "http" || scheme == "https",
              parsed.host != nil
        else {
            throw .badInput(.serverURL(url))
        }
        if scheme == "http", let host = parsed.host, !Self.isLoopback(host) {
            throw .badInput(.plainHTTPServer(url))
        }
        baseURL = parsed
        self.language = language
        var configuration = HTTPClient.Configuration()
        if let caFile {
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.trustRoots = .file(caFile)
            configuration.tlsConfiguration = tls
        }
        configuration.redirectConfiguration = .disallow
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.rehearsalTime = rehearsalTime
        self.warn = warn
        self.timeout = .seconds(timeoutSeconds)
    }

    /// 127.0.0.0/8, ::1 and localhost: the only hosts the client talks to without TLS.
    static func isLoopback(_ host: String) -> Bool {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return bare == "localhost" || bare == "::1" || bare.hasPrefix("127.")
    }

    /// Ends the client's connections; call once when done.
    public func close() async {
        try? await client.shutdown()  // try?: closing the client at the end; nothing is left to do with its error
    }

    /// Logs in; the answer holds the token (shown only here).
    public func login(uid: String, password: String) async throws(OfficeError) -> LoginResult {
        let body: Data
        do { body = try OperationTransport.encoder().encode(LoginInput(username: uid, password: password)) } catch {
            throw .badInput(.loginUnencodable("\(error)"))
        }
        return try await send(LoginResult.self, method: .POST, path: "/api/v1/session", query: [], body: body, authorization: nil)
    }

    /// Ends the session of `token` on the server.
    public func logout(token: String) async throws(OfficeError) {
        _ = try await raw(method: .DELETE, path: "/api/v1/session", query: [], body: nil, authorization: "Bearer \(token)")
    }

    /// Runs `operation` as the owner of `token`.
    public func perform<Operation: OfficeOperation>(_ operation: Operation, token: String) async throws(OfficeError)
        -> Operation.Output
    {
        try await perform(operation, authorization: "Bearer \(token)")
    }

    /// The office server as a replica's source of records and files, with the replica's token
    /// (`hakakses replica follow`).
    public func replicaSource(token: String) -> ReplicaSource {
        ReplicaSource(
            records: { after, wait throws(OfficeError) in
                try await self.perform(ReplicationRecordsQuery(after: after, limit: Office.replicationBatchLimit, wait: wait), replicaToken: token)
            },
            file: { name throws(OfficeError) in try await self.perform(ReplicationFileQuery(name: name), replicaToken: token).content })
    }

    /// Runs `operation` as the office's replica (`hakakses replica`), by its token.
    public func perform<Operation: OfficeOperation>(_ operation: Operation, replicaToken: String) async throws(OfficeError)
        -> Operation.Output
    {
        try await perform(operation, authorization: "Replica \(replicaToken)")
    }

    private func perform<Operation: OfficeOperation>(_ operation: Operation, authorization: String) async throws(OfficeError)
        -> Operation.Output
    {
        let (path, query, body) = try OperationTransport.request(operation)
        let method: HTTPMethod = switch Operation.route.method {
        case .get: .GET
        case .post: .POST
        case .delete: .DELETE
        }
        return try await send(Operation.Output.self, method: method, path: path, query: query, body: body, authorization: authorization)
    }

    private func send<Output: Decodable>(
        _ type: Output.Type, method: HTTPMethod, path: String, query: [URLQueryItem], body: Data?, authorization: String?
    ) async throws(OfficeError) -> Output {
        let data = try await raw(method: method, path: path, query: query, body: body, authorization: authorization)
        do { return try OperationTransport.decoder().decode(Output.self, from: data) } catch {
            throw .unavailable(.serverAnswerUnreadable(server: baseURL.absoluteString, detail: "\(error)"))
        }
    }

    private func raw(method: HTTPMethod, path: String, query: [URLQueryItem], body: Data?, authorization: String?)
        async throws(OfficeError) -> Data
    {
        var components = URLComponents()
        components.scheme = baseURL.scheme
        components.host = baseURL.host
        components.port = baseURL.port
        components.percentEncodedPath = baseURL.path.trimmingCharacters(in: CharacterSet(charactersIn: "/")).isEmpty
            ? path : "/" + baseURL.path.trimmingCharacters(in: CharacterSet(charactersIn: "/")) + path
        if !query.isEmpty { components.queryItems = query }
        guard let url = components.url else { throw .badInput(.urlUnbuildable(path)) }
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = method
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "Accept-Language", value: language.rawValue)
        if let authorization { request.headers.add(name: "Authorization", value: authorization) }
        if let rehearsalTime { request.headers.add(name: WireHeader.rehearsalTime, value: OfficeClock.format(rehearsalTime)) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let response: HTTPClientResponse
        let bytes: ByteBuffer
        do {
            response = try await client.execute(request, timeout: timeout)
            bytes = try await response.body.collect(upTo: 256 * 1024 * 1024)
        } catch {
            throw .unavailable(.serverUnreachable(server: baseURL.absoluteString, detail: "\(error)"))
        }
        if rehearsalTime != nil, response.headers.first(name: WireHeader.rehearsal) == WireHeader.rehearsalIgnored {
            warn(Catalogue.notices.rehearsalIgnoredByServer.text(in: language))
        }
        let data = Data(buffer: bytes)
        guard (200..<300).contains(Int(response.status.code)) else {
            // A body that is not the server's error (a proxy's page, a truncated answer) is reported by its status below.
            if let failure = try? OperationTransport.decoder().decode(WireErrorBody.self, from: data),  // try?: a body that is not an error body is reported by its HTTP status below
               let kind = OfficeErrorKind(rawValue: failure.error.kind)
            {
                if kind == .throttled, let seconds = response.headers.first(name: "Retry-After").flatMap(Int.init) {
                    throw .throttled(retryAfterSeconds: seconds)
                }
                throw .remote(kind, failure.error.message)
            }
            throw .unavailable(.serverStatus(server: baseURL.absoluteString, code: Int(response.status.code), reason: response.status.reasonPhrase))
        }
        return data
    }

}
