import AccessStore
import AccessWorkflow
import ArgumentParser
import Foundation

/// `hakakses decree import --csv FILE …`: an existing SK from its spreadsheet attachment.
struct DecreeImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Record an existing SK from its attachment (CSV: Nama, NIP, NIK, Peran, Unit Kerja, Jabatan).",
        discussion: "Every line is checked first; if any line is wrong, the errors are listed by line and nothing is recorded.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var decree: DecreeOptions
    @Option(name: .long, help: "The SK's attachment as CSV (';' or ',' separated, UTF-8).") var csv: String
    @Option(name: .long, help: "A note for the record.") var note: String = ""

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            guard let data = FileManager.default.contents(atPath: csv) else { throw CLIError.badInput("cannot read \(csv)") }
            let imported: RosterCSVImport
            do { imported = try RosterCSV.parse(data, catalogue: context.catalogue) } catch {
                throw CLIError.badInput("\(csv) was not imported (nothing was recorded):\n\(error)")
            }
            let draft = try decree.draft()
            let sk: Decree
            do {
                sk = try Decree(draft: draft, grants: imported.grants)
            } catch {
                throw CLIError.badInput("\(error)")
            }
            let result = try await context.execute(.importDecree(sk, note: note.isEmpty ? "imported from \(URL(fileURLWithPath: csv).lastPathComponent)" : note), as: staff)
            print("SK \(sk.number) imported: \(sk.grants.count) people, \(sk.periodDescription)")
            if !imported.ignoredColumns.isEmpty { print("ignored columns: \(imported.ignoredColumns.joined(separator: ", "))") }
            if !result.intents.isEmpty { print("\(result.intents.count) directory changes queued; run `hakakses sync` or let `hakakses serve` apply them") }
        }
    }
}

/// `hakakses decree export NUMBER`: the SK's people as CSV.
struct DecreeExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write an SK's attachment as CSV (Excel-ready: UTF-8 with BOM, ';').")
    @OptionGroup var config: ConfigOptions
    @Argument(help: "SK number.") var number: String
    @Option(name: .long, help: "Write to this file instead of standard output.") var output: String?

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            let parsed: DecreeNumber
            do { parsed = try DecreeNumber(number) } catch { throw CLIError.badInput("\(error)") }
            let record = try context.read { store throws(StoreError) in try store.decree(parsed, sop: context.sop, catalogue: context.catalogue) }
            try Spreadsheet.write(RosterCSV.export(record.decree.grants), to: output)
        }
    }
}

/// Writing CSV to a file or standard output.
enum Spreadsheet {
    static func write(_ text: String, to path: String?) throws {
        if let path {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
