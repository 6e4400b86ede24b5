import AccessWorkflow
import Foundation
import HTTPTypes
import Hummingbird
import OfficeService

/// Handing over an account: the form, then the password shown once on a page that is never cached, with a receipt
/// to print and sign.
struct HandoverPage {
    let web: OfficeWeb
    let request: WebRequest

    func form(person: String?, request forRequest: String?, problem: OfficeError?) -> HTML {
        let l = request.language
        return Layout.page(request, office: web.office, title: WebText.handoverTitle(l), body: """
            \(problem.map { Layout.problem($0, l) } ?? .empty)
            <p>\(WebText.handoverIntro(l))</p>
            <form method="post" action="/handover">
              \(Layout.csrf(request))
              \(forRequest.map { "<input type=\"hidden\" name=\"request\" value=\"\($0)\">" as HTML } ?? .empty)
              <label for="person">\(WebText.operatorField(l))</label><input id="person" name="person" required value="\(person ?? "")">
              <label for="received-by">\(WebText.receivedBy(l))</label><input id="received-by" name="received_by" required>
              <p><button type="submit">\(WebText.handOver(l))</button></p>
            </form>
            """)
    }

    func handOver(_ form: SubmittedForm) async -> Response {
        let l = request.language
        do throws(OfficeError) {
            let receipt = try await web.perform(
                HandoverCommand(person: form.value("person") ?? "", receivedBy: form.value("received_by") ?? "", request: form.value("request")),
                request)
            let receivedBy = form.value("received_by") ?? ""
            let progress: HTML = receipt.progress.map { p in
                receipt.stillToReceive.isEmpty
                    ? "<p class=\"no-print\"><a href=\"/requests/\(p.request)\">\(p.request)</a>: \(p.status)</p>"
                    : "<p class=\"no-print\"><a href=\"/requests/\(p.request)\">\(p.request)</a> — \(WebText.stillToReceive(l)): \(receipt.stillToReceive.joined(separator: ", "))</p>"
            } ?? .empty
            return WebResponse.html(Layout.page(request, office: web.office, title: WebText.handoverTitle(l), body: """
                <div class="notice no-print" role="status">\(WebText.writeItDown(l))</div>
                <section class="receipt" aria-labelledby="receipt-title">
                  <h2 id="receipt-title">\(WebText.receipt(l)) — \(web.office.sop.office.name)</h2>
                  <dl class="facts">
                    <dt>\(WebText.name(l))</dt><dd>\(receipt.name)</dd>
                    <dt>\(WebText.usernameLabel(l))</dt><dd>\(receipt.username)</dd>
                    <dt>\(WebText.initialPassword(l))</dt><dd><span class="secret">\(receipt.password)</span></dd>
                    <dt>\(WebText.when(l))</dt><dd>\(Layout.time(request.now, web.office))</dd>
                    <dt>\(WebText.receiver(l))</dt><dd>\(receivedBy)</dd>
                  </dl>
                  <div class="signatures">
                    <div><div class="line"></div>\(WebText.handedOverBy(l)): \(request.session.actor.displayName)</div>
                    <div><div class="line"></div>\(WebText.receiver(l)): \(receivedBy)</div>
                  </div>
                </section>
                \(progress)
                """))
        } catch {
            return WebResponse.html(
                self.form(person: form.value("person"), request: form.value("request"), problem: error),
                failure: error)
        }
    }
}
