import AccessWorkflow
import Foundation
import OfficeService

/// The forgotten-password page: username, the last six digits of the NIK, a contact; the answer says what happens
/// next and nothing about whether the username exists.
enum ResetPage {
    static func render(language l: Language, office: Office, token: String, answer: PasswordResetAnswer?, problem: String?) -> HTML {
        let text = Catalogue.reset
        let other: Language = l == .indonesian ? .english : .indonesian
        let done: HTML = answer.map { "<section class=\"answer\" aria-live=\"polite\"><p>\($0.message)</p></section>" } ?? .empty
        return Layout.document(language: l, title: text.title(l), body: """
            <main id="content" class="login">
            <p class="office"><strong>\(WebText.appName(l))</strong><br>\(office.sop.office.name)</p>
            <h1>\(text.title(l))</h1>
            \(problem.map { "<div class=\"problem\" role=\"alert\">\($0)</div>" as HTML } ?? .empty)
            \(done)
            <p>\(text.intro(l))</p>
            <form method="post" action="/akun/lupa-sandi">
              <input type="hidden" name="reset_token" value="\(token)">
              <p><label for="username">\(text.username(l))</label>
                 <input id="username" name="username" required autocomplete="username" autocapitalize="none"></p>
              <p><label for="digits">\(text.digits(l))</label>
                 <input id="digits" name="digits" required inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="off"></p>
              <p><label for="contact">\(text.contact(l))</label>
                 <input id="contact" name="contact" maxlength="120" autocomplete="tel"></p>
              <p><button type="submit">\(text.button(l))</button></p>
            </form>
            <p><a href="/akun/ganti-sandi">\(Catalogue.password.changePassword(l))</a> · <a href="/login">\(Catalogue.status.staffLogin(l))</a> · <a href="?lang=\(other.rawValue)" hreflang="\(other.rawValue)">\(other == .english ? "English" : "Bahasa Indonesia")</a></p>
            </main>
            """)
    }
}
