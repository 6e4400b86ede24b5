public import AccessStore
public import AccessWorkflow

/// The sentence of an ``OfficeError`` that the office (or a shell) says itself — not one of the core's typed errors:
/// a key with its parameters, said in English by `description` (``OfficeMessage+English.swift``) and in Bahasa
/// Indonesia by `text(in:)` (``OfficeMessage+Indonesian.swift``). Errors of other modules travel typed inside
/// (``identity(_:)``, ``roster(file:_:)``, …) and are said in the same language.
///
/// A new message is a new case here, its English sentence and its Indonesian sentence; the compiler refuses a case
/// without both, and `LanguageCoverageTests` checks that the two differ.
public indirect enum OfficeMessage: Sendable, Hashable {
    // MARK: Data refused by the core, with what it was about
    case identity(IdentityError)
    case request(RequestError)
    case decree(DecreeError)
    case workflow(WorkflowError)
    case labelled(String, OfficeMessage)
    case dateInvalid(label: String, text: String, IdentityError)
    /// A time that is not "YYYY-MM-DD HH:MM" in office time (nor an ISO 8601 instant).
    case timeInvalid(label: String, text: String)
    /// An agenda number without the time of registration, or the other way round.
    case registrationIncomplete
    /// A deviation of a kind other than equipment or output.
    case deviationKindUnknown(String)
    /// A deviation given with a handover that does not complete the handover step.
    case deviationNotLastHandover
    case evidenceInvalid(document: String, RequestError)
    case candidateLine(file: String, line: Int, RequestError)
    /// A technical failure with no sentence of its own (a foreign error's description).
    case detail(String)
    /// A sentence made where it is said, given there in both languages (documents, evidence, notifications, pages).
    case said(Phrase)

    // MARK: Input of staff commands
    case noCandidates
    case candidatesTwice
    case listNotRead(file: String, RosterCSVError)
    case oneRolePerPerson(file: String, line: Int, name: String, roles: Int)
    case roleMissing(known: [String])
    case unitMissing
    case unknownRole(String, known: [String])
    case noSuchRequest(String)
    case notACandidate(String, request: String, candidates: String)
    case unknownDocument(String, known: [String])
    case unknownPerson(String)
    case statusUnknown(String, known: [String])
    case revocationReasonUnknown(String, known: [String])
    case limitOutOfRange(Int)
    case noApplicantNIP
    case filedWithoutID
    case receivedByMissing
    case attachmentNotImported(file: String, RosterCSVError)
    case noSuchDecree(DecreeNumber)
    case fileDamaged(String)

    // MARK: Rules of the office
    case reconcileApplyRole(String)
    case decreeByApprove(request: String, step: String, title: String)
    case handoverTooEarly(request: String, step: String, title: String)
    case noAccountCreationStep
    case handoverRole(String)
    case ownPassword
    case officialOnly(StaffAction)
    /// The access policy's refusal (``AccessPolicy``).
    case access(AccessRefusal)

    // MARK: Logging in
    case notStaffLogin(String)
    case noPassword
    case directoryUnreachable(code: String, diagnostic: String)
    case mustChangePassword(uid: String, uri: String, dn: String)
    case staffEntryUnusable(uid: String, RequestError)
    case accountLocked(String)
    case wrongPassword(String)
    case loginRefused(uid: String, detail: String)
    case loginFailed(uid: String, detail: String)

    // MARK: The HTTP API and its client
    case jsonRequired
    case jsonLoginRequired
    case notLoggedIn
    case csrfMissing
    case loginShape
    case bodyUnreadable(maxMiB: Int, detail: String)
    case bodyTooLarge(limitKiB: Int)
    case recoverFirst(AnchorMismatch)
    case reanchorReasonMissing
    case nearlyEmptyLog(head: Int64, anchor: Int64)
    case whoRecovers
    case backupUnwritable(path: String, detail: String)
    case notABackup(String, reason: BackupRefusal)
    /// A restored database whose anchor could not be checked yet: nothing changes until it is.
    case restoredUnchecked(source: String, restoredAt: String)
    /// The replica in the folder stopped following the server, keeping nothing of its answer.
    case replicaStopped(String, reason: ReplicaRefusal)
    case keyBesideBackup(key: String, backup: String)
    case databaseExists(String)
    case answerUnencodable(String)
    case operationNotObject(String)
    case operationUnencodable(String, detail: String)
    case parameterMissing(String)
    case queryUnreadable(String)
    /// A required query parameter left out of the address.
    case queryParameterMissing(String)
    /// A query parameter whose value is not of its type.
    case queryParameterType(name: String, value: String, expected: QueryDecodingError.Expected)
    /// A query parameter that cannot be given in a query (a list or an object).
    case queryParameterUnsupported(String)
    case bodyNotObject
    case fieldMissing(String)
    case fieldType(String)
    case requestUnreadable(String)
    case serverURL(String)
    case plainHTTPServer(String)
    case loginUnencodable(String)
    case serverAnswerUnreadable(server: String, detail: String)
    case urlUnbuildable(String)
    case serverUnreachable(server: String, detail: String)
    case serverStatus(server: String, code: Int, reason: String)

    // MARK: The database and its one writer
    case lockUnopenable(path: String, reason: String)
    case lockFailed(path: String, reason: String)
    case databaseOwned(path: String, holder: String)

    // MARK: Configuration (the administrator's)
    case listenAddress(String)
    case tlsUnusable(certificate: String, key: String, detail: String)
    case tlsHalf
    case plainHTTPRefused(listen: String)
    case notServerConfiguration(path: String, missing: String)
    case sopInvalid(path: String, ConfigError)
    case sopUnreadable(path: String, detail: String)
    case rolesInvalid(path: String, ConfigError)
    case rolesUnreadable(path: String, detail: String)
    case noAuditKeyNamed(String)
    case nameParticles(String, path: String)
    case collisions(String, path: String)
    case usernameRule(path: String, UsernameError)
    case directoryUnset(String)
    case noConfiguration(String)
    case auditKey(AuditKeyError)
    case noDatabase(path: String, configuration: String)
    case localDirectoryNotStarted(String)
    case baseDNMissing(String)
    case bridgeAccountMissing(String)
    case bridgePasswordUnreadable(String)
    case configurationUnreadable(path: String, detail: String)
    case configurationInvalid(path: String, detail: String)

    // MARK: The CLI
    case whoAreYou
    case confirmForm(String)
    case confirmNote(String)
    case fileUnreadable(document: String, path: String)
    case optionForm(flag: String, item: String)
    case optionValue(flag: String, document: String)
    case uploadUnreadable(Upload, path: String)
    case rehearsalTime(String)
    case passwordFileUnreadable(String)
    case passwordFileEmpty(String)
    case noTerminal
    case strikeForm(String)
    case baseDNInvalid(String, detail: String)
    case noLocalDirectory(String)
    case noLocalDirectoryRunning(String)
    case expectedHeadMissing(String)
    case keyAlreadyNamed(path: String, key: String)
    case nothingLost(AuditAnchor)
    case configurationExists(String)
    case noShippedSOP(String)
    case officeOrSOP
    case sopFileInvalid(path: String, ConfigError)
    case staffOnlyLocal(String)
    case localDirectoryUnusable(String)
    case nameInvalid(IdentityError)
    case nipInvalid(IdentityError)
    case unknownWorkflowRole(String, known: [String])
    case staffExists(String)
    case staffNotAdded(uid: String, detail: String)
    case staffNotRead(String)

    /// What needs a logged-in official (``officialOnly(_:)``).
    public enum StaffAction: Sendable, Hashable, CaseIterable {
        case inbox, whoAmI, file, resubmit, cancel, approve, reject, returnRequest, issueDecree, signDecree, review, acting, importDecree, confirmDecree, handover, revoke
        case printDocument, sendEvidence
    }

    /// What a spreadsheet given to the CLI is.
    public enum Upload: Sendable, Hashable, CaseIterable {
        case decreeAttachment, proposalList
    }

    /// The message for any error thrown while reading input: the core's typed errors keep their type, an office
    /// error is the caller's to rethrow, anything else is a technical detail.
    public static func input(_ error: any Error) -> OfficeMessage {
        switch error {
        case let error as IdentityError: .identity(error)
        case let error as RequestError: .request(error)
        case let error as DecreeError: .decree(error)
        case let error as WorkflowError: .workflow(error)
        default: .detail(String(describing: error))
        }
    }
}
