public import Foundation

/// The head of the audit log as last written into the directory by the bridge: a copy outside the database, in a
/// system with its own administrators, so that a database rolled back to an older copy or cut short is noticed.
public struct AuditAnchor: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The last record's seq when anchored.
    public let seq: Int64
    /// Its hash.
    public let hash: String
    /// When it was anchored, if the directory says.
    public let anchoredAt: Date?

    public init(seq: Int64, hash: String, anchoredAt: Date? = nil) {
        self.seq = seq
        self.hash = hash
        self.anchoredAt = anchoredAt
    }

    public var description: String {
        "record #\(seq) (hash \(hash.prefix(16))…\(anchoredAt.map { ", anchored \(StoreTime.iso($0))" } ?? ""))"
    }
}

/// The database does not contain the anchored record as anchored.
public struct AnchorMismatch: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The log ends before the anchored record.
        case behind(head: Int64)
        /// The record at the anchored seq has another hash.
        case diverged(found: String)
    }

    public let anchor: AuditAnchor
    public let kind: Kind

    public init(anchor: AuditAnchor, kind: Kind) {
        self.anchor = anchor
        self.kind = kind
    }

    /// What happened and how to recover, in plain words.
    public var description: String {
        let recover = "restore the newest backup of the database that contains \(anchor); if losing the later records is deliberate (a disaster restore), record that with `hakakses audit reanchor --reason \"…\"` on the server, which moves the anchor and keeps the loss in the audit log"
        switch kind {
        case .behind(let head):
            return "the database ends at audit record #\(head), but the directory's anchor shows that \(anchor) existed: the database was rolled back to an older copy or records were cut off its end, so nothing is written to the directory; \(recover)"
        case .diverged(let found):
            return "audit record #\(anchor.seq) has hash \(found.prefix(16))…, but the directory's anchor says \(anchor): the database was replaced by a different history, so nothing is written to the directory; \(recover)"
        }
    }
}
