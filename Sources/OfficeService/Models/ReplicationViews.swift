public import AccessStore

/// What the office server sends its replica for `GET /api/v1/replication/records`: the records after the replica's
/// head exactly as stored (the replica verifies chain, hashes and codes itself), and where the server's log ends.
public struct ReplicationBatch: Codable, Sendable, Hashable {
    /// The office (its name in the SOP) and SOP number, for the replica's manifest.
    public let office: String
    public let sop: String
    /// The fingerprint of the audit key the records carry codes of: the replica's key must be the same.
    public let keyFingerprint: String
    /// The server's head now.
    public let headSeq: Int64
    public let headHash: String
    /// The server's hash of record `after` (the replica's head): a replica whose last record differs, or that is
    /// ahead of the server, holds another history than the server's (the server was restored). Nil for 0.
    public let afterHash: String?
    public let records: [StoredRecord]

    public init(office: String, sop: String, keyFingerprint: String, headSeq: Int64, headHash: String, afterHash: String?,
                records: [StoredRecord]) {
        self.office = office
        self.sop = sop
        self.keyFingerprint = keyFingerprint
        self.headSeq = headSeq
        self.headHash = headHash
        self.afterHash = afterHash
        self.records = records
    }
}

/// A replica as the office server sees it, in `/api/v1/health`.
public struct ReplicaStatus: Codable, Sendable, Hashable {
    /// `sha256:` and the first digits of its token's hash.
    public let replica: String
    /// The record the replica held when it last asked; nil if it has not asked since the server started.
    public let heldSeq: Int64?
    /// Records the server has that the replica did not hold then.
    public let behind: Int64?
    /// How old the oldest of those records is, in seconds (0 when none): the replica's lag.
    public let lagSeconds: Double?
    /// When it last asked (ISO 8601, the machine's clock), and how long ago.
    public let lastContact: String?
    public let secondsSinceContact: Double?

    public init(replica: String, heldSeq: Int64?, behind: Int64?, lagSeconds: Double?, lastContact: String?,
                secondsSinceContact: Double?) {
        self.replica = replica
        self.heldSeq = heldSeq
        self.behind = behind
        self.lagSeconds = lagSeconds
        self.lastContact = lastContact
        self.secondsSinceContact = secondsSinceContact
    }
}
