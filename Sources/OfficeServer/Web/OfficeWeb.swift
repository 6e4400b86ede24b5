import AccessStore
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
    let throttle: LoginThrottle
    let secureCookies: Bool
    let clientAddress: ClientAddress

    init(office: Office, throttle: LoginThrottle, secureCookies: Bool) {
        self.office = office
        self.throttle = throttle
        self.secureCookies = secureCookies
        self.clientAddress = ClientAddress(for: office)
    }

    var sessions: SessionStore { office.sessions }

    static let loginCookie = "hakakses_login"
    static let languageCookie = "hakakses_lang"

    func register(on router: Router<OfficeRequestContext>) {
        router.get("/") { request, _ in await session(request) == nil ? WebResponse.redirect("/login") : WebResponse.redirect("/inbox") }
        router.get("/assets/site.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        router.get("/login") { request, _ in loginPage(request, problem: nil) }
        router.post("/login") { request, context in await login(request, context) }
        router.post("/logout") { request, _ in await logoutForm(request) }
        router.get("/status") { request, _ in statusPage(request, result: nil, problem: nil) }
        router.post("/status") { request, context in await lookUpStatus(request, context) }
        router.get("/akun/ganti-sandi") { request, _ in passwordPage(request, done: nil, problem: nil) }
        router.post("/akun/ganti-sandi") { request, context in await changePassword(request, context) }
        router.get("/akun/lupa-sandi") { request, _ in resetPage(request, answer: nil, problem: nil) }
        router.post("/akun/lupa-sandi") { request, context in await requestReset(request, context) }
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

    /// Whether a request's session may see a page or send a form.
    enum Admission {
        /// No session: to the login page.
        case noSession
        /// Refused by the access policy, with what is known of the official for the frame of the page.
        case refused(WebRequest, OfficeError)
        /// Admitted, as the official is now.
        case admitted(WebRequest)
    }

    /// The official of a request's session, checked against the access policy's rule for `action` with their roles
    /// as the directory says now.
    private func admission(_ request: Request, _ action: OfficeAction, language: Language) async -> Admission {
        guard let found = await session(request) else { return .noSession }
        let now = office.clock.now()
        let partial = WebRequest(session: found.session, csrfToken: found.csrfToken, language: language, path: request.uri.path, now: now)
        do {
            guard case .staff(let current) = try await office.authorize(action, .staff(found.session), now: now) else { return .admitted(partial) }
            return .admitted(WebRequest(session: current, csrfToken: found.csrfToken, language: language, path: request.uri.path, now: now))
        } catch {
            return .refused(partial, error)
        }
    }

    private func refusal(_ web: WebRequest, _ error: OfficeError) -> Response {
        WebResponse.html(
            Layout.page(web, office: office, title: WebText.refused(web.language), body: Layout.problem(error, web.language)),
            failure: error)
    }

    /// A page for an official the access policy admits to `action`; without a session: to the login page.
    func page(_ request: Request, _ action: OfficeAction, _ body: (WebRequest) async throws(OfficeError) -> PageResult) async -> Response {
        let language = language(request)
        let web: WebRequest
        switch await admission(request, action, language: language) {
        case .noSession: return WebResponse.redirect("/login")
        case .refused(let partial, let error): return refusal(partial, error)
        case .admitted(let admitted): web = admitted
        }
        var response: Response
        do {
            switch try await body(web) {
            case .html(let html): response = WebResponse.html(html)
            case .response(let own): response = own
            }
        } catch {
            response = refusal(web, error)
        }
        rememberLanguage(request, in: &response)
        return response
    }

    /// A form post of an official the access policy admits to `action`: the session cookie, the CSRF token of the
    /// session in the form, a form body (read only then, within the form's limit). Without a session: to the login
    /// page; without the right token: refused, nothing done.
    func form(
        _ request: Request, _ context: OfficeRequestContext, _ action: OfficeAction,
        _ body: (WebRequest, SubmittedForm) async throws(OfficeError) -> Response
    ) async -> Response {
        var request = request
        let language = language(request)
        let web: WebRequest
        switch await admission(request, action, language: language) {
        case .noSession: return WebResponse.redirect("/login")
        case .refused(let partial, let error): return refusal(partial, error)
        case .admitted(let admitted): web = admitted
        }
        do throws(OfficeError) {
            let submitted = try await readForm(&request, limit: BodyLimit.ofForm(action))
            guard let token = submitted.value("csrf_token"), Digests.equal(token, web.csrfToken) else {
                throw .refused(.csrfMissing)
            }
            return try await body(web, submitted)
        } catch {
            return refusal(web, error)
        }
    }

    /// Logging out: any session, with its CSRF token.
    func logoutForm(_ request: Request) async -> Response {
        var request = request
        guard let found = await session(request) else { return WebResponse.redirect("/login") }
        do throws(OfficeError) {
            let submitted = try await readForm(&request, limit: BodyLimit.login)
            guard let token = submitted.value("csrf_token"), Digests.equal(token, found.csrfToken) else {
                throw .refused(.csrfMissing)
            }
            return await logout(request)
        } catch {
            let web = WebRequest(
                session: found.session, csrfToken: found.csrfToken, language: language(request), path: request.uri.path,
                now: office.clock.now())
            return refusal(web, error)
        }
    }

    func readForm(_ request: inout Request, limit: Int) async throws(OfficeError) -> SubmittedForm {
        let buffer = try await BodyLimit.collect(&request, upTo: limit)
        guard let form = SubmittedForm.parse(contentType: request.headers[.contentType] ?? "", body: buffer) else {
            throw .badInput(.said(Phrase(id: "kirim formulir sebagai formulir web (application/x-www-form-urlencoded atau multipart/form-data)", en: "send the form as a web form (application/x-www-form-urlencoded or multipart/form-data)")))
        }
        return form
    }


    /// Runs an operation for the official of `web` at the office's time.
    func perform<Operation: OfficeOperation>(_ operation: Operation, _ web: WebRequest) async throws(OfficeError) -> Operation.Output {
        try await office.perform(operation, as: web.caller, language: web.language)
    }
}
