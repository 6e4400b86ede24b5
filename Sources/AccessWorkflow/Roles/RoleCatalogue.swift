import Yams

/// The SIAK roles an office may grant, with their LDAP groups and the names offices write for them.
public struct RoleCatalogue: Sendable, Hashable {
    /// The roles in catalogue order.
    public let roles: [SIAKRole]
    /// Pairs of roles one person may not hold together.
    public let conflicts: [RoleConflict]
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
    ], conflicts: [RoleConflict.operatorAndVerifikator])

    private init(checked roles: [SIAKRole], conflicts: [RoleConflict]) {
        self.roles = roles
        self.conflicts = conflicts
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

    /// Creates a catalogue, refusing empty catalogues, duplicate ids, invalid ids or group names, empty synonyms, a
    /// synonym that names another role, and a conflict that does not name two different roles of the catalogue.
    public init(roles: [SIAKRole], conflicts: [RoleConflict] = []) throws(ConfigError) {
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
        for (index, conflict) in conflicts.enumerated() {
            let path = "conflicts[\(index)].roles"
            guard conflict.roles.count == 2, conflict.roles[0] != conflict.roles[1] else {
                throw ConfigError("a conflict names two different roles, e.g. [operator, verifikator]", at: path)
            }
            for role in conflict.roles where !seen.contains(role) {
                throw ConfigError("unknown SIAK role '\(role)'; known: \(roles.map(\.id.rawValue).sorted().listed)", at: path)
            }
            guard !conflict.reason.trimmed.isEmpty else {
                throw ConfigError("the reason is empty; say why one person may not hold both (the regulation)", at: "conflicts[\(index)].reason")
            }
        }
        self.init(checked: roles, conflicts: conflicts)
    }

    /// Loads a catalogue from YAML of the form `roles: [{id, title, ldapGroup, legalBasis, synonyms}]`.
    public init(yaml: String) throws(ConfigError) {
        let file: RoleCatalogueFile
        do {
            file = try YAMLDecoder().decode(RoleCatalogueFile.self, from: yaml)
        } catch {
            throw ConfigError.fromDecoding(error)
        }
        try self.init(roles: file.roles, conflicts: file.conflicts ?? [])
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

    /// The conflict between two roles, if one person may not hold both.
    public func conflict(_ first: SIAKRoleID, _ second: SIAKRoleID) -> RoleConflict? {
        conflicts.first { Set($0.roles) == Set([first, second]) && first != second }
    }

    /// The first conflict among `roles` held by one person, if any.
    public func conflict(among roles: some Collection<SIAKRoleID>) -> RoleConflict? {
        conflicts.first { conflict in conflict.roles.allSatisfy(roles.contains) }
    }

    /// Equal when the roles and conflicts are (the name index follows from them).
    public static func == (lhs: RoleCatalogue, rhs: RoleCatalogue) -> Bool { lhs.roles == rhs.roles && lhs.conflicts == rhs.conflicts }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(roles)
        hasher.combine(conflicts)
    }
}

private struct RoleCatalogueFile: Decodable {
    let roles: [SIAKRole]
    let conflicts: [RoleConflict]?
}
