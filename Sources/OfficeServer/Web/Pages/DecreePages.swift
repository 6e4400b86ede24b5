import AccessWorkflow
import Foundation
import HTTPTypes
import Hummingbird
import OfficeService

/// The SKs: their list and standing, recording the SK of a request (its SK step), importing an existing SK from its
/// attachment with every wrong line listed.
struct DecreePages {
    let web: OfficeWeb
    let request: WebRequest

    func list() async throws(OfficeError) -> HTML {
        let l = request.language
        let rows = try await web.perform(DecreeListQuery(), request)
        let mayConfirm = AccessPolicy.admits(request.session.actor, to: .confirmDecree, in: web.office.sop)
        let mayImport = AccessPolicy.admits(request.session.actor, to: .importDecree, in: web.office.sop)
        let table: HTML = rows.isEmpty ? "<p class=\"muted\">\(WebText.noDecrees(l))</p>" : """
            <table><thead><tr><th scope="col">\(WebText.decreeNumber(l))</th><th scope="col">\(WebText.standing(l))</th>
            <th scope="col">\(WebText.effective(l))</th><th scope="col">\(WebText.grants(l))</th><th scope="col">\(WebText.request(l))</th></tr></thead>
            <tbody>\(HTML.join(rows.map { d in
                let confirm: HTML = d.awaitsConfirmation && mayConfirm
                    ? " <a href=\"/decrees/confirm?number=\(d.number.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? d.number)\">\(WebText.confirmDecree(l))</a>" : .empty
                return """
                <tr><td>\(d.number)</td><td>\(d.standing)\(confirm)</td><td>\(d.effectiveFrom)\(d.effectiveUntil.map { " – \($0)" } ?? "")</td>
                <td>\(d.grants)</td><td>\(d.request.map { "<a href=\"/requests/\($0)\">\($0)</a>" as HTML } ?? "—")</td></tr>
                """
            }))</tbody></table>
            """
        return Layout.page(request, office: web.office, title: WebText.decrees(l), body: """
            \(table)
            \(mayImport ? "<p><a href=\"/decrees/import\">\(WebText.importDecree(l))</a></p>" as HTML : .empty)
            """)
    }

    /// The SK's particulars; `drafted` for an SK the Kadis signs at the SOP's sign step, whose signer and date are
    /// never typed here.
    private func particulars(_ values: SubmittedForm?, drafted: Bool = false) -> HTML {
        let l = request.language
        func value(_ name: String, _ fallback: String = "") -> String { values?.value(name) ?? fallback }
        let today = web.office.today(request.now).description
        let signature: HTML = drafted
            ? "<p class=\"muted\">\(WebText.signedAtStep(web.office.sop.signStep?.id.rawValue ?? "").text(in: l))</p>"
            : """
            <label for="signed">\(WebText.signedOn(l)) (YYYY-MM-DD)</label><input id="signed" name="signed" required value="\(value("signed", today))">
            <label for="signer-name">\(WebText.signerName(l))</label><input id="signer-name" name="signer_name" required value="\(value("signer_name"))">
            <label for="signer-nip">\(WebText.signerNIP(l))</label><input id="signer-nip" name="signer_nip" required value="\(value("signer_nip"))">
            """
        return """
            <label for="number">\(WebText.decreeNumber(l))</label><input id="number" name="number" required value="\(value("number"))">
            <label for="title">\(WebText.decreeTitle(l))</label><input id="title" name="title" value="\(value("title", "Pengelolaan Aplikasi SIAK"))">
            <label for="effective">\(WebText.effective(l)) (YYYY-MM-DD)</label><input id="effective" name="effective" required value="\(value("effective", today))">
            <label for="until">\(WebText.until(l))</label><input id="until" name="until" value="\(value("until"))">
            <label for="supersedes">\(WebText.supersedes(l))</label><textarea id="supersedes" name="supersedes">\(value("supersedes"))</textarea>
            \(signature)
            """
    }

    private func decreeInput(_ form: SubmittedForm) -> DecreeInput {
        DecreeInput(
            number: form.value("number") ?? "", title: form.value("title") ?? "Pengelolaan Aplikasi SIAK",
            signed: form.value("signed"), effective: form.value("effective") ?? "", until: form.value("until"),
            supersedes: (form.value("supersedes") ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty },
            signerName: form.value("signer_name"), signerNip: form.value("signer_nip"))
    }

