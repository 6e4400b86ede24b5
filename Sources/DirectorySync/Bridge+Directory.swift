import AccessStore
import AccessWorkflow
import Foundation
import LDAP

extension Bridge {
    /// Above this many people, one paged read of all operators is cheaper than many filtered searches.
    static let scopedSearchLimit = 1_000
    /// People per OR-filter search.
    static let peoplePerSearch = 100

    /// The entries of `keys` (by NIP, NIK or assigned username) and the managed groups.
    func scopedSnapshot(_ connection: LDAPConnection, keys: Set<PersonKey>, usernames: [PersonKey: String]?) async throws(LDAPError) -> DirectorySnapshot {
        let groups = mapping.managedGroups
        if keys.count > Self.scopedSearchLimit {
            return try await DirectorySnapshot.read(connection, layout: layout, groups: groups)
        }
        var operators: [DirectoryOperator] = []
        var seen = Set<DN>()
        let sorted = keys.sorted()
        for start in stride(from: 0, to: sorted.count, by: Self.peoplePerSearch) {
            var terms: [Filter] = []
            for key in sorted[start..<min(start + Self.peoplePerSearch, sorted.count)] {
                switch key {
                case .nip(let nip): terms.append(.equal("siakNIP", nip.digits))
                case .nik(let nik): terms.append(.equal("siakNIK", nik.digits))
                }
                if let name = usernames?[key] { terms.append(.equal("uid", name)) }
            }
            let part = try await DirectorySnapshot.read(connection, layout: layout, groups: [], filter: .or(terms))
            for entry in part.operators where seen.insert(entry.dn).inserted { operators.append(entry) }
        }
        return DirectorySnapshot(operators: operators, members: try await DirectorySnapshot.readMembers(connection, groups: groups))
    }

    /// Usernames for the people of `keys` on the roster: the one on record, the uid
    /// of their existing managed entry, or a new one (recorded in one transaction)
    /// that no account and no directory entry uses.
    /// Records, as the username of a roster person, the uid of the managed entry that already carries their NIP or
    /// NIK when the database has no username for them: work re-entered after a restore that lost it finds the
    /// account the lost work had made, and its handover and BAST name that account. A uid on record for someone else
    /// is left alone (the reconciliation reports the conflict).
    func adoptEntries(_ entries: [PersonKey: String], now: Date) throws(BridgeError) {
        guard !entries.isEmpty else { return }
        let accounts = try storeCall { try store.accounts() }
        let usernames = Set(accounts.values.map { $0.lowercased() })
        let adoptable = entries.filter { accounts[$0.key.description] == nil && !usernames.contains($0.value.lowercased()) }
        guard !adoptable.isEmpty else { return }
        _ = try storeCall {
            try store.transaction { tx in
                try tx.assignUsernames(for: adoptable.keys.sorted(), actor: Self.actor, at: now) { key, _ in
                    guard let uid = adoptable[key] else { throw BridgeError.inconsistent("no entry to adopt for \(key)") }
                    return uid
                }
            }
        }
    }

    func assignUsernames(
        _ connection: LDAPConnection, keys: Set<PersonKey>, roster: Roster, snapshot: DirectorySnapshot, now: Date
    ) async throws(BridgeError) -> [PersonKey: String] {
        var existing: [PersonKey: String] = [:]
        for entry in snapshot.operators where entry.managed {
            if let key = entry.personKey, let uid = entry.uid { existing[key] = uid }
        }
        try adoptEntries(existing.filter { keys.contains($0.key) && roster.entry(for: $0.key) != nil }, now: now)
        let needing = keys.filter { roster.entry(for: $0) != nil && existing[$0] == nil }
        var assigned = existing
        guard !needing.isEmpty else { return assigned }
        let directoryUIDs: Set<String>
        if keys.count > Self.scopedSearchLimit {
            // The snapshot is a read of every inetOrgPerson under ou=operators: their uids, plus those of any other
            // entry there that has one (one more search, usually answered with nothing).
            var uids = try await directoryCall { () async throws(LDAPError) in
                try await allUIDs(connection, filter: .and([.present("uid"), .not(.equal("objectClass", "inetOrgPerson"))]))
            }
            for entry in snapshot.operators {
                if let uid = entry.uid { uids.insert(uid.lowercased()) }
                for other in entry.otherUIDs { uids.insert(other.lowercased()) }
            }
            directoryUIDs = uids
        } else {
            directoryUIDs = try await directoryCall { () async throws(LDAPError) in try await allUIDs(connection) }
        }
        let rule = settings.usernameRule
        // One transaction, one audit record naming every person and username, one insert.
        let people = needing.sorted().filter { roster.entry(for: $0) != nil }
        let persons = people.compactMap { roster.entry(for: $0)?.person }
        let elsewhere = try await usernamesElsewhere(connection, for: persons, taken: directoryUIDs)
        let results = try storeCall {
            try store.transaction { tx in
                try tx.assignUsernames(for: people, actor: Self.actor, at: now) { key, isTaken in
                    guard let person = roster.entry(for: key)?.person else { throw BridgeError.inconsistent("\(key) left the roster") }
                    return try rule.username(for: person.name, nip: person.nip, nik: person.nik) { name in
                        isTaken(name) || directoryUIDs.contains(name.lowercased()) || elsewhere.contains(name.lowercased())
                    }
                }
            }
        }
        for (key, result) in results { assigned[key] = result.username }
        return assigned
    }

