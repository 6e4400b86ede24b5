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
    /// The audit log is broken or a stored event is refused on replay: nothing is applied until it is repaired.
    case auditBroken(String)
    /// The directory cannot be reached; try again later.
    case directoryUnavailable(LDAPError)
    /// The directory refused to be read (e.g. the bridge account lacks access).
    case directory(LDAPError)
    /// The database failed.
    case store(String)

    public var description: String {
        switch self {
        case .auditBroken(let why): "the audit log does not verify, so nothing is written to the directory: \(why); run `hakakses audit verify`"
        case .directoryUnavailable(let error): "the directory is unreachable (\(error.code.name)): \(error.diagnostic ?? ""); pending changes are kept and retried"
        case .directory(let error): "the directory refused: \(error)"
        case .store(let message): "the database failed: \(message)"
        }
    }

    /// Retrying later may succeed without anyone acting.
    public var isTransient: Bool { if case .directoryUnavailable = self { true } else { false } }
}
