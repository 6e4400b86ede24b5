import Yams

/// The SIAK roles an office may grant, with their LDAP groups and the names offices write for them.
public struct RoleCatalogue: Sendable, Hashable {
    /// The roles in catalogue order.
    public let roles: [SIAKRole]
    /// Each name (id, title, group, synonym) by its comparison key: lowercased, repeated spaces made one.
    private let byName: [String: SIAKRoleID]

    /// Administrator (pasal 44), verifikator (pasal 46) and operator (pasal 47) of Permendagri 95/2019; the LDAP
    /// group cn equals the role id; the synonyms are the working titles offices write in SK spreadsheets.
    public static let standard = RoleCatalogue(checked: [
        SIAKRole(id: "administrator", title: "Administrator pengelolaan SIAK", ldapGroup: "administrator",
                 legalBasis: "Permendagri 95/2019 pasal 44",
                 synonyms: ["Administrator SIAK", "Admin SIAK", "Administrator aplikasi SIAK"]),
        SIAKRole(id: "verifikator", title: "Verifikator aplikasi SIAK", ldapGroup: "verifikator",
                 legalBasis: "Permendagri 95/2019 pasal 46", synonyms: ["Verifikator SIAK"]),
        SIAKRole(id: "operator", title: "Operator aplikasi SIAK", ldapGroup: "operator",
                 legalBasis: "Permendagri 95/2019 pasal 47", synonyms: ["Operator SIAK"]),
    ])

    private init(checked roles: [SIAKRole]) {
        self.roles = roles
        var byName: [String: SIAKRoleID] = [:]
        // Ids win over titles, titles over groups, groups over synonyms if two roles share a name.
        for rank in 0..<4 {
            for role in roles {
                let names = rank < 3 ? [role.names[rank]] : role.synonyms
                for name in names where byName[Self.key(name)] == nil { byName[Self.key(name)] = role.id }
            }
        }
        self.byName = byName
    }

    /// Creates a catalogue, refusing empty catalogues, duplicate ids, invalid ids or group names, empty synonyms and
    /// a synonym that names another role.
    public init(roles: [SIAKRole]) throws(ConfigError) {
        guard !roles.isEmpty else { throw ConfigError("the catalogue has no roles; list at least one SIAK role", at: "roles") }
        var seen: Set<SIAKRoleID> = []
        var owner: [String: SIAKRoleID] = [:]
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
            for name in [role.id.rawValue, role.title, role.ldapGroup] { owner[Self.key(name)] = owner[Self.key(name)] ?? role.id }
        }
        for (index, role) in roles.enumerated() {
            for (position, synonym) in role.synonyms.enumerated() {
                let path = "roles[\(index)].synonyms[\(position)]"
                guard !Self.key(synonym).isEmpty, !synonym.containsControlCharacter else {
                    throw ConfigError("the synonym is empty; write a name offices use for the role, e.g. 'Operator SIAK'", at: path)
                }
                if let other = owner[Self.key(synonym)], other != role.id {
                    throw ConfigError("'\(synonym)' already names the role \(other); a name may stand for one role only", at: path)
                }
                owner[Self.key(synonym)] = role.id
            }
        }
        self.init(checked: roles)
    }

    /// Loads a catalogue from YAML of the form `roles: [{id, title, ldapGroup, legalBasis, synonyms}]`.
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

    /// The role a name stands for, as offices write it: its id, title, LDAP group or one of its synonyms, ignoring
    /// case and repeated spaces ("operator", "Operator SIAK", "VERIFIKATOR  SIAK"); nil if none.
    public func roleID(named name: String) -> SIAKRoleID? { byName[Self.key(name)] }

    /// The comparison key of a role name.
    static func key(_ name: String) -> String { name.whitespaceNormalised.lowercased() }

    /// Equal when the roles are (the name index follows from them).
    public static func == (lhs: RoleCatalogue, rhs: RoleCatalogue) -> Bool { lhs.roles == rhs.roles }
    public func hash(into hasher: inout Hasher) { hasher.combine(roles) }
}

private struct RoleCatalogueFile: Decodable {
    let roles: [SIAKRole]
}
