import AccessWorkflow
import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import OfficeService

/// The office's web pages: server-rendered HTML that works without JavaScript, on the same sessions, CSRF
/// protection and roles as the API — every page only calls ``OfficeOperation``s, so a refusal on a page is the same
/// refusal as on the CLI. Bahasa Indonesia unless the user (`?lang=en`, remembered in a cookie) or the browser
/// (`Accept-Language`) asks for English.
struct OfficeWeb: Sendable {
    let office: Office
    let sessions: SessionStore
    let throttle: LoginThrottle
    let secureCookies: Bool

    static let loginCookie = "hakakses_login"
    static let languageCookie = "hakakses_lang"
    /// Uploads: a proposal list or SK attachment, or a scan.
    static let maxFormBytes = 32 * 1024 * 1024

    func register(on router: Router<OfficeRequestContext>) {
        router.get("/") { request, _ in await session(request) == nil ? WebResponse.redirect("/login") : WebResponse.redirect("/inbox") }
        router.get("/assets/site.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        router.get("/login") { request, _ in loginPage(request, problem: nil) }
        router.post("/login") { request, context in await login(request, context) }
        router.post("/logout") { request, context in await form(request, context) { _, _ throws(OfficeError) in await logout(request) } }
        registerPages(on: router)
    }

    // MARK: - Language

    func language(_ request: Request) -> Language {
        if let asked = request.uri.queryParameters["lang"].flatMap({ Language(rawValue: String($0)) }) { return asked }
        if let kept = request.cookies[Self.languageCookie].flatMap({ Language(rawValue: $0.value) }) { return kept }
        if let header = request.headers[.acceptLanguage], let preferred = Language.fromAcceptLanguage(header) { return preferred }
        return .indonesian
    }

    /// Remembers a language asked for with `?lang=`.
    func rememberLanguage(_ request: Request, in response: inout Response) {
        guard let asked = request.uri.queryParameters["lang"].flatMap({ Language(rawValue: String($0)) }) else { return }
        response.setCookie(Cookie(name: Self.languageCookie, value: asked.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                                  secure: secureCookies, httpOnly: true, sameSite: .lax))
    }

    // MARK: - Sessions

    func session(_ request: Request) async -> SessionStore.Found? {
        guard let cookie = request.cookies[OfficeAPI.cookieName] else { return nil }
        return await sessions.find(cookie.value)
    }

    /// A page for a logged-in official; others are sent to the login page.
    func page(_ request: Request, _ body: (WebRequest) async throws(OfficeError) -> HTML) async -> Response {
        let language = language(request)
        guard let found = await session(request) else { return WebResponse.redirect("/login") }
        let web = WebRequest(
            session: found.session, csrfToken: found.csrfToken, language: language, path: request.uri.path, now: office.clock.now())
        var response: Response
        do {
            response = WebResponse.html(try await body(web))
        } catch {
            response = WebResponse.html(
                Layout.page(web, office: office, title: WebText.refused(language), body: Layout.problem(error, language)),
                status: HTTPResponse.Status(code: error.kind.httpStatus))
        }
        rememberLanguage(request, in: &response)
        return response
    }

    /// A form post of a logged-in official: the session cookie, the CSRF token of the session in the form, a form
    /// body. Without a session: to the login page; without the right token: refused, nothing done.
    func form(
        _ request: Request, _ context: OfficeRequestContext,
        _ body: (WebRequest, SubmittedForm) async throws(OfficeError) -> Response
    ) async -> Response {
        var request = request
        let language = language(request)
        guard let found = await session(request) else { return WebResponse.redirect("/login") }
        let web = WebRequest(
            session: found.session, csrfToken: found.csrfToken, language: language, path: request.uri.path, now: office.clock.now())
        do throws(OfficeError) {
            let submitted = try await readForm(&request)
            guard let token = submitted.value("csrf_token"), Self.constantTimeEqual(token, found.csrfToken) else {
                throw .refused(.csrfMissing)
            }
            return try await body(web, submitted)
        } catch {
            return WebResponse.html(
                Layout.page(web, office: office, title: WebText.refused(language), body: Layout.problem(error, language)),
                status: HTTPResponse.Status(code: error.kind.httpStatus))
        }
    }

    func readForm(_ request: inout Request) async throws(OfficeError) -> SubmittedForm {
        let buffer: ByteBuffer
        do { buffer = try await request.collectBody(upTo: Self.maxFormBytes) } catch {
            throw .badInput(.said(Phrase(id: "formulir lebih besar dari \(Self.maxFormBytes / 1024 / 1024) MiB", en: "the form is larger than \(Self.maxFormBytes / 1024 / 1024) MiB")))
        }
        guard let form = SubmittedForm.parse(contentType: request.headers[.contentType] ?? "", body: buffer) else {
            throw .badInput(.said(Phrase(id: "kirim formulir sebagai formulir web (application/x-www-form-urlencoded atau multipart/form-data)", en: "send the form as a web form (application/x-www-form-urlencoded or multipart/form-data)")))
        }
        return form
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    /// Runs an operation for the official of `web` at the office's time.
    func perform<Operation: OfficeOperation>(_ operation: Operation, _ web: WebRequest) async throws(OfficeError) -> Operation.Output {
        try await office.perform(operation, as: web.caller, language: web.language)
    }
}
