/// A new request as filed.
public struct FileRequest: Sendable, Hashable {
    /// The caller-given id, e.g. "REQ-2025-0001".
    public let id: RequestID
    /// The applicant (pemohon).
    public let applicant: Person
    /// The candidates (one for single-request offices).
    public let candidates: [Candidate]
    /// A free note.
    public let note: String
    /// Evidence for the submit step's inputs and output, e.g. the surat permohonan.
    public let evidence: [DocumentID: Evidence]
    /// Identity warnings of the applicant and candidates that the filer confirms, each with a note (see
    /// ``IdentityWarning``); the filing is refused while a warning is unconfirmed.
    public let confirmations: [WarningID: String]
    /// File as a draft: the submit step stays open, timed from now, until it is submitted with
    /// ``WorkflowCommand/approve(request:step:note:evidence:struck:)``; its inputs are needed only then.
    public let draft: Bool
    /// The date of the letter, if it is to be recorded: the submit step is then timed from the start of that day.
    public let letterDate: CivilDate?
    /// The letter's registration in the office's agenda, if recorded: the submit step is then timed from it.
    public let registration: LetterRegistration?

    /// Creates a filing.
    public init(id: RequestID, applicant: Person, candidates: [Candidate], note: String = "",
                evidence: [DocumentID: Evidence] = [:], confirmations: [WarningID: String] = [:], draft: Bool = false,
                letterDate: CivilDate? = nil, registration: LetterRegistration? = nil) {
        self.id = id
        self.applicant = applicant
        self.candidates = candidates
        self.note = note
        self.evidence = evidence
        self.confirmations = confirmations
        self.draft = draft
        self.letterDate = letterDate
        self.registration = registration
    }

    /// The same filing under another id (used to allocate ids).
    public func with(id: RequestID) -> FileRequest {
        FileRequest(id: id, applicant: applicant, candidates: candidates, note: note, evidence: evidence,
                    confirmations: confirmations, draft: draft, letterDate: letterDate, registration: registration)
    }

    /// The identity warnings this filing raises (applicant first, then the candidates in order), each once.
    public var warnings: [IdentityWarning] {
        var seen: Set<WarningID> = []
        return (applicant.warnings + candidates.flatMap(\.warnings)).filter { seen.insert($0.id).inserted }
    }
}

/// Something a staff member asks the workflow to do. ``WorkflowState/decide(_:by:at:)`` checks it and returns the
/// events to store. Where a command takes `step`, nil means "the current step"; giving it guards against acting on
/// a request that moved on meanwhile.
public enum WorkflowCommand: Sendable, Hashable {
    /// File a new request (completes the submit step, unless filed as a draft).
    case file(FileRequest)
    /// Do the current step, or the current link of its paraf chain: approve a review (optionally striking names
    /// from a list, where the SOP allows it), submit a draft, create accounts, or initial a step for the next link.
    case approve(request: RequestID, step: StepID? = nil, note: String = "", evidence: [DocumentID: Evidence] = [:],
                 struck: [StruckCandidate] = [], deviations: [Deviation] = [])
    /// Reject the request at its current step (only where the SOP allows it; final).
    case reject(request: RequestID, step: StepID? = nil, reason: String)
    /// Return the request to the first step for revision (only where the SOP allows it).
    case returnForRevision(request: RequestID, step: StepID? = nil, reason: String)
    /// File a returned request again, optionally with a new candidate list (whose identity warnings must be
    /// confirmed) and evidence.
    case resubmit(request: RequestID, candidates: [Candidate]? = nil, note: String = "",
                  evidence: [DocumentID: Evidence] = [:], confirmations: [WarningID: String] = [:])
    /// Withdraw the request (the filer or a holder of a cancel role; final).
    case cancel(request: RequestID, reason: String)
    /// Issue the SK for the request at its decree step; with `awaitsConfirmation` it takes effect only when a second
    /// official confirms it (the office decides that for a supersession revoking many people).
    case issueDecree(request: RequestID, step: StepID? = nil, decree: DecreeDraft, note: String = "",
                     awaitsConfirmation: Bool = false, deviations: [Deviation] = [])
    /// Sign, as the Kadis, the SK drafted for the request (its sign step): the signer is the actor (name and NIP from
    /// the directory), `signedOn` the date on the signature, `scan` the kept scan of the signed SK.
    case signDecree(request: RequestID, step: StepID? = nil, signedOn: CivilDate, scan: Evidence, note: String = "",
                    deviations: [Deviation] = [])
    /// Enter an existing SK from its attachment; identity warnings of its grants must be confirmed. It takes effect
    /// only when a second official confirms it (``confirmDecree(_:scan:note:)``).
    case importDecree(Decree, note: String = "", confirmations: [WarningID: String] = [:])
    /// Confirm, as a second official, an SK that awaits confirmation, with the scan of the signed SK.
    case confirmDecree(DecreeNumber, scan: Evidence, note: String = "")
    /// Withdraw (its recorder) or refuse (a confirming role) an imported SK that awaits confirmation.
    case withdrawDecree(DecreeNumber, reason: String)
    /// Record that the username and password were received (the handover step).
    case recordHandover(request: RequestID, step: StepID? = nil, note: String = "",
                        evidence: [DocumentID: Evidence] = [:], deviations: [Deviation] = [])
    /// Revoke all SIAK roles of a person.
    case revoke(person: PersonKey, reason: RevocationReason, text: String)
    /// Adopt a new version of the SOP: `text` is the whole file, `sha256` its hash as the caller computed it; at the
    /// first adoption `original` is the text of the SOP file the office ran under until now (kept in the log).
    case adoptSOP(text: String, sha256: String, original: String?, note: String)
    /// Start an access review of everyone on today's roster, decisions due by `dueOn`.
    case startReview(ReviewID, dueOn: CivilDate, note: String)
    /// Confirm (`keep`) or remove one holder in an open review; a removal needs its reason in `note`.
    case decideReview(ReviewID, person: PersonKey, keep: Bool, note: String)
    /// Sign an open review off, as the Kadis.
    case signReview(ReviewID, note: String)
    /// Record that official `uid` acts (Plt./Plh.) in `role` from `from` to `until`, by letter `letter`.
    case assignActing(uid: String, role: WorkflowRole, kind: ActingKind, from: CivilDate, until: CivilDate, letter: String)

    /// The request a command acts on, if any (filing names the request it creates).
    public var requestID: RequestID? {
        switch self {
        case .file(let filing): filing.id
        case .approve(let id, _, _, _, _, _), .reject(let id, _, _), .returnForRevision(let id, _, _),
             .resubmit(let id, _, _, _, _), .cancel(let id, _), .issueDecree(let id, _, _, _, _, _),
             .signDecree(let id, _, _, _, _, _), .recordHandover(let id, _, _, _, _):
            id
        case .importDecree, .confirmDecree, .withdrawDecree, .revoke, .adoptSOP, .startReview, .decideReview, .signReview,
             .assignActing:
            nil
        }
    }
}
