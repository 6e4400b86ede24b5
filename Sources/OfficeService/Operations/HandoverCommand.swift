import AccessStore
import AccessWorkflow
import DirectorySync
import Foundation

/// `POST /api/v1/handovers`: hand an operator their username and an initial password (shown once, never stored or
/// logged; it must be changed at the first login). Who received it and when is recorded; when everyone of the
/// request has received theirs, its handover step is recorded too.
public struct HandoverCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/handovers")
    public static let action = OfficeAction.handover
    /// Username, NIP or NIK of the operator.
    public var person: String
    /// Who received it (name as signed on the receipt).
    public var receivedBy: String
    /// The request this handover completes (default: the person's request waiting at its handover step).
    public var request: String?
    /// Departures from the SOP's standard in equipment or output, recorded with the handover step: given only with
    /// the handover that completes the step (the last person of the request to receive theirs).
    public var deviations: [DeviationInput]?

    public init(person: String, receivedBy: String, request: String? = nil, deviations: [DeviationInput] = []) {
        self.person = person
        self.receivedBy = receivedBy
        self.request = request
        self.deviations = deviations.isEmpty ? nil : deviations
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> HandoverReceipt {
        guard !receivedBy.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .badInput(.receivedByMissing)
        }
        let staff = try call.caller.staff(for: .handover)
        let key = try await InputParsing.person(person, office: office)
        let state = try await office.state()
        // Who may, before anything is done for them (not even a sync).
        let waiting = try Self.authorize(
            person: key, request: request.map { RequestID(rawValue: $0) }, actor: staff.actor, state: state, now: call.now)
        let deviations = try InputParsing.deviations(self.deviations ?? [])
        if !deviations.isEmpty {
            // Recorded with the step, so only with the handover that completes it: refused before any password is set
            // rather than kept nowhere.
            guard let waiting, try await Self.undelivered(waiting, in: state, office: office).filter({ $0.key != key }).isEmpty else {
                throw .badInput(.deviationNotLastHandover)
            }
        }
        // Accounts of a newly effective SK may not have a username yet: sync first.
        _ = try await office.syncPass(now: call.now)
        let handover = Handover(bridge: try office.bridge())
        let delivery: Handover.Delivery
        do throws(Handover.Failure) {
            delivery = try await handover.deliver(
                to: key, receivedBy: receivedBy, deliveredBy: staff.uid, request: waiting, now: call.now)
        } catch {
            throw .handover(error)
        }
        var progress: RequestProgress?
        var pending: [String] = []
        if let waiting {
            (progress, pending) = try await Self.completeStepIfAllDelivered(
                waiting, office: office, staff: staff, receivedBy: receivedBy, deviations: deviations, now: call.now,
                language: call.language)
        }
        return HandoverReceipt(
            person: delivery.person.description, name: delivery.name, username: delivery.username, dn: delivery.dn,
            password: delivery.password, progress: progress, stillToReceive: pending)
    }

    /// Who may hand over (or reset) a password, checked before anything is set (``AccessRule/Relation/handoverCandidate``).
    /// Never for oneself. Within a request (named, or the person's request waiting at its handover step): only for one
    /// of that request's candidates, at its handover step, by whoever the workflow's rules let record that step (role,
    /// segregation of duties on the canonical official). Outside a request (an imported SK, or a reset after
    /// completion): only the role that creates accounts in this SOP, and not while the person's request is still
    /// before its handover step.
    static func authorize(person: PersonKey, request explicit: RequestID?, actor: WorkflowActor, state: WorkflowState, now: Date)
        throws(OfficeError) -> RequestID?
    {
        let sop = state.sop
        if case .nip(let nip) = person, actor.nip == nip {
            throw .refused(.ownPassword)
        }
        let mine = state.requests.values.filter { $0.candidates.contains { $0.key == person } }
        if mine.contains(where: { $0.candidates.contains { $0.key == person && $0.person.isSamePerson(as: actor) } }) {
            throw .refused(.ownPassword)
        }
        if let explicit {
            guard let request = state.requests[explicit] else {
                throw .notFound(.noSuchRequest(explicit.rawValue))
            }
            guard request.candidates.contains(where: { $0.key == person }) else {
                throw .refused(.access(.notCandidate(person: person.description, request: explicit.rawValue)))
            }
        }
        let waiting = explicit ?? mine.sorted { $0.filedAt < $1.filedAt }.first { state.currentStep(of: $0.id)?.kind == .handover }?.id
        if let waiting {
            do {
                _ = try state.decide(.recordHandover(request: waiting, step: nil, note: ""), by: actor, at: now)
            } catch {
                throw .workflow(error)
            }
            return waiting
        }
        if let open = mine.first(where: { state.currentStep(of: $0.id) != nil }), let step = state.currentStep(of: open.id) {
            throw .refused(.handoverTooEarly(request: open.id.rawValue, step: step.id.rawValue, title: step.title))
        }
        guard let creation = sop.firstStep(ofKind: .provision) else {
            throw .refused(.noAccountCreationStep)
        }
        guard creation.executors.roles.contains(where: actor.holds) else {
            throw .refused(.handoverRole(sop.executorTitles(creation)))
        }
        return nil
    }

    /// Records the handover step once every candidate of the request has a delivery after its provisioning;
    /// returns where the request stands and who is still to receive an account.
    static func completeStepIfAllDelivered(_ id: RequestID, office: Office, staff: StaffSession, receivedBy: String,
                                           deviations: [Deviation] = [], now: Date, language: Language)
        async throws(OfficeError) -> (RequestProgress, [String])
    {
        let state = try await office.state()
        guard state.requests[id] != nil, let step = state.currentStep(of: id), step.kind == .handover else {
            return (Views.progress(id, state, language), [])
        }
        let pending = try await undelivered(id, in: state, office: office).map { $0.person.name.displayName }
        guard pending.isEmpty else { return (Views.progress(id, state, language), pending) }
        let result = try await office.execute(
            .recordHandover(request: id, step: step.id, note: "received by \(receivedBy)", deviations: deviations), by: staff.actor, at: now)
        return (Views.progress(id, result.state, language), [])
    }

    /// The candidates of request `id` without a delivery since the request's last action (its handover step began).
    static func undelivered(_ id: RequestID, in state: WorkflowState, office: Office) async throws(OfficeError) -> [Candidate] {
        guard let request = state.requests[id] else { return [] }
        let since = request.activeRecords.last?.at ?? request.filedAt
        let candidates = request.candidates
        let delivered = try await office.storeCall { store throws(StoreError) in
            var found: [Bool] = []
            for candidate in candidates {
                found.append(try store.records(subject: candidate.key.description)
                    .contains { $0.kind == "handover.delivered" && $0.recordedAt >= since })
            }
            return found
        }
        return zip(candidates, delivered).filter { !$1 }.map(\.0)
    }
}
