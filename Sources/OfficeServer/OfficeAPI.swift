import AccessStore
import AccessWorkflow
import Foundation
public import Hummingbird
import HTTPTypes
import NIOCore
public import OfficeService

/// The office server's HTTP API under `/api/v1/`: login and logout, health, and every ``OfficeOperation`` at its
/// route. Authentication by bearer token (the CLI) or by an HttpOnly, SameSite=Strict cookie (browsers); a write
/// authenticated by the cookie must also carry the session's CSRF token (header `X-CSRF-Token`), and every write must
/// be `application/json` (which a cross-site form cannot send).
public struct OfficeAPI: Sendable {
    public let office: Office
    public let throttle: LoginThrottle
    /// Cookies get `Secure` unless the configuration says otherwise (`api.secureCookies: false`).
    public let secureCookies: Bool
    let clientAddress: ClientAddress

    public static let cookieName = "hakakses_session"

    public init(office: Office, throttle: LoginThrottle, secureCookies: Bool) {
        self.office = office
        self.throttle = throttle
        self.secureCookies = secureCookies
        self.clientAddress = ClientAddress(for: office)
    }

    var sessions: SessionStore { office.sessions }

    /// The routes that are not operations.
    public static let sessionRoutes: [OfficeRoute] = [
        OfficeRoute(method: .post, path: "/api/v1/session"),
        OfficeRoute(method: .delete, path: "/api/v1/session"),
        OfficeRoute(method: .get, path: "/api/v1/health"),
    ]

    /// Every route served.
    public static var routes: [OfficeRoute] { sessionRoutes + OfficeOperations.all.map { $0.route } }

    /// The routes; `hsts` (the server speaks TLS itself) adds `Strict-Transport-Security` to every answer.
    public func router(hsts: Bool = false) -> Router<OfficeRequestContext> {
        let router = Router(context: OfficeRequestContext.self)
        router.add(middleware: RequestLog(rehearsal: office.clock.rehearsal, clock: office.clock, hsts: hsts, metrics: office.metrics))
        router.add(middleware: MethodNotAllowed(routes: Self.routes))
        router.post("/api/v1/session") { request, context in await login(request, context) }
        router.delete("/api/v1/session") { request, context in await logout(request, context) }
        router.get("/api/v1/health") { _, _ in await health() }
        for operation in OfficeOperations.all { register(operation, on: router) }
        return router
    }

    private func register<Operation: OfficeOperation>(_ type: Operation.Type, on router: Router<OfficeRequestContext>) {
        let route = Operation.route
        let method: HTTPRequest.Method = switch route.method {
        case .get: .get
        case .post: .post
        case .delete: .delete
        }
        router.on(RouterPath(route.path), method: method) { request, context in
            await handle(Operation.self, request, context)
        }
    }

    private func handle<Operation: OfficeOperation>(
        _ type: Operation.Type, _ request: Request, _ context: OfficeRequestContext
    ) async -> Response {
        var request = request
        var context = context
        let language = Language.of(request)
        do throws(OfficeError) {
            let who = try await caller(of: request, &context, for: Operation.action)
            // The gate first: a caller the policy refuses learns nothing about the input, and sends no body.
            let caller = try await office.authorize(Operation.action, who, now: office.clock.now(requested: requestedTime(request)))
            var pathParameters: [String: String] = [:]
            for name in Operation.route.parameters {
                if let value = context.parameters.get(name) { pathParameters[name] = value.removingPercentEncoding ?? value }
            }
            var query: [String: String] = [:]
            for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
            let body = Operation.route.method == .post
                ? Data(buffer: try await BodyLimit.collect(&request, upTo: BodyLimit.of(Operation.action))) : nil
            let operation = try OperationTransport.operation(Operation.self, path: pathParameters, query: query, body: body)
            let output = try await office.perform(
                operation, as: caller, requestedTime: requestedTime(request), language: language)
            return APIResponse.json(output)
        } catch {
            return APIResponse.error(error, language)
        }
    }

    // MARK: - Authentication

