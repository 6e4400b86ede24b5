public import LDAP

/// The operators and the members of the managed SIAK groups, as read from
/// the directory with paged searches.
public struct DirectorySnapshot: Sendable {
    public var operators: [DirectoryOperator]
    /// Members of each managed group (groups that do not exist map to nothing).
    public var members: [DN: Set<DN>]

    public init(operators: [DirectoryOperator], members: [DN: Set<DN>]) {
        self.operators = operators
        self.members = members
    }

    /// Reads everything under `ou=operators` (or only what `filter` selects) and the given groups.
    public static func read(
        _ connection: LDAPConnection, layout: DirectoryLayout, groups: [DN], filter: Filter = .equal("objectClass", "inetOrgPerson"),
        pageSize: Int = 5000
    ) async throws(LDAPError) -> DirectorySnapshot {
        // The groups first: the entries that are members then share their DNs with the member lists.
        let members = try await readMembers(connection, groups: groups)
        let known = Array(members.values)
        var pages: [[DirectoryOperator]] = []
        let request = SearchRequest(base: layout.operators, scope: .subtree, filter: filter, attributes: DirectoryOperator.readAttributes)
        // Entries are reduced on the connection's thread as they arrive, straight from libldap's buffers.
        for try await page in connection.pagedSearch(request, pageSize: pageSize, transform: { DirectoryOperator(raw: $0, knownDNs: known) }) {
            pages.append(page)
        }
        // One array of exactly the right size, each page freed once copied: no doubling of 50,000 entries.
        var operators: [DirectoryOperator] = []
        operators.reserveCapacity(pages.reduce(0) { $0 + $1.count })
        pages.reverse()
        while let page = pages.popLast() { operators.append(contentsOf: page) }
        return DirectorySnapshot(operators: operators, members: members)
    }

    /// The `member` values of each group, as DNs (the empty placeholder value is dropped).
    public static func readMembers(_ connection: LDAPConnection, groups: [DN]) async throws(LDAPError) -> [DN: Set<DN>] {
        var members: [DN: Set<DN>] = [:]
        for group in groups {
            guard let entry = try await connection.read(group, attributes: ["member"]) else { continue }
            var set = Set<DN>()
            set.reserveCapacity(entry["member"].count)
            for value in entry.strings("member") where !value.isEmpty {
                if let dn = try? DN(parsing: value) { set.insert(dn) }
            }
            members[group] = set
        }
        return members
    }
}