    /// In a national directory (``DirectoryLayout/usernameScope``): the usernames other offices hold among those the
    /// rule would give `people` (lower-cased), so that a new name is free across the suffix. The names are proposed
    /// as the assignment will (after every recorded username and every uid of this office), looked up across the
    /// suffix (other offices' bridges may read their operators' uid, nothing else), and proposed again without those
    /// found, until none is found. For a person whose name was found taken, the next round looks up the next 64 names
    /// the rule would give at once ("budi.santoso2" … "budi.santoso65"; exact, indexed lookups — a search by the
    /// names' beginnings scans every entry and, measured under the national load, took longer than the answer
    /// timeout): fifty offices with a Budi Santoso used to need one round per office and gave up after 32. Empty for
    /// an office's own directory.
    func usernamesElsewhere(_ connection: LDAPConnection, for people: [Person], taken: Set<String>) async throws(BridgeError) -> Set<String> {
        guard let scope = layout.usernameScope, !people.isEmpty else { return [] }
        let recorded = Set(try storeCall { try store.allUsernames() }.map { $0.lowercased() })
        let rule = settings.usernameRule
        var elsewhere: Set<String> = []
        var collided: Set<Int> = []
        for _ in 0..<32 {
            var used = recorded.union(taken).union(elsewhere)
            var proposed: [String] = []
            for person in people {
                let name = try storeCall {
                    try rule.username(for: person.name, nip: person.nip, nik: person.nik) { used.contains($0.lowercased()) }
                }
                used.insert(name.lowercased())
                proposed.append(name.lowercased())
            }
            // Each person's proposal; for those who collided before, the names that would follow it too.
            var candidates = Set(proposed)
            for index in collided.sorted() {
                let person = people[index]
                var ahead = used
                for _ in 0..<64 {
                    let next = try storeCall {
                        try rule.username(for: person.name, nip: person.nip, nik: person.nik) { ahead.contains($0.lowercased()) }
                    }.lowercased()
                    ahead.insert(next)
                    candidates.insert(next)
                }
            }
            let filters: [Filter] = candidates.sorted().map { .equal("uid", $0) }
            var found: Set<String> = []
            for start in stride(from: 0, to: filters.count, by: 200) {
                let request = SearchRequest(base: scope, scope: .subtree, filter: .or(Array(filters[start..<min(start + 200, filters.count)])),
                                            attributes: ["uid"])
                // Paged: up to 200 names may be found, more than a plain search may return.
                let entries = try await directoryCall { () async throws(LDAPError) in try await connection.pagedSearch(request, pageSize: 1000).collect() }
                for entry in entries where entry.parsedDN?.isWithin(layout.operators) != true {
                    for uid in entry.strings("uid") { found.insert(uid.lowercased()) }
                }
            }
            let new = found.subtracting(elsewhere)
            if new.isEmpty { return elsewhere }
            elsewhere.formUnion(new)
            collided = Set(proposed.indices.filter { new.contains(proposed[$0]) })
        }
        throw .inconsistent("no free username across \(scope) after 32 rounds of lookups")
    }

    /// Every uid under ou=operators (of the entries `filter` selects), lower-cased.
    func allUIDs(_ connection: LDAPConnection, filter: Filter = .present("uid")) async throws(LDAPError) -> Set<String> {
        var uids = Set<String>()
        let request = SearchRequest(base: layout.operators, scope: .subtree, filter: filter, attributes: ["uid"])
        for try await page in connection.pagedSearch(request, pageSize: 1000) {
            for entry in page { for uid in entry.strings("uid") { uids.insert(uid.lowercased()) } }
        }
        return uids
    }
}

extension Bridge {
    /// The SK numbers (`siakDecreeNumber`) the managed entries carry, each with the entries carrying it: after a
    /// restore, the numbers the log does not know are SKs the restore lost.
    public func decreeNumbersInDirectory() async throws(BridgeError) -> [String: [String]] {
        let connection = try await directoryCall { () async throws(LDAPError) in try await connect() }
        defer { Task { await connection.close() } }
        let entries = try await directoryCall { () async throws(LDAPError) in
            try await connection.pagedSearch(SearchRequest(
                base: layout.operators, scope: .oneLevel, filter: .equal("siakManagedBy", DirectoryLayout.managedMarker),
                attributes: ["siakDecreeNumber"])).collect()
        }
        var found: [String: [String]] = [:]
        for entry in entries {
            for number in entry.strings("siakDecreeNumber") { found[number, default: []].append(entry.dn) }
        }
        return found
    }
}
