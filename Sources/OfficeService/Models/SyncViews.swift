public import DirectorySync

/// `sync`: what the bridge passes did (the bridge's own report: due, completed, refused, failed, writes, fixed by
/// kind, seconds per phase).
public typealias SyncReport = BridgeReport

/// `reconcile`: every difference between the directory and the roster and, when applied, what became of it.
public struct ReconcileDocument: Codable, Sendable, Hashable {
    public struct Row: Codable, Sendable, Hashable {
        public let kind: String, dn: String?, person: String?, detail: String, fixable: Bool
        /// What became of the difference; `result` says the same for a reader ("failed: " and the directory's answer).
        public let outcome: ReconcileOutcome
        public let result: String

        public init(kind: String, dn: String?, person: String?, detail: String, fixable: Bool, outcome: ReconcileOutcome, failure: String? = nil) {
            self.kind = kind
            self.dn = dn
            self.person = person
            self.detail = detail
            self.fixable = fixable
            self.outcome = outcome
            result = outcome == .failed ? "failed: \(failure ?? "")" : outcome.rawValue
        }
    }
    public let applied: Bool, managedEntries: Int, rosterSize: Int, writes: Int, refusal: String?, differences: [Row]
    public let seconds: [String: Double]
}

/// What became of one difference of a reconciliation.
public enum ReconcileOutcome: String, Codable, Sendable, Hashable, CaseIterable {
    /// Applied: the directory now agrees with the roster.
    case fixed
    /// A dry run: applying would fix it.
    case wouldFix = "would fix"
    /// Applied, but this difference was not written (the run stopped before it).
    case notFixed = "not fixed"
    /// Not fixable by hak-akses (e.g. an entry it does not manage): an official decides.
    case needsDecision = "needs a decision"
    /// The directory refused the write.
    case failed
}

/// `handover`: the account handed over; the password is shown once and never stored.
public struct HandoverReceipt: Codable, Sendable, Hashable {
    public let person: String, name: String, username: String, dn: String, password: String
    /// The request whose handover step this was, and where it stands now.
    public let progress: RequestProgress?
    /// People of that request still to receive their account.
    public let stillToReceive: [String]
}

/// `revoke`: the revocation recorded, and what the directory did.
public struct RevocationOutcome: Codable, Sendable, Hashable {
    public let person: String
    public let reason: String
    /// The bridge pass that applied it, or nil when the directory could not be reached (it is applied later).
    public let sync: SyncReport?
    /// Why the directory was not updated now.
    public let pending: String?
}
