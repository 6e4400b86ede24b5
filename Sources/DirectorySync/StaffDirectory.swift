public import LDAP

/// The officials who act in the workflow, in the directory: entries under `ou=staff` (inetOrgPerson + siakPerson,
/// with their NIP) and the workflow groups under `ou=workflow,ou=groups` whose members hold a role. Written through
/// the connection given: the embedded directory's local administrator, or an office's `cn=staff-admin` on a
/// directory elsewhere (national or the office's own), whose rules let it write only these.
public struct StaffDirectory: Sendable {
    public let layout: DirectoryLayout

    public init(layout: DirectoryLayout) { self.layout = layout }

    /// One official as the directory holds them.
    public struct Official: Sendable, Hashable, Encodable {
        public let uid: String, name: String, nip: String?, roles: [String]
    }

    /// Adds the official `uid` with `password` (to be changed at the first login when `mustChange`) as a member of
    /// each workflow group in `groups` (their `cn`). `entryAlreadyExists` when the login is taken.
    public func add(
        _ connection: LDAPConnection, uid: String, name: (full: String, surname: String, display: String), nip: String,
        groups: [String], password: String, mustChange: Bool
    ) async throws(LDAPError) {
        let dn = layout.staff.child("uid", uid)
        try await connection.add(dn, [
            LDAPAttribute("objectClass", "inetOrgPerson", "siakPerson"), LDAPAttribute("uid", uid),
            LDAPAttribute("cn", name.full), LDAPAttribute("sn", name.surname), LDAPAttribute("displayName", name.display),
            LDAPAttribute("siakNIP", nip),
        ])
        try await connection.modifyPassword(of: dn, newPassword: password)
        if !mustChange, try await connection.read(dn, attributes: ["pwdReset"])?["pwdReset"].isEmpty == false {
            try await connection.modify(dn, [.delete("pwdReset")])
        }
        for group in groups {
            try await connection.modify(layout.workflowGroups.child("cn", group), [.add("member", [LDAPValue(dn.description)])])
        }
    }

    /// Every official with the workflow roles (group `cn`s) they hold, by login.
    public func list(_ connection: LDAPConnection) async throws(LDAPError) -> [Official] {
        let staff = try await connection.search(base: layout.staff, scope: .oneLevel, filter: .present("uid"),
                                                attributes: ["uid", "displayName", "cn", "siakNIP"])
        let groups = try await connection.search(base: layout.workflowGroups, scope: .oneLevel, attributes: ["cn", "member"])
        var members: [DN: [String]] = [:]
        for group in groups {
            guard let cn = group.string("cn") else { continue }
            for member in group.strings("member") where !member.isEmpty {
                // A member value that is not a DN names nobody; it is left out of every official's roles.
                guard let dn = try? DN(parsing: member) else { continue }  // try?: a member value that is not a DN names nobody (comment above)
                members[dn, default: []].append(cn)
            }
        }
        return staff.map { entry in
            Official(uid: entry.string("uid") ?? "", name: entry.string("displayName") ?? entry.string("cn") ?? "",
                     nip: entry.string("siakNIP"), roles: (entry.parsedDN.flatMap { members[$0] } ?? []).sorted())
        }.sorted { $0.uid < $1.uid }
    }
}
