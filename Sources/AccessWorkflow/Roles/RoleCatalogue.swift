import Yams

/// The SIAK roles an office may grant, with their LDAP groups.
public struct RoleCatalogue: Sendable, Hashable {
    /// The roles in catalogue order.
    public let roles: [SIAKRole]

    /// Administrator (pasal 44), verifikator (pasal 46) and operator (pasal 47) of Permendagri 95/2019; the LDAP
    /// group cn equals the role id.
    public static let standard = RoleCatalogue(checked: [
        SIAKRole(id: "administrator", title: "Administrator pengelolaan SIAK", ldapGroup: "administrator",
                 legalBasis: "Permendagri 95/2019 pasal 44"),
        SIAKRole(id: "verifikator", title: "Verifikator aplikasi SIAK", ldapGroup: "verifikator",
                 legalBasis: "Permendagri 95/2019 pasal 46"),
        SIAKRole(id: "operator", title: "Operator aplikasi SIAK", ldapGroup: "operator",
                 legalBasis: "Permendagri 95/2019 pasal 47"),
    ])

    private init(checked roles: [SIAKRole]) { self.roles = roles }

    /// Creates a catalogue, refusing empty catalogues, duplicate ids and invalid ids or group names.
    public init(roles: [SIAKRole]) throws(ConfigError) {
        guard !roles.isEmpty else { throw ConfigError("the catalogue has no roles; list at least one SIAK role", at: "roles") }
        var seen: Set<SIAKRoleID> = []
        for (index, role) in roles.enumerated() {
            let path = "roles[\(index)]"
            guard IdentifierSyntax.isSlug(role.id.rawValue) else {
                throw ConfigError("id '\(role.id)' is not a lowercase slug; use letters, digits, '-' or '_'", at: path + ".id")
            }
            guard seen.insert(role.id).inserted else {
                throw ConfigError("id '\(role.id)' appears twice; give each role its own id", at: path + ".id")
            }
            guard !role.title.trimmed.isEmpty else {
                throw ConfigError("title is empty; write the role's legal title", at: path + ".title")
            }
            guard IdentifierSyntax.isSlug(role.ldapGroup) else {
                throw ConfigError("ldapGroup '\(role.ldapGroup)' is not a lowercase slug; use the group's cn", at: path + ".ldapGroup")
            }
        }
        self.roles = roles
    }

    /// Loads a catalogue from YAML of the form `roles: [{id, title, ldapGroup, legalBasis}]`.
    public init(yaml: String) throws(ConfigError) {
        let file: RoleCatalogueFile
        do {
            file = try YAMLDecoder().decode(RoleCatalogueFile.self, from: yaml)
        } catch {
            throw ConfigError.fromDecoding(error)
        }
        try self.init(roles: file.roles)
    }

    /// The known role ids, sorted.
    public var ids: [SIAKRoleID] { roles.map(\.id).sorted() }

    /// True if the catalogue has a role with this id.
    public func contains(_ id: SIAKRoleID) -> Bool { roles.contains { $0.id == id } }

    /// The role with this id, or an error listing the known ids.
    public func role(_ id: SIAKRoleID) throws(ConfigError) -> SIAKRole {
        guard let role = roles.first(where: { $0.id == id }) else {
            throw ConfigError("unknown SIAK role '\(id)'; known: \(ids.map(\.rawValue).listed)")
        }
        return role
    }
}

private struct RoleCatalogueFile: Decodable {
    let roles: [SIAKRole]
}
