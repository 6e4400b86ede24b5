import AccessWorkflow
import ArgumentParser
import Foundation

/// `hakakses sla report`: time used per step against the SOP's time standards,
/// in office hours; breaches by step and by the official who executed them.
struct SLACommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sla", abstract: "Time standards (mutu baku waktu) of the SOP.", subcommands: [SLAReportCommand.self])
}

struct SLAReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Steps over their time standard, by step and by executor.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions
    @Flag(name: .long, help: "List every step, not only those over their standard.") var all = false

    struct Row: Encodable {
        let request: String; let step: String; let round: Int; let executor: String; let actor: String?; let started: Date
        let completed: Date?; let elapsedSeconds: Double; let standardSeconds: Int; let breached: Bool; let pending: Bool
    }
    struct Document: Encodable {
        let now: Date; let rows: [Row]; let breachesByStep: [String: Int]; let breachesByExecutor: [String: Int]; let runningBreaches: Int
    }

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            let report = SLAReport(state: try context.state(), now: context.now)
            let rows = report.rows.filter { all || $0.breached }.map {
                Row(request: $0.request.rawValue, step: $0.step.rawValue, round: $0.round, executor: $0.executor.rawValue, actor: $0.actorUID,
                    started: $0.started, completed: $0.completed, elapsedSeconds: $0.elapsed, standardSeconds: $0.standardSeconds,
                    breached: $0.breached, pending: $0.isPending)
            }
            let document = Document(
                now: report.now, rows: rows,
                breachesByStep: Dictionary(uniqueKeysWithValues: report.breachesByStep.map { ($0.key.rawValue, $0.value) }),
                breachesByExecutor: report.breachesByExecutor, runningBreaches: report.runningBreaches)
            if output.json { try printJSON(document); return }
            var table = Table("REQUEST", "STEP", "EXECUTOR", "BY", "STARTED", "TIME USED", "STANDARD", "RESULT")
            for r in rows {
                table.add(r.request, r.step, r.executor, r.actor ?? "(waiting)", Format.time(r.started, context.sop), Format.duration(r.elapsedSeconds),
                          Format.duration(TimeInterval(r.standardSeconds)), r.breached ? (r.pending ? "OVERDUE" : "EXCEEDED") : "ok")
            }
            table.print(empty: all ? "no steps yet" : "every step within its time standard")
            if !report.breachesByStep.isEmpty {
                print("\nexceeded, by step:     " + report.breachesByStep.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            }
            if !report.breachesByExecutor.isEmpty {
                print("exceeded, by executor: " + report.breachesByExecutor.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            }
            if report.runningBreaches > 0 { print("waiting beyond the standard now: \(report.runningBreaches)") }
        }
    }
}
