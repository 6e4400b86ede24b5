import ArgumentParser
import OfficeService

/// `hakakses sop`: the office's SOP as its file holds it — the header (dates, who approved it, legal basis,
/// qualifications, related SOPs, equipment, warnings, record keeping) and the steps with their time standards.
struct SOPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sop", abstract: "Print the office's SOP: its header as approved and its steps with their time standards.")
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
