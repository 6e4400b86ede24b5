import LDAP

/// Which of the managed groups each member is in, by the digest of the member's DN (``Reconciler/digest(_:)``):
/// bit `i` for `groups[i]`. Built once from the member lists, so that the comparison looks up integers.
struct Memberships: Sendable {
    /// The groups the bits stand for, in order.
    let groups: [DN]
    let bits: [UInt64: UInt64]

    init(_ members: [DN: Set<DN>], groups: [DN]) {
        var bits: [UInt64: UInt64] = [:]
        bits.reserveCapacity(groups.reduce(0) { $0 + (members[$1]?.count ?? 0) })
        for (bit, group) in groups.enumerated() {
            for member in members[group] ?? [] { bits[Reconciler.digest(member), default: 0] |= 1 << UInt64(bit) }
        }
        self.groups = groups
        self.bits = bits
    }

    /// The groups of the member whose DN has `digest` (0 when in none).
    subscript(digest: UInt64) -> UInt64 { bits[digest] ?? 0 }
}
