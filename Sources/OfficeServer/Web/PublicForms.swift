import AccessStore
import AccessWorkflow
import Foundation
import Hummingbird
import HTTPTypes
import OfficeService

/// The pages open without a login (status, password change, forgotten password) share one defence against
/// cross-site posts: a one-time token in the form, the same token in an HttpOnly, SameSite=Strict cookie scoped to
/// the page's path (double submit). A post is read only if both agree.
extension OfficeWeb {
    /// A cookie-protected public form: `cookie` under `path`, valid for `maxAge` seconds.
    struct PublicForm {
        let cookie: String
        let path: String
        let maxAge: Int
        /// The hidden field carrying the token.
        let field: String
    }

    /// The page `render` makes with a fresh token, that token set as the form's cookie.
    func publicPage(_ request: Request, _ form: PublicForm, status: HTTPResponse.Status, render: (Language, String) -> HTML) -> Response {
        let language = language(request)
        let token = SessionStore.randomToken()
        var response = WebResponse.html(render(language, token), status: status)
        response.setCookie(Cookie(
            name: form.cookie, value: token, maxAge: form.maxAge, path: form.path, secure: secureCookies, httpOnly: true, sameSite: .strict))
        rememberLanguage(request, in: &response)
        return response
    }

    /// The posted fields, once the token in them matches the cookie; else the refusal to show (with the fields read,
    /// when the body could be read) and its status.
    func readPublicForm(_ request: inout Request, _ form: PublicForm) async
        -> Result<SubmittedForm, PublicFormRefusal>
    {
        let language = language(request)
        let submitted: SubmittedForm
        do { submitted = try await readForm(&request, limit: BodyLimit.login) } catch {
            return .failure(PublicFormRefusal(problem: Layout.message(error, language), status: HTTPResponse.Status(code: error.kind.httpStatus), fields: nil))
        }
        guard let sent = submitted.value(form.field), let kept = request.cookies[form.cookie]?.value, Digests.equal(sent, kept) else {
            return .failure(PublicFormRefusal(problem: WebText.loginExpired(language), status: .forbidden, fields: submitted))
        }
        return .success(submitted)
    }
}

/// Why a public form's post was not read.
struct PublicFormRefusal: Error {
    let problem: String
    let status: HTTPResponse.Status
    /// The fields, when the body was read (to fill the form again).
    let fields: SubmittedForm?
}
