import ArgumentParser
import Foundation
import OfficeService

/// `hakakses document make|list|get`: the SOP's documents printed from the office's templates, and every archived
/// document and evidence file.
struct DocumentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document",
        abstract: "Print an SOP document (daftar usulan, disposisi, biodata, pakta integritas, SK Kadis, BAST, surat jawaban, laporan review); list and fetch archived files.",
        discussion: "Documents come from the templates in the office's templates folder (Mustache; letterhead and numbering in kantor.yaml). Each one printed is kept in the archive and its SHA-256 recorded in the audit log.",
        subcommands: [DocumentMake.self, DocumentList.self, DocumentGet.self])
}

/// `hakakses document make KIND --request ID|--decree NUMBER|--person P [--pdf] [--output FILE]`.
struct DocumentMake: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "make",
        abstract: "Print a document from the office's templates and keep it in the archive.",
        discussion: "KIND: daftar-usulan, disposisi (for a request), biodata, pakta-integritas (a page per candidate; --person for one), sk-kadis (--decree NUMBER, or --request ID of a request whose SK is issued), bast (who received which username; never a password), surat-jawaban (the answer to the applicant, for a request), laporan-review (an access review's report: --review ID). Written to --output FILE, else under its download name in the current folder (- for standard output).")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "daftar-usulan, disposisi, biodata, pakta-integritas, sk-kadis, bast, surat-jawaban or laporan-review.") var kind: String
    @Option(name: .long, help: "The request.") var request: String?
    @Option(name: .long, help: "The SK number.") var decree: String?
    @Option(name: .long, help: "One person: username, NIP or NIK.") var person: String?
    @Option(name: .long, help: "The access review (laporan-review).") var review: String?
    @Flag(name: .long, help: "PDF (printed by headless Chromium on the office server) instead of HTML.") var pdf = false
    @Option(name: .long, help: "The agenda number to print instead of the office's numbering.") var number: String?
    @Option(name: .customLong("output"), help: "Write the document to this file (- for standard output).") var file: String?

    func run() async throws {
        try await reporting {
            let order = DocumentOrder(
                kind: kind, request: request, decree: decree, person: person, format: pdf ? "pdf" : "html", number: number, review: review)
            let made = try await OfficeLink.with(config, staff) { try await $0.perform(MakeDocumentCommand(order)) }
            guard let written = try DocumentFile.write(made.content, to: file ?? made.entry.downloadName) else { return }
            if output.json { try printJSON(made.entry); return }
            let entry = made.entry
            say(Catalogue.documents.written(entry.title, number: entry.number ?? "-", subject: entry.subject, path: written))
            say(Catalogue.documents.kept(entry.file, sha256: entry.sha256, seq: entry.seq))
        }
    }
}

/// `hakakses document list [SUBJECT]`.
struct DocumentList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the documents and evidence files kept for a request (with its SK's), an SK or a person; all without one.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "A request id, SK number or person key (nip:…/nik:…).") var subject: String?

    func run() async throws {
        try await reporting {
            let (entries, office) = try await OfficeLink.with(config, staff) { link in
                (try await link.perform(ArchiveListQuery(subject: subject)), output.json ? nil : try await link.profile())
            }
            guard let office else { try printJSON(entries); return }
            let c = Catalogue.columns, d = Catalogue.documents
            var table = Table(d.record, c.when, c.kind, d.number, c.subject, c.by, Phrase(same: "SHA-256"), d.file)
            let evidence = d.evidencePrefix.text(in: Shell.language)
            for e in entries {
                table.add("#\(e.seq)", Format.time(e.recordedAt, office), e.category == "evidence" ? "\(evidence):\(e.kind)" : e.kind,
                          e.number ?? "-", e.subject.isEmpty ? "-" : e.subject, e.recordedBy, String(e.sha256.prefix(12)), e.file)
            }
            table.print(empty: d.nothingArchived(subject))
        }
    }
}

/// `hakakses document get NAME|--sha256 HASH [--output FILE]`.
struct DocumentGet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Fetch an archived document or evidence file (checked against its audit record).")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: "Its name in the archive (FILE of `document list`).") var name: String?
    @Option(name: .long, help: "Or its SHA-256.") var sha256: String?
    @Option(name: .customLong("output"), help: "Write it to this file (- for standard output; default: its download name).") var file: String?

    func run() async throws {
        try await reporting {
            let found = try await OfficeLink.with(config, staff) { try await $0.perform(ArchiveFileQuery(name: name, sha256: sha256)) }
            if let written = try DocumentFile.write(found.content, to: file ?? found.entry.downloadName) {
                say(Catalogue.documents.fetched(found.entry.file, sha256: found.entry.sha256, seq: found.entry.seq, path: written))
            }
        }
    }
}

/// Writing a document where the user asked.
enum DocumentFile {
    /// Writes `content` to `path` ("-": standard output, then nil) and returns the path written.
    static func write(_ content: Data, to path: String) throws(OfficeError) -> String? {
        if path == "-" {
            FileHandle.standardOutput.write(content)
            return nil
        }
        do { try content.write(to: URL(fileURLWithPath: path)) } catch {
            throw .badInput(.said(Phrase(id: "tidak dapat menulis \(path): \(error.localizedDescription); pilih --output yang lain", en: "cannot write \(path): \(error.localizedDescription); choose another --output")))
        }
        return path
    }
}
