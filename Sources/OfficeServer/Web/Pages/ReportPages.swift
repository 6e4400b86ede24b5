import AccessWorkflow
import Foundation
import HTTPTypes
import Hummingbird
import OfficeService

/// The roster, the time standards and the reconciliation (which only the ADB may apply).
struct ReportPages {
    let web: OfficeWeb
    let request: WebRequest

    func roster() async throws(OfficeError) -> HTML {
        let l = request.language
        let roster = try await web.perform(RosterQuery(), request)
        let table: HTML = roster.entries.isEmpty ? "<p class=\"muted\">\(WebText.nobody(l))</p>" : """
            <table><thead><tr><th scope="col">\(WebText.name(l))</th><th scope="col">\(WebText.nip(l)) / \(WebText.nik(l))</th>
            <th scope="col">\(WebText.role(l))</th><th scope="col">\(WebText.username2(l))</th><th scope="col">\(WebText.basis(l))</th></tr></thead>
            <tbody>\(HTML.join(roster.entries.map { e in
                "<tr><td>\(e.name)</td><td>\(e.nip ?? e.nik ?? "-")</td><td>\(e.roles.joined(separator: ", "))</td><td>\(e.username ?? "—")</td><td>\(e.basis.joined(separator: "; "))</td></tr>"
            }))</tbody></table>
            """
        return Layout.page(request, office: web.office, title: "\(WebText.roster(l)) — \(roster.date)", body: """
            <p>\(WebText.rosterIntro(l))</p>
            \(table)
            \(HTML.join(roster.conflicts.map { "<p class=\"problem\">\($0)</p>" }))
            """)
    }

    func sla() async throws(OfficeError) -> HTML {
        let l = request.language
        let report = try await web.perform(SLAQuery(all: false), request)
        // Made on the server from the office's own data, every text escaped by SLAChart.
        let chart: HTML = SLAChart.svg(report.steps, language: l).map { HTML(markup: "<figure class=\"chart\">\($0)</figure>") } ?? .empty
        let table: HTML = report.rows.isEmpty ? "<p class=\"muted\">\(WebText.allWithin(l))</p>" : """
            <table><thead><tr><th scope="col">\(WebText.request(l))</th><th scope="col">\(WebText.step(l))</th>
            <th scope="col">\(WebText.executor(l))</th><th scope="col">\(WebText.by(l))</th><th scope="col">\(WebText.timeUsed(l))</th>
            <th scope="col">\(WebText.standard(l))</th><th scope="col">\(WebText.deviations(l))</th></tr></thead>
            <tbody>\(HTML.join(report.rows.map { r in
                let time: HTML = r.breached
                    ? "<td class=\"exceeded\">\(Layout.duration(r.elapsedSeconds, l)) \(r.pending ? WebText.overdue(l) : WebText.exceeded(l))</td>"
                    : "<td>\(Layout.duration(r.elapsedSeconds, l))</td>"
                let deviations = HTML.join(r.deviations.map { "<div class=\"exceeded\">\($0.kind): \($0.note)</div>" as HTML })
                return """
                <tr><td><a href="/requests/\(r.request)">\(r.request)</a></td><td>\(r.step)</td><td>\(r.executors)</td><td>\(r.actor ?? "—")</td>
                \(time)<td>\(Layout.duration(Double(r.standardSeconds), l))</td><td>\(deviations)</td></tr>
                """
            }))</tbody></table>
            """
        let reports = Catalogue.reports
        let backup: HTML = report.lastBackup.map {
            "<p>\(reports.lastBackup(Layout.time($0.at, web.office), folder: $0.folder, records: $0.records)(l))</p>" as HTML
        } ?? "<p class=\"exceeded\">\(reports.noBackup(l))</p>"
        return Layout.page(request, office: web.office, title: WebText.sla(l), body: "<p>\(WebText.slaIntro(l))</p>\(chart)\(table)\(backup)")
    }

    func reconcile(applied: ReconcileDocument?) async throws(OfficeError) -> HTML {
        let l = request.language
        let document: ReconcileDocument
        if let applied { document = applied } else { document = try await web.perform(ReconcileQuery(), request) }
        let mayApply = AccessPolicy.admits(request.session.actor, to: .reconcileApply, in: web.office.sop)
        let table: HTML = document.differences.isEmpty ? "<p class=\"notice\">\(WebText.noDifferences(l))</p>" : """
            <table><thead><tr><th scope="col">\(WebText.kind(l))</th><th scope="col">\(WebText.entry(l))</th>
            <th scope="col">\(WebText.detail(l))</th><th scope="col">\(WebText.result(l))</th></tr></thead>
            <tbody>\(HTML.join(document.differences.map { d in
                "<tr><td>\(Catalogue.words.difference(d.kind).text(in: l))</td><td>\(d.dn ?? "-")</td><td>\(d.detail)</td><td>\(Catalogue.words.reconcileResult(d).text(in: l))</td></tr>"
            }))</tbody></table>
            """
        let apply: HTML = mayApply && document.differences.contains(where: \.fixable) && applied == nil ? """
            <form method="post" action="/reconcile">\(Layout.csrf(request))<p><button type="submit">\(WebText.apply(l))</button></p></form>
            """ : .empty
        return Layout.page(request, office: web.office, title: WebText.reconcile(l), body: """
            <p>\(WebText.reconcileIntro(l))</p>
            \(document.refusal.map { "<p class=\"problem\">\($0)</p>" as HTML } ?? .empty)
            \(table)
            \(apply)
            """)
    }

    func apply(_ form: SubmittedForm) async -> Response {
        do throws(OfficeError) {
            let result = try await web.perform(ReconcileApplyCommand(force: false), request)
            return WebResponse.html(try await reconcile(applied: result))
        } catch {
            return WebResponse.html(
                Layout.page(request, office: web.office, title: WebText.reconcile(request.language), body: Layout.problem(error, request.language)),
                failure: error)
        }
    }
}
