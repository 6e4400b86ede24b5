/// Everything an official, a browser or a CLI can ask of the office server: one case per API route, and the pages
/// and forms of the web use the case of the operation they show or post. ``AccessPolicy/rule(for:)`` says who may do
/// each; every ``OfficeOperation`` names its action (``OfficeOperation/action``), so an operation without a rule does
/// not compile.
public enum OfficeAction: String, Sendable, Hashable, CaseIterable, Codable {
    // Without an official's roles
    case health, login, logout, whoAmI
    // Reading the workflow
    case readProfile, readInbox, listRequests, readRequest, readSLA
    // Requests
    case fileRequest, resubmitRequest, cancelRequest, approveStep, rejectRequest, returnRequest
    // SKs
    case readRequestStatus
    // An operator's own account
    case changeOwnPassword, requestPasswordReset
    case startReview, listReviews, readReview, decideReview, signReview, reviewsDue
    case assignActing, listActing
    case issueDecree, signDecree, listDecrees, readDecree, exportDecree, importDecree, confirmDecree, withdrawDecree
    // Who holds access, and the record of everything
    case readRoster, exportRoster, readAudit
    // Accounts in the directory
    case sync, handover, revoke, reconcileDryRun, reconcileApply
    // Documents and evidence
    case printDocument, listArchive, readArchiveFile, storeEvidence
    // Sessions of other officials
    case endSessions
    // The office's replica on a second machine (its token, never an official's session)
    case replicate
}
