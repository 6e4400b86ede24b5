import LDAP

/// Which of the managed groups each member is in, by the digest of the member's DN (``Reconciler/digest(_:)``):
/// bit `i` for `groups[i]`. Built once from the member lists, so that the comparison looks up integers.
///
/// Every distinct member has a slot (0, 1, 2, …): the comparison marks the slots it explains in an array of flags
/// and then walks the member lists by slot, instead of hashing 50,000 digests into a set and 50,000 DNs again.
struct Memberships: Sendable {
    /// The groups the bits stand for, in order.
    let groups: [DN]
    /// The slot of each member, by the digest of its DN.
    private let slots: [UInt64: Int32]
    /// By slot: the member's groups.
    private let masks: [UInt64]
    /// Per group (by bit): the slot of each member, in the order `members[group]` lists them.
    private let memberSlots: [[Int32]]
    /// By slot: the member's DN (as the first group listing it spells it); what ``KnownDNs`` shares with entries.
    let dns: [DN]

    /// Built from `members` as read: ``slots(ofGroup:_:)`` relies on iterating the same sets in the same order (a
    /// ``DirectorySnapshot`` drops its memberships when its members change).
    init(_ members: [DN: Set<DN>], groups: [DN]) {
        var slots: [UInt64: Int32] = [:]
        slots.reserveCapacity(groups.reduce(0) { $0 + (members[$1]?.count ?? 0) })
        var masks: [UInt64] = []
        var dns: [DN] = []
        var memberSlots: [[Int32]] = []
        for (bit, group) in groups.enumerated() {
            var ofGroup: [Int32] = []
            ofGroup.reserveCapacity(members[group]?.count ?? 0)
            for member in members[group] ?? [] {
                let digest = Reconciler.digest(member)
                let slot: Int32
                if let known = slots[digest] {
                    slot = known
                } else {
                    slot = Int32(masks.count)
                    slots[digest] = slot
                    masks.append(0)
                    dns.append(member)
                }
                masks[Int(slot)] |= 1 << UInt64(bit)
                ofGroup.append(slot)
            }
            memberSlots.append(ofGroup)
        }
        self.groups = groups
        self.slots = slots
        self.masks = masks
        self.memberSlots = memberSlots
        self.dns = dns
    }

    /// The slot of each distinct member, by digest (for ``KnownDNs``, which shares it).
    var slotsByDigest: [UInt64: Int32] { slots }

    /// How many distinct members there are (slots run from 0 below this).
    var count: Int { masks.count }

    /// The slot of the member whose DN has `digest`, if it is a member of any group.
    func slot(of digest: UInt64) -> Int? { slots[digest].map(Int.init) }

    /// The groups of the member in `slot` (see ``slot(of:)``).
    func groups(atSlot slot: Int?) -> UInt64 { slot.map { masks[$0] } ?? 0 }

    /// The groups of the member whose DN has `digest` (0 when in none).
    subscript(digest: UInt64) -> UInt64 { groups(atSlot: slot(of: digest)) }

    /// The slot of each of `members` (the member set of `groups[bit]` this was built from), in its order; -1 for a
    /// member without one.
    func slots(ofGroup bit: Int, _ members: Set<DN>) -> [Int32] {
        if memberSlots.indices.contains(bit), memberSlots[bit].count == members.count { return memberSlots[bit] }
        // Not the sets this was built from (cannot happen through DirectorySnapshot): each one looked up.
        return members.map { member in slot(of: Reconciler.digest(member)).map(Int32.init) ?? -1 }
    }
}
