import AccessWorkflow
import OfficeService

enum LoginPage {
    static func render(language l: Language, office: Office, token: String, problem: String?) -> HTML {
        let other: Language = l == .indonesian ? .english : .indonesian
        return Layout.document(language: l, title: WebText.loginTitle(l), body: """
            <main id="content" class="login">
            <p class="office"><strong>\(WebText.appName(l))</strong><br>\(office.sop.office.name)</p>
            <h1>\(WebText.loginTitle(l))</h1>
            \(office.clock.rehearsal ? "<p class=\"rehearsal\" role=\"note\">\(WebText.rehearsal(l))</p>" : HTML.empty)
            \(problem.map { "<div class=\"problem\" role=\"alert\">\($0)</div>" as HTML } ?? .empty)
            <p>\(WebText.loginIntro(l))</p>
            <form method="post" action="/login">
              <input type="hidden" name="login_token" value="\(token)">
              <p><label for="username">\(WebText.username(l))</label>
                 <input id="username" name="username" autocomplete="username" required autofocus></p>
              <p><label for="password">\(WebText.password(l))</label>
                 <input id="password" name="password" type="password" autocomplete="current-password" required></p>
              <p><button type="submit">\(WebText.loginButton(l))</button></p>
            </form>
            <p><a href="/status">\(Catalogue.status.checkStatus(l))</a> · <a href="/akun/ganti-sandi">\(Catalogue.password.changePassword(l))</a></p>
            <p><a href="?lang=\(other.rawValue)" hreflang="\(other.rawValue)">\(other == .english ? "English" : "Bahasa Indonesia")</a></p>
            </main>
            """)
    }
}
