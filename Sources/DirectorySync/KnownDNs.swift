public import LDAP

/// DNs already held (the members of the managed groups), found from the bytes of a DN as received, so that an entry
/// that is a member shares the member's DN instead of making its own string of it: 50,000 strings fewer to make,
/// validate and keep in a reconciliation.
///
/// Keyed as ``Memberships`` keys members (the digest of the DN's comparison form, ``Reconciler/digest(_:)``), so
/// that a reconciliation builds one table for both: a received DN is looked up by the digest of its bytes with
/// ASCII letters lower-cased, which is the same number for the plain DNs the bridge writes; a hit is used only when
/// the member is spelled exactly the same, and anything else is parsed on its own.
public struct KnownDNs: Sendable {
    private var slots: [UInt64: Int32] = [:]
    private var dns: [DN] = []

    public init() {}

    /// Every DN of `sets`.
    public init(_ sets: some Sequence<Set<DN>>) {
        for set in sets {
            for dn in set {
                let digest = Reconciler.digest(dn)
                guard slots[digest] == nil else { continue }
                slots[digest] = Int32(dns.count)
                dns.append(dn)
            }
        }
    }

    /// The members of `memberships`, sharing its tables (nothing is hashed again).
    init(_ memberships: Memberships) {
        slots = memberships.slotsByDigest
        dns = memberships.dns
    }

    /// The held DN spelled exactly as `bytes`, if any.
    public func dn(spelled bytes: UnsafeRawBufferPointer) -> DN? {
        guard !slots.isEmpty, let slot = slots[Self.digest(bytes)] else { return nil }
        let held = dns[Int(slot)]
        var text = held.description
        return text.withUTF8 { $0.count == bytes.count && $0.elementsEqual(bytes) } ? held : nil
    }

    /// FNV-1a of the bytes with ASCII letters lower-cased (as ``Reconciler/digest(_:)`` is of a plain DN).
    private static func digest(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hasher = SlotHasher()
        for byte in bytes { hasher.add(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        return hasher.finish()
    }
}
