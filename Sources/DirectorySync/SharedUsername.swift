public import LDAP

/// A username that one of this office's entries and an entry of another office hold at once, in a national directory.
///
/// Each provider's unique overlay checks only its own entries: two offices writing the same new name to different
/// providers while those could not reach each other (a partition, a frozen provider) both succeed, and replication
/// then brings both entries to every server. A SIAK server that finds an operator by `uid` would find two.
///
/// Both offices see the same two entries, so both decide alike which one gives way: the entry whose DN sorts later
/// (normalised), unless it was already handed over (someone holds its password and may be using it). An entry that
/// gives way is removed and its username withdrawn; the person is queued again and the bridge makes the entry under a
/// free name. An entry that does not give way is reported, for a person to decide when both were handed over.
public struct SharedUsername: Sendable, Hashable {
    /// This office's entry.
    public let entry: DirectoryOperator
    /// The other office's entry with the same `uid`.
    public let heldBy: DN
    /// Whether this office's entry was handed over (a `handover.delivered` record names its person and username).
    public let handedOver: Bool

    public init(entry: DirectoryOperator, heldBy: DN, handedOver: Bool) {
        self.entry = entry
        self.heldBy = heldBy
        self.handedOver = handedOver
    }

    /// Whether this office's entry gives way: never handed over, and its DN sorts after the other one's.
    public var yields: Bool { !handedOver && entry.dn.normalized > heldBy.normalized }
}
