public import AccessStore
import Foundation

/// What a restore lost, as the directory shows it: the anchor said the log reached further than the database does.
/// The directory keeps the effects of the lost records — SK numbers on entries, accounts made, accounts locked —
/// which is what an office re-enters or decides on before it records the loss (`hakakses audit reanchor`).
public struct LossReport: Codable, Sendable, Hashable {
    /// How far the log reached, as the directory's anchor says.
    public let anchor: AuditAnchor
    /// Where the database ends now.
    public let headSeq: Int64
    public let headHash: String
    /// Records lost (the anchor's seq minus the head's), when the database ends before the anchor; nil when it holds
    /// a different history at the anchored seq.
    public let recordsLost: Int64?
    /// SK numbers on directory entries that the log does not know: SKs recorded after the backup.
    public let decrees: [LostDecree]
    /// Accounts the log stands behind no longer (made by lost work): a reconciliation would lock them.
    public let accounts: [LostEntry]
    /// Accounts locked after the log's newest record (revocations, departures the log does not hold): they stay
    /// locked.
    public let revocations: [LostEntry]
    /// Every difference the reconciliation finds (a dry run; nothing is written).
    public let differences: [ReconcileDocument.Row]

    public struct LostDecree: Codable, Sendable, Hashable {
        public let number: String
        public let entries: Int
    }

    public struct LostEntry: Codable, Sendable, Hashable {
        public let person: String?
        public let dn: String
    }

    /// True when the directory shows nothing the log lacks.
    public var isEmpty: Bool { decrees.isEmpty && accounts.isEmpty && revocations.isEmpty }
}
