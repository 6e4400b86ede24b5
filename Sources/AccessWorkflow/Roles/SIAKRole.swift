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
    /// Other names offices write for the role in SK spreadsheets and letters, e.g. "Operator SIAK"; matched like
    /// the id, title and group: ignoring case and repeated spaces.
    public let synonyms: [String]

    /// Creates a role.
    public init(id: SIAKRoleID, title: String, ldapGroup: String, legalBasis: String, synonyms: [String] = []) {
        self.id = id
        self.title = title
        self.ldapGroup = ldapGroup
        self.legalBasis = legalBasis
        self.synonyms = synonyms
    }

    private enum CodingKeys: String, CodingKey { case id, title, ldapGroup, legalBasis, synonyms }

    /// Decodes a role; `synonyms` may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(SIAKRoleID.self, forKey: .id),
            title: try container.decode(String.self, forKey: .title),
            ldapGroup: try container.decode(String.self, forKey: .ldapGroup),
            legalBasis: try container.decode(String.self, forKey: .legalBasis),
            synonyms: try container.decodeIfPresent([String].self, forKey: .synonyms) ?? [])
    }

    /// Every name the role is known by: id, title, LDAP group, then the synonyms.
    public var names: [String] { [id.rawValue, title, ldapGroup] + synonyms }
}
