public import Foundation

/// A request for SIAK access as it stands after folding its events: who asked for whom, where it is, what is on
/// record. Built only by ``WorkflowState``.
public struct AccessRequest: Sendable, Hashable, Codable, Identifiable {
    /// The caller-given id, e.g. "REQ-2025-0001".
    public let id: RequestID
    /// A list of candidates or a single one, as the SOP says.
    public let kind: RequestKind
    /// The applicant (pemohon): for a list, the official who proposes it.
    public internal(set) var applicant: Person
    /// The candidates (one for `single`, one or more for `list`); names struck by an approver are no longer here.
    public internal(set) var candidates: [Candidate]
    /// Names struck from the list by an approver (partial approval), in order.
    public internal(set) var struck: [StrikeRecord]
    /// The uid of the staff member who filed the request.
    public let filedBy: String
    /// When the request was first filed.
    public let filedAt: Date
    /// The date of the letter (surat permohonan or usulan) if it was recorded: the submit step is timed from it.
    public let letterDate: CivilDate?
    /// The letter's registration in the office's agenda, if recorded: the submit step is timed from it.
    public let registration: LetterRegistration?
    /// Where the request stands.
    public internal(set) var status: RequestStatus
    /// Every action, in order, including those voided by a return for revision.
    public internal(set) var records: [StepRecord]
    /// The latest evidence on record per document.
    public internal(set) var evidence: [DocumentID: Evidence]
    /// The number of the SK issued for this request, if any.
    public internal(set) var decreeNumber: DecreeNumber?
    /// The version of the SOP in force when it was filed (``WorkflowState/sopVersions``; 0 for the office's
    /// original): it is decided and replayed under that version to the end.
    public internal(set) var sopVersion: Int

    init(id: RequestID, kind: RequestKind, applicant: Person, candidates: [Candidate], filedBy: String, filedAt: Date,
         letterDate: CivilDate? = nil, registration: LetterRegistration? = nil, status: RequestStatus) {
        self.id = id
        self.kind = kind
        self.applicant = applicant
        self.candidates = candidates
        self.struck = []
        self.filedBy = filedBy
        self.filedAt = filedAt
        self.letterDate = letterDate
        self.registration = registration
        self.status = status
        self.records = []
        self.evidence = [:]
        self.decreeNumber = nil
        self.sopVersion = 0
    }

    /// Actions not voided by a return for revision.
    public var activeRecords: [StepRecord] { records.filter { !$0.voided } }

    /// The action that completed `step` in the current round, if the step is done.
    public func completion(of step: StepID) -> StepRecord? {
        activeRecords.last { $0.step == step && $0.outcome.completesStep }
    }

    /// The actions of the current round on `step` that initialled it (paraf), in order.
    public func initials(of step: StepID) -> [StepRecord] {
        activeRecords.filter { $0.step == step && $0.outcome == .initialled }
    }

    /// The time of the latest action (or the filing time).
    public var lastActivity: Date { records.last?.at ?? filedAt }

    /// True if the actor is the applicant or one of the candidates (matched by NIP or uid).
    public func involves(_ actor: WorkflowActor) -> Bool {
        applicant.isSamePerson(as: actor) || candidates.contains { $0.person.isSamePerson(as: actor) }
    }
}
