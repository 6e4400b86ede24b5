public import AccessStore
public import AccessWorkflow
public import LDAP

/// How the bridge writes.
public struct BridgeSettings: Sendable {
    /// Writes committed per LDAP transaction (0: no transactions).
    public var transactionSize: Int
    /// Writes outstanding at once on the connection.
    public var window: Int
    /// Backoff for a row whose write the directory refused: initial delay, doubled per attempt, capped.
    public var retryInitial: Duration
    public var retryMax: Duration
    /// Days a revoked, locked entry is kept before it is deleted.
    public var graceDays: Int
    /// Outbox rows taken per pass.
    public var batchLimit: Int
    /// How usernames are made.
    public var usernameRule: UsernameRule
    /// Fault injection for tests only: runs with the planned writes after a pass has read the directory, before it
    /// writes them (as a replication that delivers the same entries, written on another provider, meanwhile). Nil in
    /// every office.
    public var injectBeforeWrite: (@Sendable ([LDAPWrite]) async -> Void)?

    public init(
        transactionSize: Int = 500, window: Int = 64, retryInitial: Duration = .seconds(5), retryMax: Duration = .seconds(300),
        graceDays: Int = 30, batchLimit: Int = 50_000, usernameRule: UsernameRule = .standard
    ) {
        self.transactionSize = transactionSize
        self.window = window
        self.retryInitial = retryInitial
        self.retryMax = retryMax
        self.graceDays = graceDays
        self.batchLimit = batchLimit
        self.usernameRule = usernameRule
    }

    /// The delay before retry number `attempt` (1-based).
    public func backoff(attempt: Int) -> Duration {
        let factor = Double(1 << min(max(attempt - 1, 0), 20))
        let seconds = min(retryInitial.seconds * factor, retryMax.seconds)
        return .milliseconds(Int64(seconds * 1000))
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// Why a bridge pass stopped. Nothing in the outbox is lost in any case:
/// rows stay pending until they are applied or refused.
public enum BridgeError: Error, Sendable, CustomStringConvertible {
    /// The audit log does not verify (a record missing, edited, not authenticated by the audit key, or refused on
    /// replay): nothing is applied until it is repaired.
    case auditBroken(AuditBreak)
    /// The database was rolled back or cut short below the anchor kept in the directory.
    case anchorMismatch(AnchorMismatch)
    /// The directory has no audit anchor entry to compare with and write to.
    case anchorEntryMissing(String)
    /// The directory cannot be reached; try again later.
    case directoryUnavailable(LDAPError)
    /// The directory refused to be read (e.g. the bridge account lacks access).
    case directory(LDAPError)
    /// The database failed.
    case store(StoreError)
    /// A rule of the bridge itself was broken (a bug): what it is.
    case inconsistent(String)

    public var description: String {
        switch self {
        case .auditBroken(let why): "the audit log does not verify, so nothing is written to the directory: \(why.description); run `hakakses audit verify`"
        case .anchorMismatch(let mismatch): mismatch.description
        case .anchorEntryMissing(let dn): "the directory has no audit anchor entry \(dn), so the bridge cannot prove the database was not rolled back and writes nothing; add it with ldif/upgrade/audit-anchor.ldif (see the README)"
        case .directoryUnavailable(let error): "the directory is unreachable (\(error.code.name)): \(error.diagnostic ?? ""); pending changes are kept and retried"
        case .directory(let error): "the directory refused: \(error)"
        case .store(let error): "the database failed: \(error.description)"
        case .inconsistent(let what): "the bridge stopped on an internal inconsistency (\(what)); nothing more was written; please report it"
        }
    }

    /// Retrying later may succeed without anyone acting.
    public var isTransient: Bool {
        switch self {
        case .directoryUnavailable: true
        case .store(.busy): true
        default: false
        }
    }

    /// A store error as the bridge reports it: audit and anchor problems keep their own cases.
    init(store error: StoreError) {
        switch error {
        case .auditBroken(let problem): self = .auditBroken(problem)
        case let .replayRefused(seq, reason, authenticated):
            self = .auditBroken(AuditBreak(seq: seq, problem: .refused(reason, authenticated: authenticated)))
        case .undecodableRecord(let seq, let reason): self = .auditBroken(AuditBreak(seq: seq, problem: .undecodable(reason)))
        case .anchorMismatch(let mismatch): self = .anchorMismatch(mismatch)
        default: self = .store(error)
        }
    }
}
