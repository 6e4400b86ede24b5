import AccessStore
import AccessWorkflow
import ArgumentParser
import Foundation

/// `hakakses request show ID`: candidates, every step with who did it, when, with
/// which evidence, and its time against the SOP's standard.
struct RequestShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one request in full.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Request id, e.g. REQ-2025-0001.") var id: String

    struct Detail: Encodable {
        struct CandidateRow: Encodable { let name: String; let nip: String?; let nik: String?; let role: String; let workUnit: String; let position: String? }
        struct RecordRow: Encodable {
            let step: String; let outcome: String; let actor: String; let actorName: String; let at: Date; let note: String
            let evidence: [String: Evidence]; let voided: Bool
        }
        struct StepTime: Encodable { let step: String; let round: Int; let elapsedSeconds: Double; let standardSeconds: Int; let breached: Bool; let pending: Bool }
        let id: String, kind: String, status: String, filedBy: String, filedAt: Date, applicant: String
        let currentStep: String?, decree: String?
        let candidates: [CandidateRow]
        let records: [RecordRow]
        let times: [StepTime]
    }

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            let state = try context.state()
            let request: AccessRequest
            do throws(WorkflowError) { request = try state.request(RequestID(rawValue: id)) } catch { throw CLIError.badInput(error.description) }
            let sla = SLAReport(state: state, now: context.now).rows.filter { $0.request == request.id }
            let detail = Detail(
                id: request.id.rawValue, kind: "\(request.kind)", status: request.status.description, filedBy: request.filedBy,
                filedAt: request.filedAt, applicant: request.applicant.name.displayName, currentStep: state.currentStep(of: request.id)?.id.rawValue,
                decree: request.decreeNumber?.description,
                candidates: request.candidates.map {
                    .init(name: $0.person.name.displayName, nip: $0.person.nip?.formatted, nik: $0.person.nik?.digits, role: $0.role.rawValue, workUnit: $0.workUnit, position: $0.position)
                },
                records: request.records.map {
                    .init(step: $0.step.rawValue, outcome: $0.outcome.rawValue, actor: $0.actor.uid, actorName: $0.actor.displayName, at: $0.at,
                          note: $0.note, evidence: Dictionary(uniqueKeysWithValues: $0.evidence.map { ($0.key.rawValue, $0.value) }), voided: $0.voided)
                },
                times: sla.map { .init(step: $0.step.rawValue, round: $0.round, elapsedSeconds: $0.elapsed, standardSeconds: $0.standardSeconds, breached: $0.breached, pending: $0.isPending) })
            if output.json { try printJSON(detail); return }

            print("\(detail.id)  \(detail.status)")
            print("filed by \(detail.filedBy) on \(Format.time(detail.filedAt, context.sop)); applicant \(detail.applicant)\(detail.decree.map { "; SK \($0)" } ?? "")")
            var candidates = Table("CANDIDATE", "NIP", "NIK", "ROLE", "UNIT")
            for c in detail.candidates { candidates.add(c.name, c.nip ?? "-", c.nik ?? "-", c.role, c.workUnit) }
            print("")
            print(candidates.render())
            print("")
            var steps = Table("STEP", "TITLE", "BY", "WHEN", "OUTCOME", "TIME", "EVIDENCE / NOTE")
            for step in context.sop.steps {
                let records = request.records.filter { $0.step == step.id }
                let time = sla.last { $0.step == step.id }
                let timeText = time.map { "\(Format.duration($0.elapsed)) of \(Format.duration(TimeInterval($0.standardSeconds)))\($0.breached ? " EXCEEDED" : "")" } ?? "-"
                if records.isEmpty {
                    let waiting = state.currentStep(of: request.id)?.id == step.id
                    steps.add(step.id.rawValue, step.title, context.sop.roleTitle(step.executor), "-", waiting ? "waiting" : "-", waiting ? timeText : "-", "")
                }
                for record in records {
                    let evidence = record.evidence.sorted { $0.key < $1.key }.map { key, value in
                        "\(key)=\(value.reference ?? "")\(value.sha256.map { " sha256:\($0.prefix(12))…" } ?? "")"
                    }
                    let extra = (evidence + (record.note.isEmpty ? [] : ["\"\(record.note)\""])).joined(separator: "; ")
                    steps.add(step.id.rawValue, step.title, "\(record.actor.uid)", Format.time(record.at, context.sop),
                              record.outcome.rawValue + (record.voided ? " (voided)" : ""), record.voided ? "-" : timeText, extra)
                }
            }
            print(steps.render())
        }
    }
}
