/// What one bridge pass did.
public struct BridgeReport: Sendable, Codable, Hashable {
    /// Outbox rows that were due.
    public var due = 0
    /// Rows whose person now matches the roster (written, or already in sync).
    public var completed = 0
    /// Rows refused: their person is on no SK or completed request.
    public var refused = 0
    /// Rows whose writes the directory refused; they are retried later.
    public var failed = 0
    /// Directory writes sent.
    public var writes = 0
    /// Why the first of the rows to retry failed (e.g. the directory's database is full).
    public var firstFailure: String?
    /// Differences found and fixed, by kind.
    public var fixed: [String: Int] = [:]
    /// Adds the directory answered `entryAlreadyExists` because the entry arrived after the pass read it (a
    /// replication delivering it meanwhile): their rows were read and written again in the same run. Nil when none.
    public var raced: Int?
    /// Adds the directory refused because another office of the national directory took the username first (the
    /// providers' unique overlay): each person's username was withdrawn (`account.withdrawn`) and the pass run again
    /// at once, giving a free one. Nil when none.
    public var usernamesWithdrawn: Int?
    /// Each move to another directory server during the pass ("ldap://dir1:389: timeout (-5): no answer within 5
    /// seconds"): the server left and why. Nil when the pass stayed on one server.
    public var serverSwitches: [String]?
    /// Seconds spent in each phase (verify, roster, read, usernames, compare, write, record).
    public var phases: [String: Double] = [:]

    public init() {}

    /// This pass followed by `again`, the pass that read the rows of its raced adds once more: their failures are
    /// replaced by what the second pass did with them.
    func merged(with again: BridgeReport) -> BridgeReport {
        var report = self
        report.completed += again.completed
        report.failed = max(0, failed - (raced ?? 0) - (usernamesWithdrawn ?? 0)) + again.failed
        report.writes += again.writes
        report.fixed.merge(again.fixed, uniquingKeysWith: +)
        report.phases.merge(again.phases, uniquingKeysWith: +)
        report.firstFailure = again.firstFailure ?? (report.failed > 0 ? firstFailure : nil)
        return report
    }

    /// The phases as "verify 0.12 s, write 1.02 s, …", in pass order.
    public var timing: String {
        let order = ["verify", "roster", "read", "usernames", "compare", "write", "record"]
        return order.compactMap { name in phases[name].map { String(format: "%@ %.2f s", name, $0) } }.joined(separator: ", ")
    }

    public var summary: String {
        let kinds = fixed.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return "\(due) due: \(completed) done (\(writes) writes\(kinds.isEmpty ? "" : ": \(kinds)")), \(refused) refused, \(failed) to retry"
            + (firstFailure.map { "; first failure: \($0)" } ?? "")
            + (usernamesWithdrawn.map { "; \($0) username(s) another office took first, replaced" } ?? "")
            + (serverSwitches.map { "; moved to another server \($0.count)× (\($0.joined(separator: "; ")))" } ?? "")
    }
}
