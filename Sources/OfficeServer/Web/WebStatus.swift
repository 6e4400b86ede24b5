import AccessStore
import AccessWorkflow
import Foundation
import Hummingbird
import HTTPTypes
import OfficeService

/// The applicant's status page (`/status`): no login. The form carries a one-time token also set as a cookie (double
/// submit, as the login form), and the lookup is ``RequestStatusQuery`` as the API serves it, throttled the same way.
extension OfficeWeb {
    static let statusCookie = "hakakses_status"

    func statusPage(_ request: Request, result: RequestStatusView?, problem: String?, status: HTTPResponse.Status = .ok) -> Response {
        let language = language(request)
        let token = SessionStore.randomToken()
        var response = WebResponse.html(
            StatusPage.render(language: language, office: office, token: token, result: result, problem: problem), status: status)
        response.setCookie(Cookie(
            name: Self.statusCookie, value: token, maxAge: 600, path: "/status", secure: secureCookies, httpOnly: true, sameSite: .strict))
        rememberLanguage(request, in: &response)
        return response
    }

    func lookUpStatus(_ request: Request, _ context: OfficeRequestContext) async -> Response {
        var request = request
        let language = language(request)
        let submitted: SubmittedForm
        do { submitted = try await readForm(&request, limit: BodyLimit.login) } catch {
            return statusPage(request, result: nil, problem: Layout.message(error, language), status: HTTPResponse.Status(code: error.kind.httpStatus))
        }
        guard let sent = submitted.value("status_token"), let kept = request.cookies[Self.statusCookie]?.value, Digests.equal(sent, kept) else {
            return statusPage(request, result: nil, problem: WebText.loginExpired(language), status: .forbidden)
        }
        let query = RequestStatusQuery(request: submitted.value("request") ?? "", digits: submitted.value("digits") ?? "")
        do throws(OfficeError) {
            let caller = OfficeCaller.anonymous(address: clientAddress.of(request, peer: context.address))
            let result = try await office.perform(query, as: caller, language: language)
            return statusPage(request, result: result, problem: nil)
        } catch {
            return statusPage(request, result: nil, problem: Layout.message(error, language), status: HTTPResponse.Status(code: error.kind.httpStatus))
        }
    }
}
