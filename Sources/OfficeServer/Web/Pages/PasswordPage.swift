import AccessWorkflow
import Foundation
import OfficeService

/// The operators' password page: username, current password, the new one twice. Nothing on it names anyone; a
/// change says only that it is done.
enum PasswordPage {
    static func render(language l: Language, office: Office, token: String, done: PasswordChangedView?, problem: String?, username: String) -> HTML {
        let text = Catalogue.password
        let other: Language = l == .indonesian ? .english : .indonesian
        let answer: HTML = done.map { "<section class=\"answer\" aria-live=\"polite\"><p>\($0.message)</p></section>" } ?? .empty
        return Layout.document(language: l, title: text.title(l), body: """
            <main id="content" class="login">
            <p class="office"><strong>\(WebText.appName(l))</strong><br>\(office.sop.office.name)</p>
            <h1>\(text.title(l))</h1>
            \(problem.map { "<div class=\"problem\" role=\"alert\">\($0)</div>" as HTML } ?? .empty)
            \(answer)
            <p>\(text.intro(l))</p>
            <p>\(text.rules(l))</p>
            <form method="post" action="/akun/ganti-sandi">
              <input type="hidden" name="password_token" value="\(token)">
              <p><label for="username">\(text.username(l))</label>
                 <input id="username" name="username" required autocomplete="username" autocapitalize="none" value="\(username)"></p>
              <p><label for="current">\(text.current(l))</label>
                 <input id="current" name="current" type="password" required autocomplete="current-password"></p>
              <p><label for="new">\(text.new(l))</label>
                 <input id="new" name="new" type="password" required minlength="10" autocomplete="new-password"></p>
              <p><label for="repeat">\(text.repeated(l))</label>
                 <input id="repeat" name="repeat" type="password" required minlength="10" autocomplete="new-password"></p>
              <p><button type="submit">\(text.button(l))</button></p>
            </form>
            <p><a href="/akun/lupa-sandi">\(Catalogue.reset.forgot(l))</a></p>
            <p><a href="/status">\(Catalogue.status.checkStatus(l))</a> · <a href="/login">\(Catalogue.status.staffLogin(l))</a> · <a href="?lang=\(other.rawValue)" hreflang="\(other.rawValue)">\(other == .english ? "English" : "Bahasa Indonesia")</a></p>
            </main>
            """)
    }
}
