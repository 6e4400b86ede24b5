import AccessWorkflow
import ArgumentParser
import Foundation

/// `hakakses inbox`: what waits for me (requests at a step of one of my roles,
/// and returned requests I may resubmit), oldest first, with the time used.
struct InboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "inbox", abstract: "What waits for you.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions

    struct Row: Encodable {
        let request: String; let step: String; let title: String; let role: String
        let waitingSince: Date; let elapsedSeconds: Double; let standardSeconds: Int; let overdue: Bool
    }

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            let session = try await StaffSession.login(staff, settings: context.settings)
            let state = try context.state()
            let sla = SLAReport(state: state, now: context.now)
            var rows: [Row] = []
            for request in state.requests.values {
                let step: StepDefinition
                switch request.status {
                case .inProgress(let id):
                    guard let current = context.sop.step(id) else { continue }
                    step = current
                case .returned:
                    step = context.sop.submitStep
                default: continue
                }
                let mine = session.actor.holds(step.executor) || (step.executor == .pemohon && !request.candidates.contains { $0.person.isSamePerson(as: session.actor) })
                guard mine else { continue }
                let time = sla.rows.last { $0.request == request.id && $0.step == step.id && $0.isPending }
                rows.append(Row(
                    request: request.id.rawValue, step: step.id.rawValue, title: step.title, role: context.sop.roleTitle(step.executor),
                    waitingSince: time?.started ?? request.filedAt, elapsedSeconds: time?.elapsed ?? 0,
                    standardSeconds: time?.standardSeconds ?? 0, overdue: time?.breached ?? false))
            }
            rows.sort { $0.waitingSince < $1.waitingSince }
            if output.json { try printJSON(rows); return }
            var table = Table("REQUEST", "STEP", "TITLE", "WAITING SINCE", "TIME USED")
            for row in rows {
                let used = row.standardSeconds > 0 ? "\(Format.duration(row.elapsedSeconds)) of \(Format.duration(TimeInterval(row.standardSeconds)))\(row.overdue ? " OVERDUE" : "")" : "-"
                table.add(row.request, row.step, row.title, Format.time(row.waitingSince, context.sop), used)
            }
            table.print(empty: "nothing waits for \(session.actor.uid) (roles: \(session.actor.roles.map(\.rawValue).sorted().joined(separator: ", ")))")
        }
    }
}
