import AccessWorkflow
import Foundation

/// `POST /api/v1/requests/{id}/approve`: do the current step (approval, disposition, provisioning) with a note and
/// its documents. An SK step is done by issuing the SK, a handover step by handing over the accounts.
public struct ApproveCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/requests/{id}/approve")
    public static let action = OfficeAction.approveStep
    public var id: String
    /// The step the caller means to act on: refused if the request is at another step.
    public var step: String?
    public var note: String
    public var evidence: [EvidenceInput]
    /// Names struck from a proposal list by the step's approver, each with its reason (where the SOP allows it).
    public var struck: [StrikeInput]?
    /// Departures from the SOP's standard in equipment or output, recorded with the step (the SOP's Peringatan).
    public var deviations: [DeviationInput]?
    /// Only check (see ``check(in:as:language:)``): a client that sends scans with the step checks it first.
    public var checkOnly: Bool?

    public init(
        id: String, step: String? = nil, note: String = "", evidence: [EvidenceInput] = [], struck: [StrikeInput] = [],
        deviations: [DeviationInput] = [], checkOnly: Bool? = nil
    ) {
        self.deviations = deviations.isEmpty ? nil : deviations
        self.id = id
        self.step = step
        self.note = note
        self.evidence = evidence
        self.struck = struck
        self.checkOnly = checkOnly
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> RequestProgress {
        if checkOnly == true {
            let (command, actor, state) = try await decision(in: office, call)
            try await office.check(command, by: actor, at: call.now)
            try await ProvisionCheck.requireCreated(RequestID(rawValue: id), in: state, office: office, now: call.now)
            return Views.progress(RequestID(rawValue: id), state, call.language)
        }
        try await office.requireKeptFiles(self.evidence, for: id, by: try call.caller.staff(for: .approve).actor)
        let (command, actor, state) = try await decision(in: office, call)
        try await ProvisionCheck.requireCreated(RequestID(rawValue: id), in: state, office: office, now: call.now)
        let result = try await office.execute(command, by: actor, at: call.now)
        return Views.progress(RequestID(rawValue: id), result.state, call.language)
    }

    private func decision(in office: Office, _ call: OfficeCall) async throws(OfficeError)
        -> (WorkflowCommand, WorkflowActor, WorkflowState)
    {
        let evidence = try InputParsing.evidence(self.evidence, sop: office.sop)
        let staff = try call.caller.staff(for: .approve)
        let request = RequestID(rawValue: id)
        let guarded = step.map { StepID(rawValue: $0) }
        let state = try await office.state()
        if let current = state.currentStep(of: request), guarded == nil || guarded == current.id, current.kind == .decree,
           state.awaited(request)?.completesStep ?? true
        {
            throw .refused(.decreeByApprove(request: "\(id)", step: current.id.rawValue, title: current.title))
        }
        var strikes: [StruckCandidate] = []
        for strike in struck ?? [] {
            let key = try await InputParsing.candidate(strike.person, of: request, in: state, office: office)
            strikes.append(StruckCandidate(person: key, reason: strike.reason))
        }
        let deviations = try InputParsing.deviations(self.deviations ?? [])
        return (.approve(request: request, step: guarded, note: note, evidence: evidence, struck: strikes, deviations: deviations),
                staff.actor, state)
    }
}

/// `POST /api/v1/requests/{id}/reject`: reject a request at its current step (final; only where the SOP allows it).
public struct RejectCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/requests/{id}/reject")
    public static let action = OfficeAction.rejectRequest
    public var id: String
    public var step: String?
    public var reason: String

    public init(id: String, step: String? = nil, reason: String) {
        self.id = id
        self.step = step
        self.reason = reason
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> RequestProgress {
        try await ReasonedStep.run(id, step, office, call, action: .reject) { request, step in
            .reject(request: request, step: step, reason: reason)
        }
    }
}

/// `POST /api/v1/requests/{id}/return`: back to the first step for revision.
public struct ReturnCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/requests/{id}/return")
    public static let action = OfficeAction.returnRequest
    public var id: String
    public var step: String?
    public var reason: String

    public init(id: String, step: String? = nil, reason: String) {
        self.id = id
        self.step = step
        self.reason = reason
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> RequestProgress {
        try await ReasonedStep.run(id, step, office, call, action: .returnRequest) { request, step in
            .returnForRevision(request: request, step: step, reason: reason)
        }
    }
}

/// A step decision with a reason (reject, return): recorded for the logged-in official, answered with the progress.
enum ReasonedStep {
    static func run(
        _ id: String, _ step: String?, _ office: Office, _ call: OfficeCall, action: OfficeMessage.StaffAction,
        command: (RequestID, StepID?) -> WorkflowCommand
    ) async throws(OfficeError) -> RequestProgress {
        let staff = try call.caller.staff(for: action)
        let request = RequestID(rawValue: id)
        let result = try await office.execute(command(request, step.map { StepID(rawValue: $0) }), by: staff.actor, at: call.now)
        return Views.progress(request, result.state, call.language)
    }
}