    /// The caller of a request to an operation: for an action open to anyone, somebody without a login whatever
    /// credentials come with it (the answer never depends on who asks, and a dead session must not stand in the way);
    /// the office's replica by `Authorization: Replica TOKEN`; else the official of a session (``authenticate(_:_:)``).
    private func caller(of request: Request, _ context: inout OfficeRequestContext, for action: OfficeAction)
        async throws(OfficeError) -> OfficeCaller
    {
        if AccessPolicy.rule(for: action).audience == .anyone {
            return .anonymous(address: clientAddress.of(request, peer: context.address))
        }
        if let header = request.headers[.authorization], header.lowercased().hasPrefix("replica ") {
            guard let replica = office.replicaTokens.replica(presenting: String(header.dropFirst(8))) else {
                throw .unauthenticated(.notLoggedIn)
            }
            return .replica(id: replica)
        }
        return .staff(try await authenticate(request, &context))
    }

    /// The session of a bearer token or the session cookie; a cookie-authenticated write must also carry the CSRF
    /// token, and every write must be JSON.
    private func authenticate(_ request: Request, _ context: inout OfficeRequestContext) async throws(OfficeError)
        -> StaffSession
    {
        let isWrite = request.method != .get && request.method != .head
        if isWrite {
            let type = request.headers[.contentType]?.lowercased() ?? ""
            if request.method == .post && !type.hasPrefix("application/json") {
                throw .badInput(.jsonRequired)
            }
        }
        if let header = request.headers[.authorization] {
            guard header.lowercased().hasPrefix("bearer "), let found = await sessions.find(String(header.dropFirst(7))) else {
                throw .unauthenticated(.notLoggedIn)
            }
            context.staff = found.session
            return found.session
        }
        guard let cookie = request.cookies[Self.cookieName], let found = await sessions.find(cookie.value) else {
            throw .unauthenticated(.notLoggedIn)
        }
        if isWrite {
            let sent = request.headers[.csrfToken] ?? ""
            guard Digests.equal(sent, found.csrfToken) else {
                throw .refused(.csrfMissing)
            }
        }
        context.staff = found.session
        return found.session
    }

    private func login(_ request: Request, _ context: OfficeRequestContext) async -> Response {
        var request = request
        do throws(OfficeError) {
            let type = request.headers[.contentType]?.lowercased() ?? ""
            guard type.hasPrefix("application/json") else { throw .badInput(.jsonLoginRequired) }
            let body = Data(buffer: try await BodyLimit.collect(&request, upTo: BodyLimit.login))
            let input: LoginInput
            do { input = try OperationTransport.decoder().decode(LoginInput.self, from: body) } catch {
                throw .badInput(.loginShape)
            }
            let session = try await office.login(
                input.username, password: input.password, from: clientAddress.of(request, peer: context.address), throttle: throttle)
            let issued = await sessions.create(session)
            let idle = Double(sessions.idle.components.seconds) / 60
            var response = APIResponse.json(LoginResult(
                token: issued.token, csrfToken: issued.csrfToken, idleMinutes: idle, staff: StaffInfo(
                    uid: session.uid, name: session.actor.displayName, roles: session.actor.roles.map(\.rawValue).sorted())))
            response.setCookie(Cookie(
                name: Self.cookieName, value: issued.token, path: "/", secure: secureCookies, httpOnly: true,
                sameSite: .strict))
            return response
        } catch {
            return APIResponse.error(error, Language.of(request))
        }
    }

    private func logout(_ request: Request, _ context: OfficeRequestContext) async -> Response {
        var context = context
        do throws(OfficeError) {
            _ = try await authenticate(request, &context)
            if let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") {
                await sessions.end(String(header.dropFirst(7)))
            }
            if let cookie = request.cookies[Self.cookieName] { await sessions.end(cookie.value) }
            var response = Response(status: .noContent, headers: [.cacheControl: "no-store"])
            response.setCookie(Cookie(
                name: Self.cookieName, value: "", maxAge: 0, path: "/", secure: secureCookies, httpOnly: true, sameSite: .strict))
            return response
        } catch {
            return APIResponse.error(error, Language.of(request))
        }
    }

    private func health() async -> Response {
        do throws(OfficeError) {
            return APIResponse.json(try await office.health())
        } catch {
            return APIResponse.error(error)
        }
    }

    // MARK: - Helpers

    private func requestedTime(_ request: Request) -> Date? {
        request.headers[.rehearsalTime].flatMap(OfficeClock.parse)
    }

}
