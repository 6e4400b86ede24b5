import ArgumentParser
import Foundation
import OfficeService

/// `hakakses document make|list|get`: the SOP's documents printed from the office's templates, and every archived
/// document and evidence file.
struct DocumentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document",
        abstract: helpText(
            """
            Print an SOP document (daftar usulan, disposisi, biodata, pakta integritas, SK \
            Kadis, BAST, surat jawaban, laporan review, laporan SLA); list and fetch archived files.
            """,
            id: """
            Cetak dokumen SOP (daftar usulan, disposisi, biodata, pakta integritas, SK Kadis, \
            BAST, surat jawaban, laporan review, laporan SLA); tampilkan dan ambil berkas dari arsip.
            """),
        discussion: helpText(
            """
            Documents come from the templates in the office's templates folder (Mustache; letterhead and numbering \
            in kantor.yaml). Each one printed is kept in the archive and its SHA-256 recorded in the audit log.
            """,
            id: """
            Dokumen dibuat dari templat di folder templat kantor (Mustache; kop surat dan penomoran di \
            kantor.yaml). Setiap dokumen yang dicetak disimpan di arsip dan SHA-256-nya dicatat dalam log audit.
            """),
        subcommands: [DocumentMake.self, DocumentList.self, DocumentGet.self])
}

/// `hakakses document make KIND --request ID|--decree NUMBER|--person P [--pdf] [--output FILE]`.
struct DocumentMake: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "make",
        abstract: helpText(
            "Print a document from the office's templates and keep it in the archive.",
            id: "Cetak dokumen dari templat kantor dan simpan di arsip."),
        discussion: helpText(
            """
            KIND: daftar-usulan, disposisi (for a request), biodata, pakta-integritas (a page per candidate; --person for one), \
            sk-kadis (--decree NUMBER, or --request ID of a request whose SK is issued), bast (who received which username; never \
            a password), surat-jawaban (the answer to the applicant, for a request), laporan-review (an access review's report: \
            --review ID), laporan-sla (the time standards with their chart, for the whole office). Written to --output FILE, else under its download name in the current folder (- for standard output).
            """,
            id: """
            KIND: daftar-usulan, disposisi (untuk satu permohonan), biodata, pakta-integritas (satu halaman per calon; \
            --person untuk satu orang), sk-kadis (--decree NUMBER, atau --request ID dari permohonan yang SK-nya sudah \
            diterbitkan), bast (siapa menerima nama pengguna yang mana; tidak pernah kata sandi), surat-jawaban \
            (jawaban kepada pemohon, untuk satu permohonan), laporan-review (laporan review hak akses: --review ID), laporan-sla (capaian standar \
            waktu dengan grafiknya, untuk seluruh kantor). \
            Ditulis ke --output FILE, atau dengan nama unduhannya di folder saat ini (- untuk keluaran standar).
            """))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: ArgumentHelp(
        "daftar-usulan, disposisi, biodata, pakta-integritas, sk-kadis, bast, surat-jawaban, laporan-review or laporan-sla.",
        id: "daftar-usulan, disposisi, biodata, pakta-integritas, sk-kadis, bast, surat-jawaban, laporan-review atau laporan-sla.")) var kind: String
    @Option(name: .long, help: ArgumentHelp("The request.", id: "Nomor permohonan.")) var request: String?
    @Option(name: .long, help: ArgumentHelp("The SK number.", id: "Nomor SK.")) var decree: String?
    @Option(name: .long, help: ArgumentHelp(
        "One person: username, NIP or NIK.",
        id: "Satu orang: nama pengguna, NIP atau NIK.")) var person: String?
    @Option(name: .long, help: ArgumentHelp(
        "The access review (laporan-review).",
        id: "Review hak akses (laporan-review).")) var review: String?
    @Flag(name: .long, help: ArgumentHelp(
        "PDF (printed by headless Chromium on the office server) instead of HTML.",
        id: "PDF (dicetak oleh Chromium headless di server kantor), bukan HTML.")) var pdf = false
    @Option(name: .long, help: ArgumentHelp(
        "The agenda number to print instead of the office's numbering.",
        id: "Nomor agenda yang dicetak sebagai ganti penomoran kantor.")) var number: String?
    @Option(name: .customLong("output"), help: ArgumentHelp(
        "Write the document to this file (- for standard output).",
        id: "Tulis dokumen ke berkas ini (- untuk keluaran standar).")) var file: String?

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
        abstract: helpText(
            "List the documents and evidence files kept for a request (with its SK's), an SK or a person; all without one.",
            id: """
            Tampilkan dokumen dan berkas bukti yang disimpan untuk permohonan (beserta \
            milik SK-nya), SK atau orang; semuanya bila tidak ada yang disebut.
            """))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: ArgumentHelp(
        "A request id, SK number or person key (nip:…/nik:…).",
        id: "Nomor permohonan, nomor SK atau kunci orang (nip:…/nik:…).")) var subject: String?

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
        abstract: helpText(
            "Fetch an archived document or evidence file (checked against its audit record).",
            id: "Ambil dokumen atau berkas bukti dari arsip (diperiksa terhadap catatan auditnya)."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: ArgumentHelp(
        "Its name in the archive (FILE of `document list`).",
        id: "Namanya di arsip (kolom BERKAS pada `document list`).")) var name: String?
    @Option(name: .long, help: ArgumentHelp("Or its SHA-256.", id: "Atau SHA-256-nya.")) var sha256: String?
    @Option(name: .customLong("output"), help: ArgumentHelp(
        "Write it to this file (- for standard output; default: its download name).",
        id: "Tulis ke berkas ini (- untuk keluaran standar; bila tidak diisi: nama unduhannya).")) var file: String?

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
