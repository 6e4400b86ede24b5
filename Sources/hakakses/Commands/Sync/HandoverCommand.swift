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
            let session = try await StaffSession.login(staff, settings: context.settings)
            // Accounts of a newly effective SK may not have a username yet: sync first.
            _ = try await SyncCommand.pass(context)
            let person = try HandoverCommand.person(operatorID, context)
            let state = try context.state()
            let waiting = try HandoverCommand.authorize(
                person: person, request: request.map { RequestID(rawValue: $0) }, actor: session.actor, state: state, context: context)
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
            if let waiting {
                try HandoverCommand.completeStepIfAllDelivered(waiting, context: context, actor: session.actor, receivedBy: receivedBy, quiet: output.json)
            }
        }
    }

    /// Who may hand over (or reset) a password, checked before anything is set.
    /// At a request's handover step: exactly the workflow's rules for that step
    /// (role, segregation of duties, never the applicant or a candidate). Outside
    /// it (an imported SK, or a reset after completion): only the role that creates
    /// accounts in this SOP, never for oneself, and not while the person's request
    /// is still before its handover step.
    static func authorize(
        person: PersonKey, request explicit: RequestID?, actor: WorkflowActor, state: WorkflowState, context: Context
    ) throws(CLIError) -> RequestID? {
        let mine = state.requests.values.filter { $0.candidates.contains { $0.key == person } }
        let waiting = explicit ?? mine.first { state.currentStep(of: $0.id)?.kind == .handover }?.id
        if let waiting {
            do {
                _ = try state.decide(.recordHandover(request: waiting, step: nil, note: ""), by: actor, at: context.now)
            } catch {
                throw .refused(error.description)
            }
            return waiting
        }
        if let open = mine.first(where: { state.currentStep(of: $0.id) != nil }), let step = state.currentStep(of: open.id) {
            throw .refused("\(open.id) is at step \(step.id) (\(step.title)); the handover comes after it")
        }
        guard let creator = context.sop.firstStep(ofKind: .provision)?.executor else {
            throw .refused("this SOP has no account-creation step, so nobody may hand over passwords outside a request")
        }
        guard actor.holds(creator) else {
            throw .refused("only a \(context.sop.roleTitle(creator)) may hand over or reset a password outside a request's handover step")
        }
        if case .nip(let nip) = person, actor.nip == nip {
            throw .refused("nobody may hand over or reset their own password; ask a colleague")
        }
        return nil
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
    static func completeStepIfAllDelivered(_ id: RequestID, context: Context, actor: WorkflowActor, receivedBy: String, quiet: Bool) throws(CLIError) {
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
            if !quiet { print("\(id): \(pending.count) still to receive their account: \(pending.joined(separator: ", "))") }
            return
        }
        let result = try context.execute(.recordHandover(request: id, step: step.id, note: "received by \(receivedBy)"), by: actor)
        if !quiet { Report.progress(id, result.state, context) }
    }
}