    func issueForm(id: String, problem: OfficeError?, values: SubmittedForm? = nil) -> HTML {
        let l = request.language
        return Layout.page(request, office: web.office, title: "\(WebText.issueDecreeLink(l)) — \(id)", body: """
            \(problem.map { Layout.problem($0, l) } ?? .empty)
            <form method="post" action="/requests/\(id)/decree">
              \(Layout.csrf(request))
              \(particulars(values, drafted: web.office.sop.signStep != nil))
              <label for="note">\(WebText.note(l))</label><textarea id="note" name="note">\(values?.value("note") ?? "")</textarea>
              <p><button type="submit">\(WebText.issue(l))</button></p>
            </form>
            <p><a href="/requests/\(id)">\(WebText.request(l)) \(id)</a></p>
            """)
    }

    func issue(id: String, _ form: SubmittedForm) async -> Response {
        do throws(OfficeError) {
            _ = try await web.perform(IssueDecreeCommand(id: id, decree: decreeInput(form), note: form.value("note") ?? ""), request)
            return WebResponse.redirect("/requests/\(id)?done=decree")
        } catch {
            return WebResponse.html(issueForm(id: id, problem: error, values: form), failure: error)
        }
    }

    /// The sign step: the logged-in Kadis signs the request's SK with the date on the signature and its scan.
    func signForm(id: String, problem: OfficeError?, values: SubmittedForm? = nil) -> HTML {
        let l = request.language
        let actor = request.session.actor
        let signer = actor.nip.map { "\(actor.displayName) (NIP \($0.formatted))" } ?? actor.displayName
        let today = web.office.today(request.now).description
        return Layout.page(request, office: web.office, title: "\(WebText.signDecree(l)) — \(id)", body: """
            \(problem.map { Layout.problem($0, l) } ?? .empty)
            <p>\(WebText.signIntro(signer).text(in: l))</p>
            <form method="post" action="/requests/\(id)/sign" enctype="multipart/form-data">
              \(Layout.csrf(request))
              <label for="signed">\(WebText.signedOnSignature(l))</label><input id="signed" name="signed" required value="\(values?.value("signed") ?? today)">
              <label for="scan">\(WebText.signedScan(l))</label>
              <input id="scan" name="scan" type="file" accept="application/pdf,image/jpeg,image/png" required>
              <label for="note">\(WebText.note(l))</label><textarea id="note" name="note">\(values?.value("note") ?? "")</textarea>
              <p><button type="submit">\(WebText.signButton(l))</button></p>
            </form>
            <p><a href="/requests/\(id)">\(WebText.request(l)) \(id)</a></p>
            """)
    }

    /// Signs: the scan and the signature are checked first, the scan kept only then (a refused signature leaves no
    /// file).
    func sign(id: String, _ form: SubmittedForm) async -> Response {
        do throws(OfficeError) {
            guard let file = form.files("scan").first else {
                throw .badInput(.said(Phrase(id: "pilih pindaian SK yang ditandatangani (PDF, JPEG atau PNG)", en: "choose the scan of the signed SK (PDF, JPEG or PNG)")))
            }
            let content = Data(file.bytes)
            let checked = try await web.office.checkEvidence(
                content, claimedName: file.fileName, document: "sk-bertanda-tangan", request: id, by: request.caller)
            let command = SignDecreeCommand(id: id, signed: form.value("signed") ?? "", scan: checked.evidence, note: form.value("note") ?? "")
            var checking = command
            checking.checkOnly = true
            _ = try await web.perform(checking, request)
            _ = try await web.office.keep(checked, content, at: request.now)
            _ = try await web.perform(command, request)
            return WebResponse.redirect("/requests/\(id)?done=sign")
        } catch {
            return WebResponse.html(signForm(id: id, problem: error, values: form), failure: error)
        }
    }

    func importForm(problem: OfficeError?, values: SubmittedForm? = nil) -> HTML {
        let l = request.language
        let problemBox: HTML = problem.map { error in
            let lines = Layout.message(error, l).split(separator: "\n").map(String.init)
            guard lines.count > 1 else { return Layout.problem(error, l) }
            return """
                <div class="problem" role="alert"><strong>\(WebText.lineErrors(l))</strong>
                <ul>\(HTML.join(lines.dropFirst().map { "<li>\($0.trimmingCharacters(in: .whitespaces))</li>" }))</ul>
                <p class="muted">\(lines[0])</p></div>
                """
        } ?? .empty
        return Layout.page(request, office: web.office, title: WebText.importDecree(l), body: """
            \(problemBox)
            <form method="post" action="/decrees/import" enctype="multipart/form-data">
              \(Layout.csrf(request))
              \(particulars(values))
              <label for="attachment">\(WebText.attachment(l))</label>
              <input id="attachment" name="attachment" type="file" accept=".csv,text/csv" required>
              <label for="confirm">\(WebText.confirmations(l))</label><textarea id="confirm" name="confirm">\(values?.value("confirm") ?? "")</textarea>
              <label for="note">\(WebText.note(l))</label><textarea id="note" name="note">\(values?.value("note") ?? "")</textarea>
              <p><button type="submit">\(WebText.importButton(l))</button></p>
            </form>
            """)
    }

