public import AccessWorkflow
public import LDAP

/// One entry under `ou=operators` as read from the directory, reduced to what
/// reconciliation compares (so 50,000 of them stay small in memory).
public struct DirectoryOperator: Sendable, Hashable {
    public let dn: DN
    public let uid: String?
    /// True when `siakManagedBy` says hak-akses owns the entry.
    public let managed: Bool
    /// `pwdAccountLockedTime`, if set.
    public let lockedTime: String?
    /// The managed attributes as found.
    public let attributes: [String: [String]]

    /// What a search must ask for.
    public static let readAttributes = OperatorMapping.managedAttributes + ["uid", "siakManagedBy", "pwdAccountLockedTime"]

    public init(dn: DN, uid: String?, managed: Bool, lockedTime: String?, attributes: [String: [String]]) {
        self.dn = dn
        self.uid = uid
        self.managed = managed
        self.lockedTime = lockedTime
        self.attributes = attributes
    }

    /// Reduces a search result; nil if its DN cannot be parsed.
    public init?(_ entry: LDAPEntry) {
        guard let dn = entry.parsedDN else { return nil }
        var attributes: [String: [String]] = [:]
        for name in OperatorMapping.managedAttributes {
            let values = entry.strings(name)
            if !values.isEmpty { attributes[name] = values }
        }
        self.init(
            dn: dn, uid: entry.string("uid"),
            managed: entry.strings("siakManagedBy").contains { $0.lowercased() == DirectoryLayout.managedMarker },
            lockedTime: entry.string("pwdAccountLockedTime"), attributes: attributes)
    }

    /// Locked by an administrator (or by hak-akses on revocation), not by failed binds.
    public var isPermanentlyLocked: Bool { lockedTime == DirectoryLayout.permanentLock }
    /// Locked for now by too many failed binds (ppolicy unlocks it after pwdLockoutDuration).
    public var isTemporarilyLocked: Bool { lockedTime != nil && !isPermanentlyLocked }

    /// The person this entry claims to be, by NIP, else NIK.
    public var personKey: PersonKey? {
        if let nip = attributes["siakNIP"]?.first, let parsed = try? NIP(nip) { return .nip(parsed) }
        if let nik = attributes["siakNIK"]?.first, let parsed = try? NIK(nik) { return .nik(parsed) }
        return nil
    }
}
