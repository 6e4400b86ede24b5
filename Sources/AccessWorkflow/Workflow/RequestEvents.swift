public import Foundation

// Payloads of the events about one request. Field names are part of the stored JSON shape: never rename or
// retype a field; add a new event case instead. Fields added later are optional and left out of the JSON when not
// used, so that events recorded before them decode and replay as they did.

/// A request was filed; completes the SOP's submit step.
public struct RequestFiled: Sendable, Hashable, Codable {
    /// When (UTC, millisecond precision).
    @EventInstant public private(set) var at: Date
    /// Who recorded the filing.
    public let actor: WorkflowActor
    /// The new request's id.
    public let request: RequestID
    /// List or single.
    public let kind: RequestKind
    /// The submit step.
    public let step: StepID
    /// The applicant (pemohon).
    public let applicant: Person
    /// The candidates.
    public let candidates: [Candidate]
    /// A free note.
    public let note: String
    /// Evidence supplied at filing, e.g. the surat permohonan.
    public let evidence: [DocumentID: Evidence]
    /// Identity warnings confirmed by the filer, with their notes. Nil only in events recorded before confirmations
    /// existed (then a NIP/NIK disagreement was refused outright, and replay keeps that rule).
    public let confirmations: [WarningID: String]?
    /// True if filed as a draft: the submit step stays open, timed from the filing, until it is submitted with
    /// `approve`. Nil (absent) for an ordinary filing, which completes the submit step.
    public let draft: Bool?
    /// The date of the letter (surat permohonan, surat usulan), if recorded (printed on documents).
    public let letterDate: CivilDate?
    /// The letter's registration in the office's agenda, if recorded: the submit step is timed from it.
    public let registration: LetterRegistration?
    /// True if a candidate without a NIP or NI PPPK raised the no-NIP warning (every event since that check existed);
    /// nil in events recorded before, which replay as they were recorded.
    public let nipWarning: Bool?

    /// Creates the payload.
    public init(at: Date, actor: WorkflowActor, request: RequestID, kind: RequestKind, step: StepID, applicant: Person,
                candidates: [Candidate], note: String, evidence: [DocumentID: Evidence],
                confirmations: [WarningID: String]? = nil, draft: Bool = false, letterDate: CivilDate? = nil,
                registration: LetterRegistration? = nil, nipWarning: Bool = false) {
        self.at = at
        self.actor = actor
        self.request = request
        self.kind = kind
        self.step = step
        self.applicant = applicant
        self.candidates = candidates
        self.note = note
        self.evidence = evidence
        self.confirmations = confirmations
        self.draft = draft ? true : nil
        self.letterDate = letterDate
        self.registration = registration
        self.nipWarning = nipWarning ? true : nil
    }

    /// True if filed as a draft.
    public var isDraft: Bool { draft == true }

    /// Everyone whose identity the filing records: the applicant and the candidates.
    var persons: [Person] { [applicant] + candidates.map(\.person) }
}

/// A review or provision step was done (approval, disposition, account creation); also used for handover, for
/// submitting a draft, and for the paraf (initials) of one link of a chain.
public struct StepApproved: Sendable, Hashable, Codable {
    /// When.
    @EventInstant public private(set) var at: Date
    /// Who did the step.
    public let actor: WorkflowActor
    /// The request.
    public let request: RequestID
    /// The step done (must be the current one).
    public let step: StepID
    /// A free note.
    public let note: String
    /// Evidence for this step's output and any missing inputs.
    public let evidence: [DocumentID: Evidence]
    /// Names struck from the list by the step's approver (partial approval); nil (absent) when none.
    public let struck: [StruckCandidate]?
    /// Departures from the SOP's standard recorded with the step (equipment, output); nil (absent) when none.
    public let deviations: [Deviation]?

    /// Creates the payload.
    public init(at: Date, actor: WorkflowActor, request: RequestID, step: StepID, note: String,
                evidence: [DocumentID: Evidence], struck: [StruckCandidate] = [], deviations: [Deviation] = []) {
        self.at = at
        self.actor = actor
        self.request = request
        self.step = step
        self.note = note
        self.evidence = evidence
        self.struck = struck.isEmpty ? nil : struck
        self.deviations = deviations.isEmpty ? nil : deviations
    }

    /// The struck names, or none.
    public var struckCandidates: [StruckCandidate] { struck ?? [] }
}

/// The request was stopped at a step: rejected for good, or returned to the first step for revision.
public struct RequestStopped: Sendable, Hashable, Codable {
    /// When.
    @EventInstant public private(set) var at: Date
    /// Who stopped it.
    public let actor: WorkflowActor
    /// The request.
    public let request: RequestID
    /// The current step at which it was stopped.
    public let step: StepID
    /// Why.
    public let reason: String

    /// Creates the payload.
    public init(at: Date, actor: WorkflowActor, request: RequestID, step: StepID, reason: String) {
        self.at = at
        self.actor = actor
        self.request = request
        self.step = step
        self.reason = reason
    }
}

/// A returned request was filed again, optionally with a new candidate list; completes the submit step again.
public struct RequestResubmitted: Sendable, Hashable, Codable {
    /// When.
    @EventInstant public private(set) var at: Date
    /// Who resubmitted it.
    public let actor: WorkflowActor
    /// The request.
    public let request: RequestID
    /// The submit step.
    public let step: StepID
    /// The new candidate list, or nil to keep the previous one.
    public let candidates: [Candidate]?
    /// A free note, e.g. what was revised.
    public let note: String
    /// New or corrected evidence.
    public let evidence: [DocumentID: Evidence]
    /// Identity warnings of the new candidates confirmed with notes; nil only in events recorded before
    /// confirmations existed.
    public let confirmations: [WarningID: String]?
    /// True if a candidate without a NIP or NI PPPK raised the no-NIP warning (every event since that check existed);
    /// nil in events recorded before, which replay as they were recorded.
    public let nipWarning: Bool?

    /// Creates the payload.
    public init(at: Date, actor: WorkflowActor, request: RequestID, step: StepID, candidates: [Candidate]?,
                note: String, evidence: [DocumentID: Evidence], confirmations: [WarningID: String]? = nil,
                nipWarning: Bool = false) {
        self.at = at
        self.actor = actor
        self.request = request
        self.step = step
        self.candidates = candidates
        self.note = note
        self.evidence = evidence
        self.confirmations = confirmations
        self.nipWarning = nipWarning ? true : nil
    }
}

/// The request was withdrawn (final).
public struct RequestCancelled: Sendable, Hashable, Codable {
    /// When.
    @EventInstant public private(set) var at: Date
    /// Who cancelled it (the filer or a holder of a cancel role).
    public let actor: WorkflowActor
    /// The request.
    public let request: RequestID
    /// Why.
    public let reason: String

    /// Creates the payload.
    public init(at: Date, actor: WorkflowActor, request: RequestID, reason: String) {
        self.at = at
        self.actor = actor
        self.request = request
        self.reason = reason
    }
}
