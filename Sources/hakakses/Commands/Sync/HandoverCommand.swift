import AccessStore
import AccessWorkflow
import ArgumentParser
import DirectorySync
import Foundation

/// `hakakses handover PERSON --received-by NAME`: set and show the initial password once.
struct HandoverCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: "Hand an operator their username and an initial password (shown once, must be changed at the first login).",
        discussion: "The password is never stored or logged; who received it and when is recorded. When everyone of the request has received theirs, its handover step is recorded too.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The operator: username, NIP or NIK.") var operatorID: String
    @Option(name: .long, help: "Who received it (name as signed on the receipt).") var receivedBy: String
    @Option(name: .long, help: "The request this handover completes (default: the operator's request waiting at its handover step).")
    var request: String?

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            let person = try HandoverCommand.person(operatorID, context)
            let session = try await StaffSession.login(staff, settings: context.settings)
            let state = try context.state()
            let waiting = request.map { RequestID(rawValue: $0) } ?? state.requests.values.first { request in
                state.currentStep(of: request.id)?.kind == .handover && request.candidates.contains { $0.key == person }
            }?.id
            if let waiting, let step = state.currentStep(of: waiting), step.kind == .handover, !session.actor.holds(step.executor), step.executor != .pemohon {
                throw CLIError.refused("\(waiting) is at step \(step.id) (\(step.title)), which only a \(context.sop.roleTitle(step.executor)) may do")
            }
            _ = try await SyncCommand.pass(context)
            let handover = Handover(bridge: try context.bridge())
            let delivery: Handover.Delivery
            do throws(Handover.Failure) {
                delivery = try await handover.deliver(
                    to: person, receivedBy: receivedBy, deliveredBy: session.actor.uid, request: waiting, now: context.now)
            } catch {
                switch error {
                case .bridge(let inner): throw CLIError(bridge: inner)
                default: throw CLIError.refused(error.description)
                }
            }
            if output.json {
                try printJSON(["person": delivery.person.description, "name": delivery.name, "username": delivery.username, "dn": delivery.dn, "password": delivery.password])
            } else {
                print("handed over to \(receivedBy) — write it down now, it is shown only once:")
                print("  name      \(delivery.name)")
                print("  username  \(delivery.username)")
                print("  password  \(delivery.password)")
                print("  (must be changed at the first login)")
            }
            if let waiting { try HandoverCommand.completeStepIfAllDelivered(waiting, context: context, actor: session.actor, receivedBy: receivedBy) }
        }
    }

    /// A username, NIP or NIK → the person.
    static func person(_ text: String, _ context: Context) throws(CLIError) -> PersonKey {
        if let key = try? PersonKey(text) { return key }
        if let nip = try? NIP(text) { return .nip(nip) }
        if let nik = try? NIK(text) { return .nik(nik) }
        if let key = try context.read({ store throws(StoreError) in try store.person(forUsername: text) }) { return key }
        throw .badInput("'\(text)' is no known username and not a valid NIP or NIK")
    }

    /// Records the handover step once every candidate of the request has a delivery after its provisioning.
    static func completeStepIfAllDelivered(_ id: RequestID, context: Context, actor: WorkflowActor, receivedBy: String) throws(CLIError) {
        let state = try context.state()
        guard let request = state.requests[id], let step = state.currentStep(of: id), step.kind == .handover else { return }
        let since = request.activeRecords.last?.at ?? request.filedAt
        var pending: [String] = []
        for candidate in request.candidates {
            let records = try context.read { store throws(StoreError) in try store.records(subject: candidate.key.description) }
            if !records.contains(where: { $0.kind == "handover.delivered" && $0.recordedAt >= since }) {
                pending.append(candidate.person.name.displayName)
            }
        }
        guard pending.isEmpty else {
            print("\(id): \(pending.count) still to receive their account: \(pending.joined(separator: ", "))")
            return
        }
        let result = try context.execute(.recordHandover(request: id, step: step.id, note: "received by \(receivedBy)"), by: actor)
        Report.progress(id, result.state, context)
    }
}
