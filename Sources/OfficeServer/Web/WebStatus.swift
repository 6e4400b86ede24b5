import AccessWorkflow
import Foundation
import Hummingbird
import HTTPTypes
import OfficeService

/// The applicant's status page (`/status`): no login; a double-submit token (``PublicForm``, as the login form), and
/// the lookup is ``RequestStatusQuery`` as the API serves it, throttled the same way.
extension OfficeWeb {
    static let statusForm = PublicForm(cookie: "hakakses_status", path: "/status", maxAge: 600, field: "status_token")

    func statusPage(_ request: Request, result: RequestStatusView?, problem: String?, status: HTTPResponse.Status = .ok) -> Response {
        publicPage(request, Self.statusForm, status: status) { language, token in
            StatusPage.render(language: language, office: office, token: token, result: result, problem: problem)
        }
    }

    func lookUpStatus(_ request: Request, _ context: OfficeRequestContext) async -> Response {
        var request = request
        let submitted: SubmittedForm
        switch await readPublicForm(&request, Self.statusForm) {
        case .success(let form): submitted = form
        case .failure(let refusal): return statusPage(request, result: nil, problem: refusal.problem, status: refusal.status)
        }
        let query = RequestStatusQuery(request: submitted.value("request") ?? "", digits: submitted.value("digits") ?? "")
        do throws(OfficeError) {
            let caller = OfficeCaller.anonymous(address: clientAddress.of(request, peer: context.address))
            return statusPage(request, result: try await office.perform(query, as: caller, language: language(request)), problem: nil)
        } catch {
            return statusPage(request, result: nil, problem: Layout.message(error, language(request)), status: HTTPResponse.Status(code: error.kind.httpStatus))
        }
    }
}
