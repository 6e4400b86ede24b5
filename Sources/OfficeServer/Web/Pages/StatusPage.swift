import AccessWorkflow
import Foundation
import OfficeService

/// The applicant's status page: the request number and the last six digits of the NIK, then the answer in plain
/// words. Nothing on it names anyone.
enum StatusPage {
    static func render(language l: Language, office: Office, token: String, result: RequestStatusView?, problem: String?) -> HTML {
        let text = Catalogue.status
        let other: Language = l == .indonesian ? .english : .indonesian
        let answer: HTML = result.map { r in
            """
            <section class="answer" aria-live="polite">
            <h2>\(text.request(l)) \(r.request)</h2>
            <dl class="facts">
              <dt>\(text.filedOn(l))</dt><dd>\(r.filedOn)</dd>
              <dt>\(text.status(l))</dt><dd>\(r.status)</dd>
              \(r.step.map { "<dt>\(text.step(l))</dt><dd>\($0)</dd>" as HTML } ?? .empty)
              \(r.waitingFor.map { "<dt>\(text.waitingFor(l))</dt><dd>\($0)</dd>" as HTML } ?? .empty)
              \(r.since.map { "<dt>\(text.since(l))</dt><dd>\(Layout.time($0, office))</dd>" as HTML } ?? .empty)
              \(r.standard.map { "<dt>\(text.standard(l))</dt><dd>\($0)</dd>" as HTML } ?? .empty)
              \(r.reason.map { "<dt>\(text.reason(l))</dt><dd>\($0)</dd>" as HTML } ?? .empty)
            </dl>
            <p>\(r.next)</p>
            </section>
            """
        } ?? .empty
        return Layout.document(language: l, title: text.title(l), body: """
            <main id="content" class="login">
            <p class="office"><strong>\(WebText.appName(l))</strong><br>\(office.sop.office.name)</p>
            <h1>\(text.title(l))</h1>
            \(problem.map { "<div class=\"problem\" role=\"alert\">\($0)</div>" as HTML } ?? .empty)
            \(answer)
            <p>\(text.intro(l))</p>
            <form method="post" action="/status">
              <input type="hidden" name="status_token" value="\(token)">
              <p><label for="request">\(text.requestNumber(l))</label>
                 <input id="request" name="request" required autocomplete="off" placeholder="REQ-2025-0001"></p>
              <p><label for="digits">\(text.digits(l))</label>
                 <input id="digits" name="digits" required inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="off"></p>
              <p><button type="submit">\(text.button(l))</button></p>
            </form>
            <p><a href="/login">\(text.staffLogin(l))</a> · <a href="?lang=\(other.rawValue)" hreflang="\(other.rawValue)">\(other == .english ? "English" : "Bahasa Indonesia")</a></p>
            </main>
            """)
    }
}
