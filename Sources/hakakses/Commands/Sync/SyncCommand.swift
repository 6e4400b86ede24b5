import AccessWorkflow
import ArgumentParser
import DirectorySync
import Foundation

/// `hakakses sync`: apply the pending directory changes now (what `serve` does continuously).
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Apply pending directory changes (approved operators, SKs in force, revocations).",
        discussion: "Only people on an effective SK or completed request in the verified audit log reach the directory; anything else is refused and audited.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            let report = try await SyncCommand.pass(context)
            if output.json { try printJSON(report) } else { print("sync: \(report.summary)") }
            if report.failed > 0 { throw ExitCode(1) }
        }
    }

    /// Bridge passes until nothing more is due now (rows refused by the directory wait for their retry time).
    static func pass(_ context: Context) async throws -> BridgeReport {
        let bridge = try context.bridge()
        let bar = ProgressBar("writing")
        var total = BridgeReport()
        for _ in 0..<5 {
            let report: BridgeReport
            do throws(BridgeError) { report = try await bridge.runOnce(now: context.now) { bar.update($0, $1) } } catch { throw CLIError(bridge: error) }
            total.due += report.due
            total.completed += report.completed
            total.refused += report.refused
            total.failed += report.failed
            total.writes += report.writes
            total.firstFailure = total.firstFailure ?? report.firstFailure
            total.fixed.merge(report.fixed, uniquingKeysWith: +)
            if report.due == 0 || report.completed + report.refused == 0 { break }
        }
        return total
    }
}