    func importDecree(_ form: SubmittedForm) async -> Response {
        do throws(OfficeError) {
            guard let file = form.files("attachment").first else { throw .badInput(.said(Phrase(id: "pilih lampiran SK (CSV) untuk diunggah", en: "choose the SK's attachment (CSV) to upload"))) }
            _ = try await web.perform(ImportDecreeCommand(
                decree: decreeInput(form), attachment: CSVUpload(fileName: file.fileName, bytes: file.bytes), note: form.value("note") ?? "",
                confirmations: try NewRequestPage.confirmations(form.value("confirm") ?? "")), request)
            return WebResponse.redirect("/decrees")
        } catch {
            return WebResponse.html(importForm(problem: error, values: form), failure: error)
        }
    }

    // MARK: - Four eyes

    /// The form a second official confirms an SK with: the SKs awaiting confirmation, the scan of the signed SK, a
    /// note.
    func confirmForm(number: String?, problem: OfficeError?, values: SubmittedForm? = nil) async throws(OfficeError) -> HTML {
        let l = request.language
        let waiting = try await web.perform(DecreeListQuery(), request).filter(\.awaitsConfirmation)
        let chosen = values?.value("number") ?? number
        let options = HTML.join(waiting.map { d in
            "<option value=\"\(d.number)\"\(d.number == chosen ? HTML(markup: " selected") : .empty)>\(d.number) — \(d.grants) \(WebText.grants(l)), \(d.recordedBy)</option>"
        })
        let body: HTML = waiting.isEmpty ? "<p class=\"muted\">\(WebText.noneAwaitingConfirmation(l))</p>" : """
            <p>\(WebText.confirmIntro(l))</p>
            <form method="post" action="/decrees/confirm" enctype="multipart/form-data">
              \(Layout.csrf(request))
              <label for="number">\(WebText.decreeNumber(l))</label><select id="number" name="number">\(options)</select>
              <label for="scan">\(WebText.signedScan(l))</label>
              <input id="scan" name="scan" type="file" accept="application/pdf,image/jpeg,image/png" required>
              <label for="note">\(WebText.note(l))</label><textarea id="note" name="note">\(values?.value("note") ?? "")</textarea>
              <p><button type="submit">\(WebText.confirmDecree(l))</button></p>
            </form>
            """
        return Layout.page(request, office: web.office, title: WebText.confirmDecree(l), body: """
            \(problem.map { Layout.problem($0, l) } ?? .empty)
            \(body)
            """)
    }

    /// Confirms: the scan and the confirmation are checked first, the scan kept only then (a refused confirmation
    /// leaves no file).
    func confirm(_ form: SubmittedForm) async -> Response {
        do throws(OfficeError) {
            let number = form.value("number") ?? ""
            guard let file = form.files("scan").first else {
                throw .badInput(.said(Phrase(id: "pilih pindaian SK yang ditandatangani (PDF, JPEG atau PNG)", en: "choose the scan of the signed SK (PDF, JPEG or PNG)")))
            }
            let content = Data(file.bytes)
            let checked = try await web.office.checkEvidence(
                content, claimedName: file.fileName, document: "sk-bertanda-tangan", request: nil, by: request.caller)
            let command = ConfirmDecreeCommand(number: number, scan: checked.evidence, note: form.value("note") ?? "")
            var checking = command
            checking.checkOnly = true
            _ = try await web.perform(checking, request)
            _ = try await web.office.keep(checked, content, at: request.now)
            _ = try await web.perform(command, request)
            return WebResponse.redirect("/decrees")
        } catch {
            do throws(OfficeError) {
                return WebResponse.html(try await confirmForm(number: nil, problem: error, values: form),
                                        failure: error)
            } catch {
                return WebResponse.html(
                    Layout.page(request, office: web.office, title: WebText.refused(request.language), body: Layout.problem(error, request.language)),
                    failure: error)
            }
        }
    }
}
