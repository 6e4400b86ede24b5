public import AccessWorkflow
public import LDAP

/// One entry under `ou=operators` as read from the directory, reduced to what
/// reconciliation compares, in a compact form (50,000 of them must fit in a
/// few tens of megabytes).
public struct DirectoryOperator: Sendable, Hashable {
    public let dn: DN
    public let uid: String?
    /// True when `siakManagedBy` says hak-akses owns the entry.
    public let managed: Bool
    /// `pwdAccountLockedTime`, if set.
    public let lockedTime: String?
    /// The person this entry claims to be, by NIP, else NIK.
    public let personKey: PersonKey?
    /// A 64-bit digest of each managed attribute (``OperatorMapping/managedAttributes``
    /// order) over its values sorted and joined by U+001F, 0 when absent: comparing
    /// digests compares the value sets, without keeping 50,000 copies of names.
    let digests: [UInt64]
    /// `siakAccessEnd`, needed to decide deletion after the grace period.
    public let accessEnd: String?

    /// What a search must ask for.
    public static let readAttributes = OperatorMapping.managedAttributes + ["uid", "siakManagedBy", "pwdAccountLockedTime"]

    public init(dn: DN, uid: String?, managed: Bool, lockedTime: String?, attributes: [String: [String]]) {
        self.init(dn: dn, uid: uid, managed: managed, lockedTime: lockedTime,
                  slots: OperatorMapping.managedAttributes.map { Self.canonical(attributes[$0] ?? []) })
    }

    init(dn: DN, uid: String?, managed: Bool, lockedTime: String?, slots: [String?]) {
        self.dn = dn
        self.uid = uid
        self.managed = managed
        self.lockedTime = lockedTime
        self.digests = slots.map(Self.digest)
        self.accessEnd = slots[OperatorMapping.slot("siakAccessEnd")]
        let nip = slots[OperatorMapping.slot("siakNIP")], nik = slots[OperatorMapping.slot("siakNIK")]
        if let nip, let parsed = try? NIP(nip) {
            personKey = .nip(parsed)
        } else if let nik, let parsed = try? NIK(nik) {
            personKey = .nik(parsed)
        } else {
            personKey = nil
        }
    }

    /// Reduces an entry as received; nil if its DN cannot be parsed.
    public init?(raw entry: borrowing RawEntry) {
        guard let text = entry.dn, let dn = try? DN(parsing: text) else { return nil }
        var slots = [String?](repeating: nil, count: OperatorMapping.managedAttributes.count)
        var uid: String?, managed = false, locked: String?
        entry.forEachAttribute { name, values in
            if name.matches("uid") {
                uid = values.first?.string
            } else if name.matches("siakManagedBy") {
                managed = values.contains { $0.lowercasedASCII == DirectoryLayout.managedMarker }
            } else if name.matches("pwdAccountLockedTime") {
                locked = values.first?.string
            } else if let index = OperatorMapping.slotByLowercasedName[name.lowercasedASCII] {
                slots[index] = Self.canonical(values.compactMap(\.string))
            }
        }
        self.init(dn: dn, uid: uid, managed: managed, lockedTime: locked, slots: slots)
    }

    /// Reduces a search result; nil if its DN cannot be parsed.
    public init?(_ entry: LDAPEntry) {
        guard let dn = entry.parsedDN else { return nil }
        var slots = [String?](repeating: nil, count: OperatorMapping.managedAttributes.count)
        var uid: String?, managed = false, locked: String?
        for attribute in entry.attributes {
            let name = attribute.name.lowercased()
            if let index = OperatorMapping.slotByLowercasedName[name] {
                slots[index] = Self.canonical(attribute.values.compactMap(\.string))
            } else if name == "uid" {
                uid = attribute.values.first?.string
            } else if name == "siakmanagedby" {
                managed = attribute.values.contains { $0.string?.lowercased() == DirectoryLayout.managedMarker }
            } else if name == "pwdaccountlockedtime" {
                locked = attribute.values.first?.string
            }
        }
        self.init(dn: dn, uid: uid, managed: managed, lockedTime: locked, slots: slots)
    }

    /// Whether the managed attribute at `index` holds exactly the canonical `value`.
    func holds(_ value: String?, at index: Int) -> Bool { digests[index] == Self.digest(value) }

    /// FNV-1a over the UTF-8 bytes; 0 stands for "absent".
    static func digest(_ value: String?) -> UInt64 {
        guard let value else { return 0 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in value.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash == 0 ? 1 : hash
    }

    /// Locked by an administrator (or by hak-akses on revocation), not by failed binds.
    public var isPermanentlyLocked: Bool { lockedTime == DirectoryLayout.permanentLock }
    /// Locked for now by too many failed binds (ppolicy unlocks it after pwdLockoutDuration).
    public var isTemporarilyLocked: Bool { lockedTime != nil && !isPermanentlyLocked }

    static func canonical(_ values: [String]) -> String? {
        switch values.count {
        case 0: nil
        case 1: values[0]
        default: values.sorted().joined(separator: "\u{1F}")
        }
    }
}
