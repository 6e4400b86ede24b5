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

    /// Creates a filing.
    public init(id: RequestID, applicant: Person, candidates: [Candidate], note: String = "",
                evidence: [DocumentID: Evidence] = [:]) {
        self.id = id
        self.applicant = applicant
        self.candidates = candidates
        self.note = note
        self.evidence = evidence
    }
}

/// Something a staff member asks the workflow to do. ``WorkflowState/decide(_:by:at:)`` checks it and returns the
/// events to store. Where a command takes `step`, nil means "the current step"; giving it guards against acting on
/// a request that moved on meanwhile.
public enum WorkflowCommand: Sendable, Hashable {
    /// File a new request (completes the submit step).
    case file(FileRequest)
    /// Approve or do the current review, provision or handover step.
    case approve(request: RequestID, step: StepID? = nil, note: String = "", evidence: [DocumentID: Evidence] = [:])
    /// Reject the request at its current step (only where the SOP allows it; final).
    case reject(request: RequestID, step: StepID? = nil, reason: String)
    /// Return the request to the first step for revision (only where the SOP allows it).
    case returnForRevision(request: RequestID, step: StepID? = nil, reason: String)
    /// File a returned request again, optionally with a new candidate list and evidence.
    case resubmit(request: RequestID, candidates: [Candidate]? = nil, note: String = "",
                  evidence: [DocumentID: Evidence] = [:])
    /// Withdraw the request (the filer or a holder of a cancel role; final).
    case cancel(request: RequestID, reason: String)
    /// Issue the SK for the request at its decree step.
    case issueDecree(request: RequestID, step: StepID? = nil, decree: DecreeDraft, note: String = "")
    /// Enter an existing SK from its attachment.
    case importDecree(Decree, note: String = "")
    /// Record that the username and password were received (the handover step).
    case recordHandover(request: RequestID, step: StepID? = nil, note: String = "",
                        evidence: [DocumentID: Evidence] = [:])
    /// Revoke all SIAK roles of a person.
    case revoke(person: PersonKey, reason: RevocationReason, text: String)
}
