import AccessWorkflow
import Foundation
import Hummingbird
import HTTPTypes
import OfficeService

/// The forgotten-password page (`/akun/lupa-sandi`): no login; a double-submit token (``PublicForm``), then
/// ``PasswordResetRequestCommand`` as the API serves it.
extension OfficeWeb {
    static let resetForm = PublicForm(cookie: "hakakses_reset", path: "/akun", maxAge: 900, field: "reset_token")

    func resetPage(_ request: Request, answer: PasswordResetAnswer?, problem: String?, status: HTTPResponse.Status = .ok) -> Response {
        publicPage(request, Self.resetForm, status: status) { language, token in
            ResetPage.render(language: language, office: office, token: token, answer: answer, problem: problem)
        }
    }

    func requestReset(_ request: Request, _ context: OfficeRequestContext) async -> Response {
        var request = request
        let submitted: SubmittedForm
        switch await readPublicForm(&request, Self.resetForm) {
        case .success(let form): submitted = form
        case .failure(let refusal): return resetPage(request, answer: nil, problem: refusal.problem, status: refusal.status)
        }
        let command = PasswordResetRequestCommand(
            username: submitted.value("username") ?? "", digits: submitted.value("digits") ?? "", contact: submitted.value("contact"))
        do throws(OfficeError) {
            let caller = OfficeCaller.anonymous(address: clientAddress.of(request, peer: context.address))
            return resetPage(request, answer: try await office.perform(command, as: caller, language: language(request)), problem: nil)
        } catch {
            return resetPage(request, answer: nil, problem: Layout.message(error, language(request)), status: HTTPResponse.Status(code: error.kind.httpStatus))
        }
    }
}
