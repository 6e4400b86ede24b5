import AccessStore
import AccessWorkflow
import ArgumentParser
import Foundation

/// `hakakses request list`.
struct RequestList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List requests, newest first.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions
    @Option(name: .long, help: "Only requests with this status: \(RequestStatusKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var status: String?

    struct Row: Encodable {
        let id: String, status: String, statusReason: String?, currentStep: String?, filedAt: Date, filedBy: String
        let applicant: String, candidates: Int, decree: String?, lastActivity: Date
    }

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            var kind: RequestStatusKind?
            if let status {
                guard let parsed = RequestStatusKind(rawValue: status) else {
                    throw CLIError.badInput("--status \(status): use one of \(RequestStatusKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                kind = parsed
            }
            let rows = try context.read { store throws(StoreError) in try store.requests(status: kind) }.map {
                Row(id: $0.id.rawValue, status: $0.status.rawValue, statusReason: $0.statusReason, currentStep: $0.currentStep?.rawValue,
                    filedAt: $0.filedAt, filedBy: $0.filedBy, applicant: $0.applicantName, candidates: $0.candidateCount,
                    decree: $0.decreeNumber?.description, lastActivity: $0.lastActivity)
            }
            if output.json { try printJSON(rows); return }
            var table = Table("REQUEST", "STATUS", "STEP", "FILED", "BY", "APPLICANT", "CANDIDATES", "SK")
            for row in rows {
                table.add(row.id, row.status, row.currentStep ?? "-", Format.day(row.filedAt, context.sop), row.filedBy, row.applicant, String(row.candidates), row.decree ?? "-")
            }
            table.print(empty: "no requests")
        }
    }
}
