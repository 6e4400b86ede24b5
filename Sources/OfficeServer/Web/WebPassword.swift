import AccessStore
import AccessWorkflow
import Foundation
import Hummingbird
import HTTPTypes
import OfficeService

/// The operators' password page (`/akun/ganti-sandi`): no login. The form carries a one-time token also set as a
/// cookie (double submit, as the login and status forms), and the change is ``OperatorPasswordCommand`` as the API
/// serves it, throttled the same way. Passwords are never echoed back into the page.
extension OfficeWeb {
    static let passwordCookie = "hakakses_password"

    func passwordPage(_ request: Request, done: PasswordChangedView?, problem: String?, username: String = "",
                      status: HTTPResponse.Status = .ok) -> Response {
        let language = language(request)
        let token = SessionStore.randomToken()
        var response = WebResponse.html(
            PasswordPage.render(language: language, office: office, token: token, done: done, problem: problem, username: username),
            status: status)
        response.setCookie(Cookie(
            name: Self.passwordCookie, value: token, maxAge: 900, path: "/akun", secure: secureCookies, httpOnly: true, sameSite: .strict))
        rememberLanguage(request, in: &response)
        return response
    }

    func changePassword(_ request: Request, _ context: OfficeRequestContext) async -> Response {
        var request = request
        let language = language(request)
        let submitted: SubmittedForm
        do { submitted = try await readForm(&request, limit: BodyLimit.login) } catch {
            return passwordPage(request, done: nil, problem: Layout.message(error, language), status: HTTPResponse.Status(code: error.kind.httpStatus))
        }
        let username = submitted.value("username") ?? ""
        guard let sent = submitted.value("password_token"), let kept = request.cookies[Self.passwordCookie]?.value, Digests.equal(sent, kept) else {
            return passwordPage(request, done: nil, problem: WebText.loginExpired(language), username: username, status: .forbidden)
        }
        let command = OperatorPasswordCommand(
            username: username, currentPassword: submitted.value("current") ?? "", newPassword: submitted.value("new") ?? "",
            repeatPassword: submitted.value("repeat") ?? "")
        do throws(OfficeError) {
            let caller = OfficeCaller.anonymous(address: clientAddress.of(request, peer: context.address))
            let done = try await office.perform(command, as: caller, language: language)
            return passwordPage(request, done: done, problem: nil)
        } catch {
            return passwordPage(request, done: nil, problem: Layout.message(error, language), username: username,
                                status: HTTPResponse.Status(code: error.kind.httpStatus))
        }
    }
}
