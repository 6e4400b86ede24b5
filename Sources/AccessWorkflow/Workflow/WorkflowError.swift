public import Foundation

/// Why a command was refused, or why a stored event was refused on replay.
///
/// Every `description` is one sentence saying what is wrong and how to fix it.
public indirect enum WorkflowError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No request has this id.
    case unknownRequest(RequestID)
    /// A request with this id already exists.
    case duplicateRequest(RequestID)
    /// The id is empty, too long or has unusual characters.
    case malformedRequestID(RequestID)
    /// The request kind differs from the SOP's.
    case wrongRequestKind(RequestID, expected: RequestKind, got: RequestKind)
    /// Wrong number of candidates for the request kind.
    case candidateCount(RequestID, kind: RequestKind, count: Int)
    /// A person (NIP or NIK) appears twice among the candidates.
    case duplicateCandidate(RequestID, identifier: String)
    /// A SIAK role not in the catalogue.
    case unknownSIAKRole(SIAKRoleID, known: [SIAKRoleID])
    /// The command or event names a step that is not the current one.
    case wrongStep(RequestID, current: StepID, currentTitle: String, given: StepID)
    /// The request is completed.
    case alreadyCompleted(RequestID)
    /// The request was rejected (final).
    case rejectedFinal(RequestID, reason: String)
    /// The request was cancelled (final).
    case cancelledFinal(RequestID, reason: String)
    /// The request was returned and waits for resubmission.
    case awaitingResubmission(RequestID, reason: String)
    /// Only a returned request can be resubmitted.
    case notReturned(RequestID, status: RequestStatus)
    /// The action does not fit the kind of the current step.
    case wrongAction(RequestID, step: StepID, kind: StepKind, use: Hint)
    /// The actor lacks the step's executor role.
    case missingRole(actor: String, step: StepID, stepTitle: String, required: String)
    /// The actor holds a role of the step's paraf chain, but another link's turn comes first.
    case notYourTurn(actor: String, step: StepID, stepTitle: String, awaited: String, chain: String)
    /// The step still waits for the paraf of an earlier link of its chain.
    case awaitingInitials(RequestID, step: StepID, awaited: String)
    /// Only the step's approver (the completing link of its chain) may do this.
    case notTheApprover(RequestID, step: StepID, action: Action, approver: String)
    /// The actor already initialled this step.
    case initialledTwice(actor: String, step: StepID)
    /// The step does not allow striking names from the list.
    case strikeNotAllowed(RequestID, step: StepID)
    /// A struck person is not a candidate of the request.
    case unknownStruckCandidate(RequestID, person: PersonKey)
    /// Every candidate was struck.
    case allCandidatesStruck(RequestID, step: StepID)
    /// The letter is dated after the request was filed.
    case letterAfterFiling(RequestID, letter: CivilDate, filed: CivilDate)
    /// The letter is registered after the request was filed.
    case registeredAfterFiling(RequestID, registered: Date, filed: Date)
    /// The SOP has another official do this step than the one who did `earlier` (segregation of duties).
    case sameOfficial(actor: String, earlier: StepID, step: StepID)
    /// The letter is registered before the date written on it.
    case registeredBeforeLetter(RequestID, registered: Date, letter: CivilDate)
    /// The actor may not do an action outside the steps (cancel, import, revoke).
    case notPermitted(actor: String, action: Action, allowed: [WorkflowRole])
    /// The actor is the applicant or a candidate of the request.
    case selfDealing(actor: String, request: RequestID)
    /// The actor did the previous step too.
    case consecutiveSteps(actor: String, previous: StepID, step: StepID)
    /// The step does not allow rejection.
    case rejectNotAllowed(RequestID, step: StepID)
    /// The step does not allow return for revision.
    case returnNotAllowed(RequestID, step: StepID)
    /// A required input document is not on record.
    case missingInput(RequestID, step: StepID, document: DocumentID, title: String)
    /// A required SK is not on record.
    case missingDecree(RequestID, step: StepID, document: DocumentID)
    /// Evidence was given for something that takes none.
    case evidenceNotAccepted(document: DocumentID, reason: EvidenceRefusal)
    /// A reason or explanation is empty.
    case emptyReason(action: Action)
    /// The event is earlier than the request's last action.
    case outOfOrder(RequestID, at: Date, last: Date)
    /// An SK with this number is already recorded.
    case duplicateDecree(DecreeNumber)
    /// No SK with this number awaits confirmation.
    case noDecreeAwaitingConfirmation(DecreeNumber, recorded: Bool)
    /// The official who recorded an SK may not confirm it (four eyes).
    case confirmedByRecorder(DecreeNumber, actor: String)
    /// A person an SK names may not confirm it.
    case confirmerNamedOnDecree(DecreeNumber, actor: String)
    /// An SK is confirmed with the scan of the signed SK, kept in the archive.
    case confirmationScanMissing(DecreeNumber)
    /// The Kadis's signature of an SK (the SOP's `sign` step) was refused, or an SK lacks or wrongly carries one.
    case signature(DecreeNumber, SignatureProblem)
    /// An SK issued for a request goes with its request, not on its own.
    case withdrawnWithRequest(DecreeNumber, request: RequestID)
    /// The office's SOP grants access by requests: an SK entered would grant nothing.
    case decreesNotUsed(DecreeNumber)
    /// A new version of the SOP cannot be adopted.
    case sopNotAdoptable(SOPAdoptionProblem)
    /// An access review command was refused.
    case review(ReviewID, ReviewProblem)
    /// An acting assignment, or an act under one, was refused.
    case acting(ActingProblem)
    /// A request or SK names a SIAK role the SOP does not cover.
    case roleNotCovered(SIAKRoleID, person: String, covered: [SIAKRoleID])
    /// One person would hold two roles that conflict (`held`: where the other role comes from, if already held).
    case conflictingRoles(person: String, roles: [SIAKRoleID], held: RosterBasis?, reason: String)
    /// An SK supersedes one that is not recorded.
    case unknownSupersededDecree(DecreeNumber, superseded: DecreeNumber)
    /// An SK does not match the request it is issued for.
    case decreeMismatch(DecreeNumber, RequestID, detail: DecreeMismatch)
    /// Identity warnings that no official has confirmed with a note.
    case unconfirmedWarnings([IdentityWarning])
    /// A confirmation names a warning that the command does not raise.
    case unknownConfirmation(WarningID, known: [WarningID])
    /// A confirmation has no note.
    case emptyConfirmationNote(WarningID)
    /// A person's NIP and NIK disagree in an event recorded before confirmations existed.
    case invalidIdentity(IdentityError)
    /// The SK built from a request's candidates is not valid.
    case invalidDecree(DecreeError)
    /// A request stands at a step the loaded SOP does not have.
    case unknownCurrentStep(RequestID, step: StepID)
    /// A stored event failed re-validation on replay.
    case eventRefused(index: Int, summary: String, reason: WorkflowError)

    /// One sentence: what is wrong and how to fix it.
    public var description: String {
        switch self {
        case .unknownRequest(let id):
            return "there is no request \(id); check the id with the request list"
        case .duplicateRequest(let id):
            return "request \(id) already exists; give the new request its own id"
        case .malformedRequestID(let id):
            return "request id '\(id)' is not usable; use 1–64 letters, digits, '-', '_', '.' or '/', e.g. REQ-2025-0001"
        case let .wrongRequestKind(id, expected, got):
            return "request \(id) is a \(got) request but this office's SOP takes \(expected) requests; file it as \(expected)"
        case let .candidateCount(id, kind, count):
            return kind == .single
                ? "request \(id) names \(count) candidates but this office takes one per request; file one request per person"
                : "request \(id) names no candidates; add at least one person to the proposal list"
        case let .duplicateCandidate(id, identifier):
            return "request \(id) names \(identifier) twice; list each person once"
        case let .unknownSIAKRole(role, known):
            return "SIAK role '\(role)' is not in the catalogue; use one of: \(known.map(\.rawValue).listed)"
        case let .wrongStep(id, current, title, given):
            return "request \(id) is at step \(current) (\(title)), not \(given)"
        case .alreadyCompleted(let id):
            return "request \(id) is already completed; nothing is left to do on it (revoke access to end it)"
        case let .rejectedFinal(id, reason):
            return "request \(id) was rejected (\(reason)) and a rejection is final; file a new request instead"
        case let .cancelledFinal(id, reason):
            return "request \(id) was cancelled (\(reason)) and a cancellation is final; file a new request instead"
        case let .awaitingResubmission(id, reason):
            return "request \(id) was returned for revision (\(reason)); resubmit it before acting on it"
        case let .notReturned(id, status):
            return "request \(id) is \(status), not returned for revision; only a returned request can be resubmitted"
        case let .wrongAction(id, step, kind, use):
            return "step \(step) of request \(id) is a \(kind) step; \(use)"
        case let .missingRole(actor, step, title, required):
            return "\(actor) does not hold the role \(required) that step \(step) (\(title)) needs; ask a member of that group to do it"
        case let .notYourTurn(actor, step, title, awaited, chain):
            return "step \(step) (\(title)) is done in order \(chain) and now waits for \(awaited); \(actor) acts when it is their turn"
        case let .awaitingInitials(id, step, awaited):
            return "step \(step) of request \(id) still waits for the paraf of \(awaited); they initial it with approve first"
        case let .notTheApprover(id, step, action, approver):
            return "at step \(step) of request \(id) only the approver, \(approver), may \(action); initial the step as it is or return it for revision"
        case let .initialledTwice(actor, step):
            return "\(actor) has already initialled step \(step); each link of a paraf chain is done by another official"
        case let .strikeNotAllowed(id, step):
            return "step \(step) of request \(id) does not allow striking names; approve the list whole, return it, or strike at a step the SOP marks mayStrike"
        case let .unknownStruckCandidate(id, person):
            return "\(person) is not a candidate of request \(id); strike only names on the list, by their NIP or NIK"
        case let .allCandidatesStruck(id, step):
            return "every name of request \(id) would be struck at step \(step); reject or return the request instead"
        case let .letterAfterFiling(id, letter, filed):
            return "the letter of request \(id) is dated \(letter), after the filing on \(filed); give the date written on the letter"
        case let .sameOfficial(actor, earlier, step):
            return "\(actor) did step \(earlier) of this request, and the SOP has another official do \(step); ask a colleague who holds the role"
        case let .registeredAfterFiling(id, registered, filed):
            return "the letter of request \(id) is registered at \(Timestamp.iso(registered)), after the filing at \(Timestamp.iso(filed)); give the time written in the agenda"
        case let .registeredBeforeLetter(id, registered, letter):
            return "the letter of request \(id) is registered at \(Timestamp.iso(registered)), before its date \(letter); check the agenda and the letter's date"
        case let .notPermitted(actor, action, allowed):
            return "\(actor) may not \(action); only \(allowed.map(\.rawValue).listed) may, so ask one of them"
        case let .selfDealing(actor, id):
            return "\(actor) is the applicant or a candidate of request \(id) and may not act on it beyond filing; ask a colleague"
        case let .consecutiveSteps(actor, previous, step):
            return "\(actor) did step \(previous) and may not also do the next step \(step); ask another holder of the role"
        case let .rejectNotAllowed(id, step):
            return "step \(step) of request \(id) does not allow rejection; reject at a step the SOP marks mayReject, or cancel"
        case let .returnNotAllowed(id, step):
            return "step \(step) of request \(id) does not allow a return for revision; return it at a step the SOP marks mayReturn"
        case let .missingInput(id, step, document, title):
            return "request \(id) cannot pass step \(step) without \(title) on record; record it with --evidence \(document)=NUMBER or --file \(document)=PATH"
        case let .missingDecree(id, step, document):
            return "request \(id) cannot pass step \(step) without the SK (\(document)); issue the SK at the decree step first"
        case let .evidenceNotAccepted(document, reason):
            return "evidence for '\(document)' is not accepted: \(reason)"
        case .emptyReason(let action):
            return "a \(action) needs a reason; write why in a few words"
        case let .outOfOrder(id, at, last):
            return "an action on request \(id) at \(Timestamp.iso(at)) is earlier than its last action at \(Timestamp.iso(last)); check the clock"
        case .duplicateDecree(let number):
            return "SK \(number) is already recorded; an SK is entered once, so check the number"
        case let .noDecreeAwaitingConfirmation(number, recorded):
            return recorded
                ? "SK \(number) is already in the record and awaits no confirmation"
                : "no SK \(number) awaits confirmation; check the number (`hakakses decree list` shows those that do)"
        case let .confirmedByRecorder(number, actor):
            return "\(actor) recorded SK \(number) and may not also confirm it: a second official confirms it (four eyes)"
        case let .confirmerNamedOnDecree(number, actor):
            return "\(actor) is named on SK \(number) and may not confirm it"
        case .confirmationScanMissing(let number):
            return "SK \(number) is confirmed with the scan of the signed SK (PDF, JPEG or PNG) kept in the office's archive; send the scan"
        case let .signature(number, problem):
            return "SK \(number): \(problem)"
        case let .withdrawnWithRequest(number, request):
            return "SK \(number) was issued for request \(request) and goes with it: cancel or return the request instead"
        case let .unknownSupersededDecree(number, superseded):
            return "SK \(number) supersedes SK \(superseded), which is not recorded; import SK \(superseded) first"
        case let .decreeMismatch(number, id, detail):
            return "SK \(number) does not match request \(id): \(detail)"
        case .unconfirmedWarnings(let warnings):
            let example = warnings.first.map { " (e.g. --confirm \($0.id)=\"\($0.kind.exampleNote)\")" } ?? ""
            return "\(warnings.count == 1 ? "an identity warning needs" : "\(warnings.count) identity warnings need") an official's confirmation with a note before this is recorded: "
                + warnings.map(\.description).joined(separator: "; ")
                + "; correct the data, or confirm each warning by its id with a note, --confirm ID=NOTE\(example)"
        case let .unknownConfirmation(id, known):
            return "the confirmation of '\(id)' matches no warning of this command; remove it (warnings raised: \(known.map(\.rawValue).listed))"
        case .emptyConfirmationNote(let id):
            return "the confirmation of '\(id)' has no note; write why the data is right, e.g. the decree that corrected the birth date"
        case .invalidIdentity(let error):
            return error.description
        case .invalidDecree(let error):
            return error.description
        case .sopNotAdoptable(let problem):
            return "the SOP cannot be adopted: \(problem)"
        case let .review(id, problem):
            return "review \(id): \(problem)"
        case .acting(let problem):
            return "acting assignment: \(problem)"
        case .decreesNotUsed(let number):
            return "SK \(number) cannot be entered: this office's SOP grants access through requests (rosterSource: requests), so an SK would grant nothing; file a request for each person"
        case let .roleNotCovered(role, person, covered):
            return "\(person) is proposed as \(role), a role this office's SOP does not cover (it covers \(covered.map(\.rawValue).listed)); propose one of those, or widen siakRoles in the SOP file"
        case let .conflictingRoles(person, roles, held, reason):
            let source = held.map { " (\(roles[0]) is held through \($0))" } ?? ""
            return "\(person) would hold both \(roles.map(\.rawValue).listed)\(source), which one person may not (\(reason)); propose another person, or revoke the other role first"
        case let .unknownCurrentStep(id, step):
            return "request \(id) is at step \(step), which this SOP does not have; load the SOP the request was filed under"
        case let .eventRefused(index, summary, reason):
            return "stored event #\(index) (\(summary)) was refused on replay because \(reason.description); the event log has been altered or written by a faulty program, so restore it from a verified copy"
        }
    }
}
