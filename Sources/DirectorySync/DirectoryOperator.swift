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
    /// The managed attributes in ``OperatorMapping/managedAttributes`` order, each as
    /// its values sorted and joined by U+001F (nil when absent): comparing two
    /// of these compares the value sets.
    let slots: [String?]

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
        self.slots = slots
        let nip = slots[OperatorMapping.slot("siakNIP")], nik = slots[OperatorMapping.slot("siakNIK")]
        if let nip, let parsed = try? NIP(nip) {
            personKey = .nip(parsed)
        } else if let nik, let parsed = try? NIK(nik) {
            personKey = .nik(parsed)
        } else {
            personKey = nil
        }
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

    /// The values of a managed attribute.
    public func values(_ name: String) -> [String] {
        guard let index = OperatorMapping.slotByLowercasedName[name.lowercased()], let joined = slots[index] else { return [] }
        return joined.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    }

    /// The managed attributes as a dictionary.
    public var attributes: [String: [String]] {
        var result: [String: [String]] = [:]
        for name in OperatorMapping.managedAttributes where !values(name).isEmpty { result[name] = values(name) }
        return result
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
