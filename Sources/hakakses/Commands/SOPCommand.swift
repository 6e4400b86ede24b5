import ArgumentParser
import Foundation
import OfficeService

/// `hakakses sop`: the office's SOP (`show`, the default) and adopting a new version of it (`adopt`).
struct SOPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sop", abstract: helpText(
            "The office's SOP: print it, or adopt a new version of it.",
            id: "SOP kantor: cetak, atau tetapkan versi barunya."),
        subcommands: [SOPShow.self, SOPAdopt.self], defaultSubcommand: SOPShow.self)
}

/// `hakakses sop adopt FILE --note …`: a new version of the SOP, recorded in the audit log; on the server host with
/// `serve` stopped.
struct SOPAdopt: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt",
        abstract: helpText(
            "Adopt a new version of the office's SOP: recorded in the audit log, then the office's copy is replaced.",
            id: "Tetapkan versi baru SOP kantor: dicatat dalam log audit, lalu salinan SOP kantor diganti."),
        discussion: helpText(
            """
            Requests filed from then on are decided under the new version; requests in flight finish under the version they were filed \
            under, and the log keeps every version's text, so replay never depends on the file. The first adoption also keeps the text \
            of the SOP the office ran under until now. Never edit the office's copy in place: an office whose copy is not the version \
            adopted last refuses to start. Run on the server host while `hakakses serve` is stopped (--by NAME, or with sudo).
            """,
            id: """
            Permohonan yang diajukan sejak itu diputuskan menurut versi baru; permohonan yang sedang berjalan diselesaikan \
            menurut versi saat diajukan, dan log menyimpan teks setiap versi, sehingga pemutaran ulang tidak pernah \
            bergantung pada berkasnya. Penetapan pertama juga menyimpan teks SOP yang dipakai kantor sampai sekarang. Jangan \
            pernah menyunting salinan kantor secara langsung: kantor yang salinannya bukan versi yang terakhir ditetapkan \
            tidak mau berjalan. Jalankan di mesin server selagi `hakakses serve` dihentikan (--by NAME, atau dengan sudo).
            """))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: ArgumentHelp("The new SOP file (YAML).", id: "Berkas SOP baru (YAML).")) var file: String
    @Option(name: .long, help: ArgumentHelp(
        "The letter or decision that approved this version (recorded).",
        id: "Surat atau keputusan yang menyetujui versi ini (dicatat).")) var note: String
    @Option(name: .long, help: ArgumentHelp(
        "Who records it (recorded); default: the sudo user.",
        id: "Siapa yang mencatatnya (dicatat); bila tidak diisi: pengguna sudo.")) var by: String?

    func run() async throws {
        try await reporting {
            let settings = try config.load()
            let lock = try WriterLock.acquire(for: settings.databaseURL, purpose: "`hakakses sop adopt`")
            let office = try Office(settings: settings) { printWarning($0) }
            let now = office.clock.now(requested: Rehearsal.requestedTime(office))
            let adoption = try await office.adoptSOP(
                file: URL(fileURLWithPath: file), by: try AuditReanchor.person(by), note: note, now: now)
            _ = lock
            if output.json { try printJSON(adoption); return }
            say(Catalogue.administration.sopAdopted(
                adoption.number, version: adoption.version, sha256: String(adoption.sha256.prefix(12)), seq: adoption.seq,
                inFlight: adoption.inFlightUnderEarlier))
        }
    }
}

/// `hakakses sop show` (or `hakakses sop`): the office's SOP as its file holds it — the header (dates, who approved
/// it, legal basis, qualifications, related SOPs, equipment, warnings, record keeping) and the steps with their time
/// standards.
struct SOPShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: helpText(
            "Print the office's SOP: its header as approved and its steps with their time standards.",
            id: "Cetak SOP kantor: kepalanya sebagaimana disetujui dan tahap-tahapnya beserta mutu baku waktunya."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reporting {
            let sop = try config.load().sop
            let header = SOPHeaderInfo(sop)
            if output.json { try printJSON(header); return }
            // The SOP's own headings, in the SOP's language (they are the names printed on the paper SOP).
            print("\(sop.title) — \(sop.number)")
            print("\(sop.office.name)")
            print("Tanggal pembuatan: \(header.created ?? "-")   Tanggal revisi: \(header.revised ?? "-")   Tanggal efektif: \(header.effective)")
            print("Disahkan oleh: \(header.approvedBy ?? "-")")
            for (title, items) in [("Dasar hukum", header.legalBasis), ("Kualifikasi pelaksana", header.qualifications),
                                   ("Keterkaitan", header.related), ("Peralatan/perlengkapan", header.equipment),
                                   ("Peringatan", header.warnings), ("Pencatatan dan pendataan", header.recordKeeping)] {
                print("")
                print("\(title):")
                if items.isEmpty { print("  -") }
                for (index, item) in items.enumerated() { print("  \(index + 1). \(item)") }
            }
            print("")
            for (index, step) in sop.steps.enumerated() {
                print("\(index + 1). \(step.title) — \(sop.executorTitles(step)); \(step.time)\(step.timePer == .person ? " per orang" : "")")
            }
        }
    }
}