/// `POST /api/v1/requests/{id}/decree`: the SK step of a request — record the SK issued for it.
public struct IssueDecreeCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/requests/{id}/decree")
    public static let action = OfficeAction.issueDecree
    public var id: String
    public var decree: DecreeInput
    public var note: String
    /// Departures from the SOP's standard in equipment or output, recorded with the step.
    public var deviations: [DeviationInput]?

    public init(id: String, decree: DecreeInput, note: String = "", deviations: [DeviationInput] = []) {
        self.id = id
        self.decree = decree
        self.note = note
        self.deviations = deviations.isEmpty ? nil : deviations
    }

    /// An SK whose supersession revokes more people than a reconciliation may change without `--force` awaits a
    /// second official's confirmation (four eyes), and the answer says so.
    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> IssuedDecree {
        let draft = try InputParsing.decree(decree)
        let deviations = try InputParsing.deviations(self.deviations ?? [])
        let staff = try call.caller.staff(for: .issueDecree)
        let request = RequestID(rawValue: id)
        let state = try await office.state()
        let today = office.today(call.now)
        var revokes = 0
        if let candidates = state.requests[request]?.candidates {
            let sk: Decree
            do throws(DecreeError) { sk = try Decree(draft: draft, grants: candidates.map(Grant.init(candidate:)), requestID: request) } catch {
                throw .workflow(.invalidDecree(error))
            }
            revokes = FourEyes.revokedBySupersession(sk, in: state, by: staff.actor, at: call.now)
        }
        let options = office.reconcileOptions(apply: false, force: false, actor: staff.uid)
        let confirm = FourEyes.needsConfirmation(
            revokes: revokes, rosterSize: Roster(state: state, on: today).entries.count,
            options: (options.maxChangePercent, options.alwaysAllowedChanges))
        let result = try await office.execute(
            .issueDecree(request: request, step: nil, decree: draft, note: note, awaitsConfirmation: confirm, deviations: deviations),
            by: staff.actor,
            at: call.now)
        return IssuedDecree(
            number: draft.number.description, period: draft.periodText(in: call.language),
            progress: Views.progress(request, result.state, call.language), supersessionRevokes: revokes,
            awaitsConfirmationBy: confirm && office.sop.signStep == nil ? FourEyes.confirmers(office.sop) : nil,
            awaitsSignatureBy: office.sop.signStep.map { "\(office.sop.executorTitles($0)), \($0.id)" })
    }
}

/// `POST /api/v1/requests/{id}/sign`: the sign step — the logged-in Kadis signs the SK drafted for the request, with
/// the scan of the signed SK (sent first with `POST /api/v1/evidence`, document `sk-bertanda-tangan`). The signer's
/// name and NIP come from the directory, never from the form; the SK takes effect, by its dates, from then on.
public struct SignDecreeCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/requests/{id}/sign")
    public static let action = OfficeAction.signDecree
    public var id: String
    public var step: String?
    /// The date written on the signature (YYYY-MM-DD).
    public var signed: String
    /// The kept scan of the signed SK (its SHA-256).
    public var scan: EvidenceInput
    public var note: String
    public var deviations: [DeviationInput]?
    /// Only check: refused as the signature would be, nothing recorded; the scan need not be kept yet.
    public var checkOnly: Bool?

    public init(id: String, step: String? = nil, signed: String, scan: EvidenceInput, note: String = "",
                deviations: [DeviationInput] = [], checkOnly: Bool? = nil) {
        self.id = id
        self.step = step
        self.signed = signed
        self.scan = scan
        self.note = note
        self.deviations = deviations.isEmpty ? nil : deviations
        self.checkOnly = checkOnly
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> SignedDecree {
        let request = RequestID(rawValue: id)
        let signedOn = try InputParsing.date(signed, "--signed")
        let deviations = try InputParsing.deviations(self.deviations ?? [])
        let staff = try call.caller.staff(for: .signDecree)
        let before = try await office.state()
        guard let found = before.requests[request] else { throw .workflow(.unknownRequest(request)) }
        guard let number = found.decreeNumber else {
            let step = before.sop.signStep
            throw .workflow(.missingDecree(request, step: step?.id ?? StepID(rawValue: "sign"),
                                           document: step?.output ?? Decree.signedScanDocument))
        }
        guard scan.sha256?.isEmpty == false else { throw .workflow(.signature(number, .scanMissing)) }
        let evidence = try InputParsing.evidence([scan], sop: office.sop, accepting: FourEyes.scanDocument)
        guard let kept = evidence.values.first else { throw .workflow(.signature(number, .scanMissing)) }
        let command = WorkflowCommand.signDecree(
            request: request, step: step.map { StepID(rawValue: $0) }, signedOn: signedOn, scan: kept, note: note,
            deviations: deviations)
        if checkOnly == true {
            try await office.check(command, by: staff.actor, at: call.now)
            return SignedDecree(number: number.description, people: 0, period: "", signer: staff.actor.displayName,
                                signedOn: signedOn.description, queued: 0, progress: Views.progress(request, before, call.language))
        }
        try await office.requireKeptFiles([scan], for: id, by: staff.actor, document: FourEyes.scanDocument.rawValue)
        let result = try await office.execute(command, by: staff.actor, at: call.now)
        guard let signed = result.state.decrees[number]?.decree, let signer = signed.signer else {
            throw .workflow(.signature(number, .awaitingSignature(request: request, step: StepID(rawValue: step ?? "sign"))))
        }
        return SignedDecree(
            number: number.description, people: signed.grants.count, period: signed.periodText(in: call.language),
            signer: "\(signer.name.displayName) (NIP \(signer.nip.formatted))", signedOn: signedOn.description,
            queued: result.intents.count, progress: Views.progress(request, result.state, call.language))
    }
}
