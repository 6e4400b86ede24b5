import AccessWorkflow
import Foundation
import HTTPTypes
import Hummingbird
import OfficeService

/// The documents of a request: what the archive keeps (printed documents and the scans of its steps), each to
/// download, and a form to print one of the SOP's documents from the office's templates (HTML for the printer, or
/// PDF), which is kept in the archive with its SHA-256 in the audit log.
struct DocumentSection {
    let web: OfficeWeb
    let request: WebRequest

    static let kinds: [(String, Phrase)] = [
        ("daftar-usulan", Phrase(id: "Daftar usulan", en: "Proposal list")),
        ("disposisi", Phrase(id: "Lembar disposisi", en: "Disposition note")),
        ("biodata", Phrase(id: "Formulir biodata", en: "Biodata form")),
        ("pakta-integritas", Phrase(id: "Pakta integritas", en: "Integrity pact")),
        ("sk-kadis", Phrase(id: "SK Kadis dengan lampiran", en: "SK with its attachment")),
        ("bast", Phrase(id: "Berita acara serah terima", en: "Handover record (BAST)")),
        ("surat-jawaban", Phrase(id: "Surat jawaban kepada pemohon", en: "Answer letter to the applicant")),
    ]

    func render(subject: String) async throws(OfficeError) -> HTML {
        let l = request.language
        let entries: [ArchiveEntry]
        do {
            entries = try await web.perform(ArchiveListQuery(subject: subject), request)
        } catch where error.kind == .refused || error.kind == .forbidden {
            // Need to know: the documents are for the officials involved in the request.
            return "<h2>\(WebText.documents(l))</h2><p class=\"muted\">\(Layout.message(error, l))</p>"
        }
        let list: HTML = entries.isEmpty ? "<p class=\"muted\">\(l == .indonesian ? "Belum ada dokumen tersimpan." : "No documents kept yet.")</p>" : """
            <table><thead><tr><th scope="col">\(WebText.documents(l))</th><th scope="col">\(WebText.decreeNumber(l))</th>
            <th scope="col">SHA-256</th></tr></thead>
            <tbody>\(HTML.join(entries.map { e in
                let link = "/archive/file?name=\(e.file.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? e.file)"
                return "<tr><td><a href=\"\(link)\">\(e.title)</a></td><td>\(e.number ?? "-")</td><td><code>\(String(e.sha256.prefix(16)))…</code></td></tr>"
            }))</tbody></table>
            """
        return """
            <h2>\(WebText.documents(l))</h2>
            \(list)
            <form method="post" action="/requests/\(subject)/documents" class="no-print">
              \(Layout.csrf(request))
              <label for="doc-kind">\(l == .indonesian ? "Cetak dokumen" : "Print a document")</label>
              <select id="doc-kind" name="kind">\(HTML.join(Self.kinds.map { "<option value=\"\($0.0)\">\($0.1(l))</option>" }))</select>
              <label for="doc-format">\(l == .indonesian ? "Bentuk" : "Format")</label>
              <select id="doc-format" name="format"><option value="pdf">PDF</option><option value="html">HTML</option></select>
              <p><button type="submit" class="secondary">\(l == .indonesian ? "Cetak dan simpan" : "Print and keep")</button></p>
            </form>
            """
    }

    /// Prints a document of request `id` and sends it to the browser.
    func make(id: String, _ form: SubmittedForm) async throws(OfficeError) -> Response {
        let document = try await web.perform(
            MakeDocumentCommand(DocumentOrder(kind: form.value("kind") ?? "", request: id, format: form.value("format") ?? "pdf")),
            request)
        return WebResponse.file(Array(document.content), contentType: document.entry.contentType, name: document.entry.downloadName)
    }
}

extension OfficeWeb {
    /// A kept file, checked against its audit record before it is handed out, for an official the policy lets read it.
    func download(_ name: String?, _ web: WebRequest) async throws(OfficeError) -> Response {
        let file = try await perform(ArchiveFileQuery(name: name), web)
        return WebResponse.file(Array(file.content), contentType: file.entry.contentType, name: file.entry.downloadName)
    }
}
