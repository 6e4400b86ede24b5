import ArgumentParser
import Foundation
import OfficeService

/// `hakakses reconcile [--apply]`: compare the directory with the roster.
struct ReconcileCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Compare the directory with the SK roster and name every difference; --apply fixes them.",
        discussion: "Dry-run by default. Exit status 1 when differences remain. Applying is for the ADB (through the office server), or the service user on the server host.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Flag(name: .long, help: "Fix what can be fixed (every change is audited).") var apply = false
    @Flag(name: .long, help: "Apply even if more than the configured share of managed entries would change.") var force = false

    func run() async throws {
        try await reporting {
            let document = try await OfficeLink.with(config, staff) { link in
                if let office = link.localOffice {
                    if apply {
                        let lock = try WriterLock.acquire(for: office.settings.databaseURL, purpose: "`hakakses reconcile --apply`")
                        defer { _ = lock }
                        return try await link.perform(ReconcileApplyCommand(force: force), needsStaff: false)
                    }
                    return try await link.perform(ReconcileQuery())
                }
                return apply ? try await link.perform(ReconcileApplyCommand(force: force)) : try await link.perform(ReconcileQuery())
            }
            if output.json {
                try printJSON(document)
            } else {
                let rows = document.differences
                print("roster: \(document.rosterSize) people; directory: \(document.managedEntries) managed entries; \(rows.count) difference\(rows.count == 1 ? "" : "s")")
                var table = Table("KIND", "ENTRY", "DETAIL", "")
                for row in rows { table.add(row.kind, row.dn ?? "-", row.detail, row.result) }
                if !rows.isEmpty { print(table.render()) }
                if let refusal = document.refusal { print("not applied: \(refusal)") }
                else if !apply && rows.contains(where: \.fixable) { print("dry run: nothing changed; run with --apply to fix") }
            }
            if document.refusal != nil { throw ExitCode(1) }
            if document.differences.contains(where: { $0.result != "fixed" }) { throw ExitCode(1) }
        }
    }
}
