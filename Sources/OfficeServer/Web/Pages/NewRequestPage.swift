import AccessWorkflow
import Foundation
import HTTPTypes
import Hummingbird
import OfficeService

/// Filing a request: a proposal list uploaded as CSV, or one candidate field by field; identity warnings confirmed
/// with notes (`ID=note` lines), which are recorded.
struct NewRequestPage {
    let web: OfficeWeb
    let request: WebRequest

    func render(problem: OfficeError?, values: SubmittedForm? = nil) -> HTML {
        let l = request.language
        func value(_ name: String) -> String { values?.value(name) ?? "" }
        let roles = ["operator", "verifikator", "administrator"]
        return Layout.page(request, office: web.office, title: WebText.newRequest(l), body: """
            \(problem.map { Layout.problem($0, l) } ?? .empty)
            <p>\(WebText.newRequestIntro(l))</p>
            <form method="post" action="/requests/new" enctype="multipart/form-data">
              \(Layout.csrf(request))
              <fieldset><legend>\(WebText.proposalList(l))</legend>
                <label for="list">\(WebText.proposalList(l))</label>
                <input id="list" name="list" type="file" accept=".csv,text/csv">
              </fieldset>
              <fieldset><legend>\(WebText.oneCandidate(l))</legend>
                <label for="name">\(WebText.name(l))</label><input id="name" name="name" value="\(value("name"))">
                <label for="nip">\(WebText.nip(l))</label><input id="nip" name="nip" value="\(value("nip"))" inputmode="numeric">
                <label for="nik">\(WebText.nik(l))</label><input id="nik" name="nik" value="\(value("nik"))" inputmode="numeric">
                <label for="role">\(WebText.role(l))</label>
                <select id="role" name="role">\(HTML.join(roles.map { role in
                    "<option\(value("role") == role ? HTML(markup: " selected") : .empty)>\(role)</option>"
                }))</select>
                <label for="unit">\(WebText.unit(l))</label><input id="unit" name="unit" value="\(value("unit"))">
                <label for="position">\(WebText.position(l))</label><input id="position" name="position" value="\(value("position"))">
              </fieldset>
              <fieldset><legend>\(WebText.documentsAndNote(l))</legend>
                <label for="letter">\(WebText.evidenceReference(l)) (surat permohonan)</label>
                <input id="letter" name="evidence_ref:surat-permohonan" value="\(value("evidence_ref:surat-permohonan"))">
                <label for="letter-date">\(WebText.letterDated(l)) (YYYY-MM-DD)</label>
                <input id="letter-date" name="letter_date" value="\(value("letter_date"))" placeholder="2025-11-04">
                <label for="agenda">\(WebText.agendaNumber(l))</label>
                <input id="agenda" name="agenda_number" value="\(value("agenda_number"))">
                <label for="registered">\(WebText.registeredAt(l)) (YYYY-MM-DD HH:MM)</label>
                <input id="registered" name="registered_at" value="\(value("registered_at"))" placeholder="2025-11-04 08:15">
                <label for="confirm">\(WebText.confirmations(l))</label>
                <textarea id="confirm" name="confirm">\(value("confirm"))</textarea>
                <label for="note">\(WebText.note(l))</label>
                <textarea id="note" name="note">\(value("note"))</textarea>
              </fieldset>
              <p><button type="submit">\(WebText.submit(l))</button></p>
            </form>
            """)
    }

    func submit(_ form: SubmittedForm) async -> Response {
        do throws(OfficeError) {
            let list = form.files("list").first.map { CSVUpload(fileName: $0.fileName, bytes: $0.bytes) }
            let candidate = form.value("name").map {
                CandidateInput(name: $0, nip: form.value("nip"), nik: form.value("nik"), role: form.value("role") ?? "",
                               unit: form.value("unit") ?? "", position: form.value("position"))
            }
            var evidence: [EvidenceInput] = []
            if let letter = form.value("evidence_ref:surat-permohonan"), web.office.sop.document(DocumentID(rawValue: "surat-permohonan")) != nil {
                evidence.append(EvidenceInput(document: "surat-permohonan", reference: letter))
            }
            let filed = try await web.perform(FileRequestCommand(
                candidateList: list, candidate: candidate, note: form.value("note") ?? "", evidence: evidence,
                confirmations: try Self.confirmations(form.value("confirm") ?? ""), letterDate: form.value("letter_date"),
                agendaNumber: form.value("agenda_number"), registeredAt: form.value("registered_at")), request)
            return WebResponse.redirect("/requests/\(filed.request)?done=filed")
        } catch {
            return WebResponse.html(render(problem: error, values: form), failure: error)
        }
    }

    /// `ID=note` lines, checked as the CLI's `--confirm` is (``InputParsing/confirmationItems(_:)``).
    static func confirmations(_ text: String) throws(OfficeError) -> [String: String] {
        try InputParsing.confirmationItems(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}
