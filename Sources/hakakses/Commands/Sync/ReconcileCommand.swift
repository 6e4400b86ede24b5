import ArgumentParser
import DirectorySync
import Foundation

/// `hakakses reconcile [--apply]`: compare the directory with the roster.
struct ReconcileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Compare the directory with the SK roster and name every difference; --apply fixes them.",
        discussion: "Dry-run by default. Exit status 1 when differences remain.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions
    @Flag(name: .long, help: "Fix what can be fixed (every change is audited).") var apply = false
    @Flag(name: .long, help: "Apply even if more than the configured share of managed entries would change.") var force = false

    struct Row: Encodable { let kind: String; let dn: String?; let person: String?; let detail: String; let fixable: Bool; let result: String }
    struct Document: Encodable {
        let applied: Bool; let managedEntries: Int; let rosterSize: Int; let writes: Int; let refusal: String?; let differences: [Row]
        let seconds: [String: Double]
    }

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            let reconciliation = Reconciliation(bridge: try context.bridge())
            let options = Reconciliation.Options(
                apply: apply, force: force, maxChangePercent: context.settings.raw.reconcile?.maxChangePercent ?? 10,
                alwaysAllowedChanges: context.settings.raw.reconcile?.alwaysAllowedChanges ?? 5, actor: "reconcile")
            let bar = ProgressBar("fixing")
            let result: Reconciliation.Result
            do throws(BridgeError) { result = try await reconciliation.run(options, now: context.now) { bar.update($0, $1) } } catch {
                throw CLIError(bridge: error)
            }
            let rows = zip(result.differences, result.outcomes).map { difference, outcome -> Row in
                let status: String
                switch outcome {
                case .success?: status = "fixed"
                case .failure(let error)?: status = "failed: \(error)"
                case nil: status = difference.isFixable ? (result.applied ? "not fixed" : "would fix") : "needs a decision"
                }
                return Row(kind: difference.kind, dn: difference.dn?.description, person: difference.person?.description, detail: difference.detail, fixable: difference.isFixable, result: status)
            }
            let document = Document(
                applied: result.applied, managedEntries: result.managedEntries, rosterSize: result.rosterSize, writes: result.writes,
                refusal: result.refusal, differences: rows, seconds: result.phases)
            if output.json {
                try printJSON(document)
            } else {
                print("roster: \(result.rosterSize) people; directory: \(result.managedEntries) managed entries; \(rows.count) difference\(rows.count == 1 ? "" : "s")")
                var table = Table("KIND", "ENTRY", "DETAIL", "")
                for row in rows { table.add(row.kind, row.dn ?? "-", row.detail, row.result) }
                if !rows.isEmpty { print(table.render()) }
                if let refusal = result.refusal { print("not applied: \(refusal)") }
                else if !apply && rows.contains(where: \.fixable) { print("dry run: nothing changed; run with --apply to fix") }
            }
            if result.refusal != nil { throw ExitCode(1) }
            let remaining = rows.filter { $0.result != "fixed" }
            if !remaining.isEmpty { throw ExitCode(1) }
        }
    }
}
