import ArgumentParser
import Foundation
import OfficeService

/// `hakakses sla report`: time used per step against the SOP's time standards, in office hours; breaches by step and
/// by the official who executed them.
struct SLACommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sla", abstract: "Time standards (mutu baku waktu) of the SOP.", subcommands: [SLAReportCommand.self])
}

struct SLAReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Steps over their time standard, by step and by executor.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Flag(name: .long, help: "List every step, not only those over their standard.") var all = false

    func run() async throws {
        try await reporting {
            let (report, office) = try await OfficeLink.with(config, staff) { link in
                (try await link.perform(SLAQuery(all: all)), output.json ? nil : try await link.profile())
            }
            guard let office else { try printJSON(report); return }
            var table = Table("REQUEST", "STEP", "EXECUTOR", "BY", "STARTED", "TIME USED", "STANDARD", "RESULT")
            for r in report.rows {
                table.add(r.request, r.step, r.executor, r.actor ?? "(waiting)", Format.time(r.started, office), Format.duration(r.elapsedSeconds),
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
