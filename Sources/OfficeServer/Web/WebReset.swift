import AccessStore
import AccessWorkflow
import Foundation
import Hummingbird
import HTTPTypes
import OfficeService

/// The forgotten-password page (`/akun/lupa-sandi`): no login; a one-time token also set as a cookie (double submit),
/// then ``PasswordResetRequestCommand`` as the API serves it.
extension OfficeWeb {
    static let resetCookie = "hakakses_reset"

    func resetPage(_ request: Request, answer: PasswordResetAnswer?, problem: String?, status: HTTPResponse.Status = .ok) -> Response {
        let language = language(request)
        let token = SessionStore.randomToken()
        var response = WebResponse.html(
            ResetPage.render(language: language, office: office, token: token, answer: answer, problem: problem), status: status)
        response.setCookie(Cookie(
            name: Self.resetCookie, value: token, maxAge: 900, path: "/akun", secure: secureCookies, httpOnly: true, sameSite: .strict))
        rememberLanguage(request, in: &response)
        return response
    }

    func requestReset(_ request: Request, _ context: OfficeRequestContext) async -> Response {
        var request = request
        let language = language(request)
        let submitted: SubmittedForm
        do { submitted = try await readForm(&request, limit: BodyLimit.login) } catch {
            return resetPage(request, answer: nil, problem: Layout.message(error, language), status: HTTPResponse.Status(code: error.kind.httpStatus))
        }
        guard let sent = submitted.value("reset_token"), let kept = request.cookies[Self.resetCookie]?.value, Digests.equal(sent, kept) else {
            return resetPage(request, answer: nil, problem: WebText.loginExpired(language), status: .forbidden)
        }
        let command = PasswordResetRequestCommand(
            username: submitted.value("username") ?? "", digits: submitted.value("digits") ?? "", contact: submitted.value("contact"))
        do throws(OfficeError) {
            let caller = OfficeCaller.anonymous(address: clientAddress.of(request, peer: context.address))
            return resetPage(request, answer: try await office.perform(command, as: caller, language: language), problem: nil)
        } catch {
            return resetPage(request, answer: nil, problem: Layout.message(error, language), status: HTTPResponse.Status(code: error.kind.httpStatus))
        }
    }
}
