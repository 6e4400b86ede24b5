import ArgumentParser
import Foundation
import OfficeService

/// `hakakses reconcile [--apply]`: compare the directory with the roster.
struct ReconcileCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: helpText(
            "Compare the directory with the SK roster and name every difference; --apply fixes them.",
            id: "Bandingkan direktori dengan daftar petugas menurut SK dan sebutkan setiap perbedaan; --apply memperbaikinya."),
        discussion: helpText(
            """
            Dry-run by default. Exit status 1 when differences remain. Applying is for \
            the ADB (through the office server), or the service user on the server host.
            """,
            id: """
            Tanpa --apply, hanya uji coba. Status keluar 1 bila masih ada perbedaan. Yang \
            menerapkan adalah ADB (melalui server kantor), atau pengguna layanan di mesin server.
            """))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Flag(name: .long, help: ArgumentHelp(
        "Fix what can be fixed (every change is audited).",
        id: "Perbaiki yang dapat diperbaiki (setiap perubahan dicatat dalam log audit).")) var apply = false
    @Flag(name: .long, help: ArgumentHelp(
        "Apply even if more than the configured share of managed entries would change.",
        id: "Terapkan walaupun entri terkelola yang akan berubah melebihi bagian yang diatur dalam konfigurasi.")) var force = false

    func run() async throws {
        try await reporting {
            let document = try await OfficeLink.with(config, staff, warmBridge: true) { link in
                if link.localOffice != nil {
                    if apply {
                        try link.holdWriterLock(purpose: "`hakakses reconcile --apply`")
                        return try await link.perform(ReconcileApplyCommand(force: force), needsStaff: false)
                    }
                    return try await link.perform(ReconcileQuery())
                }
                return apply ? try await link.perform(ReconcileApplyCommand(force: force)) : try await link.perform(ReconcileQuery())
            }
            if output.json {
                try printJSON(document)
            } else {
                let rows = document.differences, reports = Catalogue.reports, words = Catalogue.words, c = Catalogue.columns
                say(reports.reconcileSummary(roster: document.rosterSize, managed: document.managedEntries, differences: rows.count))
                var table = Table(c.kind, c.entry, c.detail, Phrase(same: ""))
                for row in rows {
                    table.add(words.difference(row.kind).text(in: Shell.language), row.dn ?? "-", row.detail,
                              words.reconcileResult(row).text(in: Shell.language))
                }
                if !rows.isEmpty { print(table.render()) }
                if let refusal = document.refusal { say(reports.notApplied(refusal)) }
                else if !apply && rows.contains(where: \.fixable) { say(reports.dryRun) }
            }
            if document.refusal != nil { throw ExitCode(1) }
            if document.differences.contains(where: { $0.outcome != .fixed }) { throw ExitCode(1) }
        }
    }
}
