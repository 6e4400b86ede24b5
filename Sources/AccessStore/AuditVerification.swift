public import AccessWorkflow

/// The outcome of ``AccessStore/verify(sop:catalogue:)``.
public enum AuditVerification: Sendable, Hashable, CustomStringConvertible {
    /// Every record is in place, chained, unaltered and (for workflow records) accepted on replay.
    case intact(count: Int64, head: String)
    /// The first record found broken.
    case broken(AuditBreak)

    /// One sentence for the operator.
    public var description: String {
        switch self {
        case let .intact(count, head):
            return "the audit log is intact: \(count) records, head hash \(head)"
        case .broken(let problem):
            return problem.description
        }
    }
}

/// The first broken record of the audit log and what is wrong with it.
public struct AuditBreak: Sendable, Hashable, CustomStringConvertible {
    /// The seq of the broken (or missing) record.
    public let seq: Int64
    /// What is wrong.
    public let problem: AuditProblem

    /// Creates a finding.
    public init(seq: Int64, problem: AuditProblem) {
        self.seq = seq
        self.problem = problem
    }

    /// One sentence: which record, what is wrong, what to do.
    public var description: String {
        switch problem {
        case .unauthenticated(afterAuthenticated: false):
            return "audit record #\(seq) \(problem.description); if this database was written by a version before audit keys, check it and seal it once with `hakakses audit seal`, otherwise restore it from a verified copy"
        case .macMismatch(firstRecord: true, _):
            return "audit record #\(seq) \(problem.description); if every record fails, the configured audit key is not the one this office's log was written with (configure the right key file), otherwise the log was altered by someone without the key: restore it from a verified copy and investigate who had access to the file"
        default:
            return "audit record #\(seq) \(problem.description); the log was altered outside this program, so restore it from a verified copy and investigate who had access to the file"
        }
    }
}

/// What is wrong with a record.
public enum AuditProblem: Sendable, Hashable, CustomStringConvertible {
    /// The record is missing: the next record found has seq `found`.
    case missing(found: Int64)
    /// The log ends before this record, but the table `referencedBy` refers to seq `referenced`.
    case truncated(referencedBy: String, referenced: Int64)
    /// `prev_hash` is not the previous record's hash.
    case prevHashMismatch(expected: String, found: String)
    /// The stored hash is not the hash of the record's fields: the record was edited.
    case hashMismatch(computed: String, stored: String)
    /// The record's authentication code is not the audit key's code for its hash: it was written (or its chain
    /// recomputed) by someone without the key. `firstRecord`: the very first record fails, which also happens when
    /// the configured key is the wrong one.
    case macMismatch(firstRecord: Bool, keyFingerprint: String)
    /// The record carries no authentication code. `afterAuthenticated`: earlier records carry one, so this one was
    /// inserted without the key; otherwise the log predates audit keys and is not yet sealed.
    case unauthenticated(afterAuthenticated: Bool)
    /// A workflow record's payload is not a readable workflow event.
    case undecodable(String)
    /// A workflow record's event was refused on replay. `authenticated`: the record carries a valid code under the
    /// audit key, so this office's program wrote it: the rules it is replayed under (the SOP or roles file) changed
    /// since, or someone holding the key wrote it.
    case refused(WorkflowError, authenticated: Bool)

    /// A clause following "audit record #N".
    public var description: String {
        switch self {
        case .missing(let found):
            return "is missing (the next record is #\(found))"
        case let .truncated(table, referenced):
            return "is missing (the log ends before it, but \(table) refers to record #\(referenced))"
        case let .prevHashMismatch(expected, found):
            return "does not follow its predecessor (prev_hash \(found), expected \(expected))"
        case let .hashMismatch(computed, stored):
            return "was edited (its fields hash to \(computed), but \(stored) is stored)"
        case let .macMismatch(_, fingerprint):
            return "does not carry the audit key's authentication code (key \(fingerprint)): it was written or rechained without the key"
        case .unauthenticated(true):
            return "carries no authentication code although the records before it do: it was inserted without the audit key"
        case .unauthenticated(false):
            return "carries no authentication code: it was written before this office had an audit key"
        case .undecodable(let reason):
            return "is not a readable workflow event (\(reason))"
        case let .refused(error, authenticated):
            let reason = if case let .eventRefused(_, _, inner) = error { inner } else { error }
            guard authenticated else { return "was refused on replay because \(reason.description)" }
            return "was refused on replay because \(reason.description). Its code under the audit key is valid: either the SOP or roles file was changed after this record was written (put back the version in force then; a new SOP needs a new database), or someone holding the audit key wrote it"
        }
    }
}
