public import LDAP

/// DNs already held (the members of the managed groups), found from the bytes of a DN as received, so that an entry
/// that is a member shares the member's DN instead of making its own string of it: 50,000 strings fewer to make,
/// validate and keep in a reconciliation.
public struct KnownDNs: Sendable {
    /// By the digest of the lower-cased bytes (a hint: a hit is only used when its spelling is the same).
    private var byDigest: [UInt64: DN] = [:]

    public init() {}

    /// Every DN of `sets`.
    public init(_ sets: some Sequence<Set<DN>>) {
        byDigest.reserveCapacity(sets.reduce(0) { $0 + $1.count })
        for set in sets {
            for dn in set {
                var text = dn.description
                byDigest[text.withUTF8 { Self.digest($0) }] = dn
            }
        }
    }

    /// The held DN spelled exactly as `bytes`, if any.
    public func dn(spelled bytes: UnsafeRawBufferPointer) -> DN? {
        guard !byDigest.isEmpty, let held = byDigest[Self.digest(bytes)] else { return nil }
        var text = held.description
        return text.withUTF8 { $0.count == bytes.count && $0.elementsEqual(bytes) } ? held : nil
    }

    /// FNV-1a of the bytes with ASCII letters lower-cased.
    private static func digest(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hasher = SlotHasher()
        for byte in bytes { hasher.add(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        return hasher.finish()
    }
}
