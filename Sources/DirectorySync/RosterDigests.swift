public import AccessWorkflow

/// What the roster wants of every entry, as digests: the managed attributes' (``SlotDigests``) and the groups'
/// (a bit per managed group), by roster position. Computed once per roster, so that a reconciliation can do it while
/// the directory is still being read and compare digests only once the read is done.
public struct RosterDigests: Sendable {
    /// By roster position.
    let slots: [SlotDigests]
    /// By roster position: bit `i` set when the person belongs in ``OperatorMapping/managedGroups``[i].
    let groupMasks: [UInt64]

    /// Computes the digests of every entry of `roster` under `mapping`.
    public init(roster: Roster, mapping: OperatorMapping) {
        var slots: [SlotDigests] = [], masks: [UInt64] = []
        slots.reserveCapacity(roster.entries.count)
        masks.reserveCapacity(roster.entries.count)
        var cache = SlotDigestCache()
        roster.entries.withUnsafeBufferPointer { entries in
            for index in entries.indices {
                slots.append(mapping.slotDigests(for: entries[index], cache: &cache))
                masks.append(mapping.groupMask(for: entries[index].roles))
            }
        }
        self.slots = slots
        self.groupMasks = masks
    }

    /// True when these were computed for a roster of this many entries.
    func fits(_ roster: Roster) -> Bool { slots.count == roster.entries.count }
}
