import ArgumentParser
import Foundation
import OfficeService

/// `hakakses sla report`: time used per step against the SOP's time standards, in office hours; breaches by step and
/// by the official who executed them.
struct SLACommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sla", abstract: helpText(
            "Time standards (mutu baku waktu) of the SOP.",
            id: "Mutu baku waktu dalam SOP."), subcommands: [SLAReportCommand.self])
}

struct SLAReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: helpText(
        "Steps over their time standard, by step and by executor.",
        id: "Tahap yang melewati mutu baku waktunya, per tahap dan per pelaksana."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Flag(name: .long, help: ArgumentHelp(
        "List every step, not only those over their standard.",
        id: "Tampilkan semua tahap, bukan hanya yang melewati mutu baku waktunya.")) var all = false

    func run() async throws {
        try await reporting {
            let (report, office) = try await OfficeLink.with(config, staff) { link in
                (try await link.perform(SLAQuery(all: all)), output.json ? nil : try await link.profile())
            }
            guard let office else { try printJSON(report); return }
            let c = Catalogue.columns, words = Catalogue.words, reports = Catalogue.reports
            var table = Table(c.request, c.step, c.executor, c.by, c.started, c.timeUsed, c.standard, c.result)
            for r in report.rows {
                let result = r.breached ? (r.pending ? words.overdue : words.exceeded) : !r.deviations.isEmpty ? words.deviated : words.withinStandard
                table.add(r.request, r.step, r.executor, r.actor ?? words.waitingActor.text(in: Shell.language), Format.time(r.started, office),
                          Format.duration(r.elapsedSeconds), Format.duration(TimeInterval(r.standardSeconds)), result.text(in: Shell.language))
            }
            table.print(empty: all ? reports.noSteps : reports.allWithinStandard)
            // Requests finish under the SOP version they were filed under: name it when the report spans several.
            if Set(report.rows.map(\.sopVersion)).count > 1 {
                let versions = Dictionary(grouping: report.rows, by: \.sopVersion).sorted { $0.key < $1.key }.map { version, rows in
                    "v\(version): " + Array(Set(rows.map(\.request))).sorted().joined(separator: ", ")
                }
                say(reports.underSOPVersions(versions.joined(separator: "; ")))
            }
            func counts(_ breaches: [String: Int]) -> String {
                breaches.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            }
            if !report.breachesByStep.isEmpty {
                print("")
                say(reports.exceededByStep(counts(report.breachesByStep)))
            }
            if !report.breachesByExecutor.isEmpty { say(reports.exceededByExecutor(counts(report.breachesByExecutor))) }
            if report.runningBreaches > 0 { say(reports.waitingBeyondStandard(report.runningBreaches)) }
            // The SOP's Peringatan: a deviation in equipment or output is a failure the executor answers for.
            let deviations = report.rows.flatMap { r in r.deviations.map { (r, $0) } }
            if !deviations.isEmpty { print("") }
            for (r, d) in deviations { say(reports.deviation(request: r.request, step: r.step, kind: d.kind, note: d.note)) }
            if !report.deviationsByExecutor.isEmpty { say(reports.deviationsByExecutor(counts(report.deviationsByExecutor))) }
            print("")
            if let backup = report.lastBackup {
                say(reports.lastBackup(Format.time(backup.at, office), folder: backup.folder, records: backup.records))
            } else {
                say(reports.noBackup)
            }
        }
    }
}
