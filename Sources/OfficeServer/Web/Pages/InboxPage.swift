import AccessWorkflow
import Foundation
import OfficeService

/// What waits for the official, overdue first, with the time used against each step's standard.
struct InboxPage {
    let web: OfficeWeb
    let request: WebRequest

    func render() async throws(OfficeError) -> HTML {
        let l = request.language
        let inbox = try await web.perform(InboxQuery(), request)
        let body: HTML
        if inbox.rows.isEmpty {
            body = "<p>\(WebText.inboxIntro(l))</p><p class=\"muted\">\(WebText.nothingWaits(l))</p>"
        } else {
            let rows = HTML.join(inbox.rows.map { row in
                let used: HTML = row.standardSeconds > 0
                    ? "\(Layout.duration(row.elapsedSeconds, l)) \(WebText.of(l)) \(Layout.duration(Double(row.standardSeconds), l))\(row.overdue ? " <span class=\"overdue\">\(WebText.overdue(l))</span>" as HTML : .empty)"
                    : "-"
                return """
                    <tr\(row.overdue ? HTML(markup: " class=\"late\"") : .empty)>
                      <td><a href="/requests/\(row.request)">\(row.request)</a></td>
                      <td>\(row.title)</td><td>\(row.role)</td>
                      <td>\(Layout.time(row.waitingSince, web.office))</td><td>\(used)</td>
                    </tr>
                    """
            })
            body = """
                <p>\(WebText.inboxIntro(l))</p>
                <table>
                <thead><tr><th scope="col">\(WebText.request(l))</th><th scope="col">\(WebText.step(l))</th>
                <th scope="col">\(WebText.executor(l))</th><th scope="col">\(WebText.waitingSince(l))</th>
                <th scope="col">\(WebText.timeUsed(l))</th></tr></thead>
                <tbody>\(rows)</tbody>
                </table>
                """
        }
        let confirm: HTML = inbox.decreesToConfirm.isEmpty ? .empty : """
            <h2>\(WebText.confirmDecree(l))</h2>
            <ul>\(HTML.join(inbox.decreesToConfirm.map { number in
                "<li><a href=\"/decrees/confirm?number=\(number.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? number)\">SK \(number)</a></li>"
            }))</ul>
            """
        let resets: HTML = (inbox.passwordResets ?? []).isEmpty ? .empty : """
            <h2>\(Catalogue.reset.inboxTitle(l))</h2>
            <p>\(Catalogue.reset.inboxIntro(l))</p>
            <ul class="resets">\(HTML.join((inbox.passwordResets ?? []).map { row in
                "<li><a href=\"/handover?person=\(row.username)\">\(row.username)</a> — \(Layout.time(row.requestedAt, web.office))\(row.contact.isEmpty ? "" : " — \(row.contact)")</li>"
            }))</ul>
            """
        return Layout.page(request, office: web.office, title: WebText.inbox(l), body: HTML.join([body, confirm, resets]))
    }
}

/// Every request, oldest filing first.
struct RequestListPage {
    let web: OfficeWeb
    let request: WebRequest

    func render(status: String?) async throws(OfficeError) -> HTML {
        let l = request.language
        let rows = try await web.perform(RequestListQuery(status: status), request)
        let body: HTML = rows.isEmpty ? "<p class=\"muted\">\(WebText.noRequests(l))</p>" : """
            <table>
            <thead><tr><th scope="col">\(WebText.request(l))</th><th scope="col">\(WebText.status(l))</th>
            <th scope="col">\(WebText.step(l))</th><th scope="col">\(WebText.filed(l))</th><th scope="col">\(WebText.by(l))</th>
            <th scope="col">\(WebText.applicant(l))</th><th scope="col">\(WebText.candidates(l))</th><th scope="col">SK</th></tr></thead>
            <tbody>\(HTML.join(rows.map { row in
                """
                <tr><td><a href="/requests/\(row.id)">\(row.id)</a></td><td>\(Catalogue.words.status(row.status).text(in: l))</td><td>\(row.currentStep ?? "-")</td>
                <td>\(Layout.time(row.filedAt, web.office))</td><td>\(row.filedBy)</td><td>\(row.applicant)</td>
                <td>\(row.candidates)</td><td>\(row.decree ?? "-")</td></tr>
                """
            }))</tbody>
            </table>
            """
        return Layout.page(request, office: web.office, title: WebText.requests(l), body: body)
    }
}
