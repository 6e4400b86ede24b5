import AccessWorkflow
import Foundation
import Hummingbird
import HTTPTypes
import OfficeService

/// The operators' password page (`/akun/ganti-sandi`): no login; a double-submit token (``PublicForm``), then
/// ``OperatorPasswordCommand`` as the API serves it, throttled the same way. Passwords are never echoed back.
extension OfficeWeb {
    static let passwordForm = PublicForm(cookie: "hakakses_password", path: "/akun", maxAge: 900, field: "password_token")

    func passwordPage(_ request: Request, done: PasswordChangedView?, problem: String?, username: String = "",
                      status: HTTPResponse.Status = .ok) -> Response {
        publicPage(request, Self.passwordForm, status: status) { language, token in
            PasswordPage.render(language: language, office: office, token: token, done: done, problem: problem, username: username)
        }
    }

    func changePassword(_ request: Request, _ context: OfficeRequestContext) async -> Response {
        var request = request
        let submitted: SubmittedForm
        switch await readPublicForm(&request, Self.passwordForm) {
        case .success(let form): submitted = form
        case .failure(let refusal):
            return passwordPage(request, done: nil, problem: refusal.problem, username: refusal.fields?.value("username") ?? "", status: refusal.status)
        }
        let username = submitted.value("username") ?? ""
        let command = OperatorPasswordCommand(
            username: username, currentPassword: submitted.value("current") ?? "", newPassword: submitted.value("new") ?? "",
            repeatPassword: submitted.value("repeat") ?? "")
        do throws(OfficeError) {
            let caller = OfficeCaller.anonymous(address: clientAddress.of(request, peer: context.address))
            return passwordPage(request, done: try await office.perform(command, as: caller, language: language(request)), problem: nil)
        } catch {
            return passwordPage(request, done: nil, problem: Layout.message(error, language(request)), username: username,
                                status: HTTPResponse.Status(code: error.kind.httpStatus))
        }
    }
}
