public import AccessWorkflow

/// Why the store refused or failed an operation. Every `description` is one sentence saying what is wrong and what
/// to do about it.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The folder that should hold the database file does not exist.
    case folderMissing(String)
    /// The database file could not be created or opened.
    case cannotOpen(path: String, reason: String)
    /// Another process held the database longer than the busy timeout.
    case busy
    /// SQLite reported an error.
    case database(String)
    /// The workflow refused the command; nothing was written.
    case workflow(WorkflowError)
    /// A stored workflow record does not decode as a workflow event.
    case undecodableRecord(seq: Int64, reason: String)
    /// A stored workflow record was refused when the log was replayed.
    /// `authenticated`: the record's code under the audit key is valid (see ``AuditProblem/refused(_:authenticated:)``).
    case replayRefused(seq: Int64, reason: WorkflowError, authenticated: Bool)
    /// A record of the audit log is missing, out of chain, edited or not authenticated by the audit key.
    case auditBroken(AuditBreak)
    /// The directory's anchor shows that the audit log once went further than it does now (or elsewhere).
    case anchorMismatch(AnchorMismatch)
    /// Sealing was refused: the log has no records to seal, or does not verify.
    case sealRefused(String)
    /// A stored value is not in the form the store writes.
    case invalidStoredValue(table: String, column: String, value: String)
    /// A system record kind is not a lowercase dotted name, or is reserved.
    case invalidKind(String)
    /// A value could not be encoded as JSON.
    case encoding(String)
    /// No outbox row has this id.
    case unknownOutbox(Int64)
    /// The outbox row is already finished.
    case outboxFinished(Int64, state: String)
    /// The username belongs to another person.
    case usernameTaken(String, owner: PersonKey)
    /// The username is empty or has whitespace or control characters.
    case invalidUsername(String)
    /// The username generator failed.
    case usernameGeneration(PersonKey, reason: String)
    /// The SOP file the office was opened with is not the version last adopted in the log.
    case sopNotAdopted(version: Int, sha256: String?)
    /// The request id prefix is unusable.
    case invalidRequestIDPrefix(String)
    /// No SK has this number.
    case unknownDecree(DecreeNumber)
    /// Code running inside a store operation failed; any change it made was rolled back.
    case aborted(String)
    /// A replicated record does not follow this copy's last record.
    case replicationGap(expected: Int64, got: Int64)
    /// A replicated record's hash is not its fields' hash, or its code was not made with this store's audit key.
    case replicationUnauthentic(seq: Int64)

    /// One sentence: what is wrong and what to do.
    public var description: String {
        switch self {
        case .folderMissing(let path):
            return "the folder \(path) does not exist; create it or choose a database path in an existing folder"
        case let .cannotOpen(path, reason):
            return "the database \(path) cannot be opened (\(reason)); check the path and its permissions"
        case .busy:
            return "the database stayed locked by another process for longer than the busy timeout; wait for it to finish and try again"
        case .database(let message):
            return "the database reported an error (\(message)); run verify and check the disk"
        case .workflow(let error):
            return error.description
        case let .undecodableRecord(seq, reason):
            return "audit record #\(seq) is not a readable workflow event (\(reason)); the log was altered or written by a newer version, so run verify and restore from a verified copy"
        case let .replayRefused(seq, reason, authenticated):
            guard authenticated else {
                return "audit record #\(seq) was refused on replay because \(Self.innermost(reason)); the log was altered or written by a faulty program, so run verify and restore from a verified copy"
            }
            return "audit record #\(seq) was refused on replay because \(Self.innermost(reason)), yet its code under the audit key is valid: either the SOP or roles file was changed after the record was written (put back the file the records were made under; a new SOP is adopted with `hakakses sop adopt FILE`, never by editing the office's copy), or someone holding the audit key wrote it (restore from a verified copy)"
        case .auditBroken(let problem):
            return problem.description
        case .anchorMismatch(let mismatch):
            return mismatch.description
        case let .sopNotAdopted(version, sha256):
            return "the office's SOP file is not the version the audit log adopted last (version \(version)\(sha256.map { ", SHA-256 \($0.prefix(12))…" } ?? "")): it was edited in place; put back that file (`hakakses sop` on a copy of the office prints which), and adopt an edited SOP with `hakakses sop adopt FILE`"
        case .sealRefused(let reason):
            return "the audit log was not sealed: \(reason)"
        case let .invalidStoredValue(table, column, value):
            return "\(table).\(column) holds '\(value)', which this program never writes; run verify and restore from a verified copy"
        case .invalidKind(let kind):
            return "record kind '\(kind)' is not allowed; use a lowercase dotted name such as sync.applied (workflow records are written only by execute)"
        case .encoding(let reason):
            return "the record could not be encoded as JSON (\(reason)); pass plain strings, numbers, arrays and objects"
        case .unknownOutbox(let id):
            return "there is no outbox row \(id); list the due rows again"
        case let .outboxFinished(id, state):
            return "outbox row \(id) is already \(state); another process has handled it, so list the due rows again"
        case let .usernameTaken(username, owner):
            return "username '\(username)' already belongs to \(owner) and usernames are never reused; generate another one"
        case .invalidUsername(let username):
            return "username '\(username)' is empty or contains spaces or control characters; generate a plain login name"
        case let .usernameGeneration(person, reason):
            return "no username could be generated for \(person) (\(reason)); fix the person's name or choose a username by hand"
        case .invalidRequestIDPrefix(let prefix):
            return "request id prefix '\(prefix)' is not usable; use 1–16 ASCII letters or digits such as REQ"
        case .unknownDecree(let number):
            return "there is no SK \(number); check the number with the SK list"
        case .aborted(let reason):
            return "the operation stopped, and any change it made was rolled back, because \(reason)"
        case let .replicationGap(expected, got):
            return "the copy expected audit record #\(expected) next but was sent #\(got) (or a record that does not extend its chain): this copy and the office's log have diverged; start a new copy"
        case .replicationUnauthentic(let seq):
            return "audit record #\(seq) as sent does not carry its own hash or an authentication code of this copy's audit key: nothing was kept; check that the copy has the office's audit key and that nothing alters the records on their way"
        }
    }

    /// The reason inside an `eventRefused` wrapper, so the sentence names the stored seq only once.
    private static func innermost(_ error: WorkflowError) -> String {
        if case let .eventRefused(_, _, reason) = error { return reason.description }
        return error.description
    }
}
