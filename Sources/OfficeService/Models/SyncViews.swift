public import DirectorySync

/// `sync`: what the bridge passes did (the bridge's own report: due, completed, refused, failed, writes, fixed by
/// kind, seconds per phase).
public typealias SyncReport = BridgeReport

/// `reconcile`: every difference between the directory and the roster and, when applied, what became of it.
public struct ReconcileDocument: Codable, Sendable, Hashable {
    public struct Row: Codable, Sendable, Hashable {
        public let kind: String, dn: String?, person: String?, detail: String, fixable: Bool, result: String
    }
    public let applied: Bool, managedEntries: Int, rosterSize: Int, writes: Int, refusal: String?, differences: [Row]
    public let seconds: [String: Double]
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
