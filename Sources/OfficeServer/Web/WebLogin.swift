import AccessStore
import AccessWorkflow
import Foundation
import Hummingbird
import HTTPTypes
import OfficeService

/// Logging in and out from a browser. The login form carries a one-time token also set as a cookie (double
/// submit), so another site cannot log a browser in under someone else's account; failed logins are throttled
/// exactly as through the API.
extension OfficeWeb {
    func loginPage(_ request: Request, problem: String?, status: HTTPResponse.Status = .ok) -> Response {
        let language = language(request)
        let token = SessionStore.randomToken()
        var response = WebResponse.html(LoginPage.render(language: language, office: office, token: token, problem: problem), status: status)
        response.setCookie(Cookie(
            name: Self.loginCookie, value: token, maxAge: 600, path: "/login", secure: secureCookies, httpOnly: true, sameSite: .strict))
        rememberLanguage(request, in: &response)
        return response
    }

    func login(_ request: Request, _ context: OfficeRequestContext) async -> Response {
        var request = request
        let language = language(request)
        let submitted: SubmittedForm
        do { submitted = try await readForm(&request, limit: BodyLimit.login) } catch {
            return loginPage(request, problem: Layout.message(error, language), status: HTTPResponse.Status(code: error.kind.httpStatus))
        }
        guard let sent = submitted.value("login_token"), let kept = request.cookies[Self.loginCookie]?.value,
              Digests.equal(sent, kept)
        else {
            return loginPage(request, problem: WebText.loginExpired(language), status: .forbidden)
        }
        guard let uid = submitted.value("username"), let password = submitted.fields["password"]?.first, !password.isEmpty else {
            return loginPage(request, problem: language == .indonesian ? "isi nama pengguna dan kata sandi" : "give your username and password", status: .badRequest)
        }
        do throws(OfficeError) {
            let session = try await office.login(
                uid, password: password, from: clientAddress.of(request, peer: context.address), throttle: throttle)
            let issued = await sessions.create(session)
            var response = WebResponse.redirect("/inbox")
            response.setCookie(Cookie(
                name: OfficeAPI.cookieName, value: issued.token, path: "/", secure: secureCookies, httpOnly: true, sameSite: .strict))
            response.setCookie(Cookie(name: Self.loginCookie, value: "", maxAge: 0, path: "/login", secure: secureCookies, httpOnly: true, sameSite: .strict))
            return response
        } catch {
            return loginPage(request, problem: Layout.message(error, language), status: HTTPResponse.Status(code: error.kind.httpStatus))
        }
    }

    func logout(_ request: Request) async -> Response {
        if let cookie = request.cookies[OfficeAPI.cookieName] { await sessions.end(cookie.value) }
        var response = WebResponse.redirect("/login")
        response.setCookie(Cookie(name: OfficeAPI.cookieName, value: "", maxAge: 0, path: "/", secure: secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }
}
