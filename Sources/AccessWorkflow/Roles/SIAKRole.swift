/// The id of a SIAK access role, e.g. `operator`.
public struct SIAKRoleID: StringIdentifier {
    /// The role id.
    public let rawValue: String

    /// Wraps a role id.
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A SIAK (Sistem Informasi Administrasi Kependudukan) access role as named in Permendagri 95/2019, with the LDAP
/// group that carries it.
public struct SIAKRole: Sendable, Hashable, Codable {
    /// The role id, e.g. `operator`.
    public let id: SIAKRoleID
    /// The legal title, e.g. "Operator aplikasi SIAK".
    public let title: String
    /// The common name (cn) of the LDAP group whose members hold the role.
    public let ldapGroup: String
    /// The regulation that defines the role, e.g. "Permendagri 95/2019 pasal 47".
    public let legalBasis: String

    /// Creates a role.
    public init(id: SIAKRoleID, title: String, ldapGroup: String, legalBasis: String) {
        self.id = id
        self.title = title
        self.ldapGroup = ldapGroup
        self.legalBasis = legalBasis
    }
}
