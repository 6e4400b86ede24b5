/// Merges grants into one entry per person, linking records that share a NIP or NIK, and sets aside people whose
/// records contradict each other.
enum RosterMerge {
    static func merge(_ grants: [RosterGrant]) -> (entries: [RosterEntry], conflicts: [RosterConflict]) {
        if let entries = distinct(grants) { return (entries, []) }
        // Union-find over the identifiers (NIP and NIK) of all grants, by integer id.
        var idOf: [PersonKey: Int] = [:]
        idOf.reserveCapacity(grants.count)
        var parent: [Int] = []
        func id(_ key: PersonKey) -> Int {
            if let known = idOf[key] { return known }
            parent.append(parent.count)
            idOf[key] = parent.count - 1
            return parent.count - 1
        }
        func root(_ item: Int) -> Int {
            var top = item
            while parent[top] != top { top = parent[top] }
            var current = item
            while parent[current] != top {
                let next = parent[current]
                parent[current] = top
                current = next
            }
            return top
        }
        var firstID: [Int] = []
        firstID.reserveCapacity(grants.count)
        for grant in grants {
            let ids = identifiers(of: grant.person).map(id)
            for (a, b) in zip(ids, ids.dropFirst()) {
                let rootA = root(a), rootB = root(b)
                if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
            }
            firstID.append(ids.first ?? id(grant.person.key))
        }
        let cluster = firstID.map(root)
        // Grants of one person are contiguous once ordered by cluster.
        let order = grants.indices.sorted { (cluster[$0], $0) < (cluster[$1], $1) }
        var entries: [RosterEntry] = []
        entries.reserveCapacity(grants.count)
        var conflicts: [RosterConflict] = []
        var shared = SharedValues()
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, cluster[order[end]] == cluster[order[start]] { end += 1 }
            if end - start == 1 {
                entries.append(entry(single: grants[order[start]], shared: &shared))
            } else {
                let group = order[start..<end].map { grants[$0] }
                let found = self.conflicts(in: group)
                if found.isEmpty {
                    if let entry = entry(for: group) { entries.append(entry) }
                } else {
                    conflicts += found
                }
            }
            start = end
        }
        entries.sort { $0.key < $1.key }
        return (entries, conflicts.sorted { $0.description < $1.description })
    }

    /// The entries when no NIP or NIK appears in two grants (an SK of 50,000 different people): one entry per
    /// grant, nothing to merge or contradict, built in key order; nil when some identifier repeats.
    /// Done on integers (``PersonKey/ordinal``): every identifier sorted once to find a repeat, and the grants
    /// ordered by their keys' integers, instead of hashing 100,000 keys and comparing enum cases.
    private static func distinct(_ grants: [RosterGrant]) -> [RosterEntry]? {
        var identifiers: [UInt64] = []
        identifiers.reserveCapacity(grants.count * 2)
        for grant in grants {
            if let nip = grant.person.nip { identifiers.append(PersonKey.nip(nip).ordinal) }
            if let nik = grant.person.nik { identifiers.append(PersonKey.nik(nik).ordinal) }
        }
        identifiers.sort()
        for index in identifiers.indices.dropFirst() where identifiers[index] == identifiers[index - 1] { return nil }
        identifiers = []
        // Keys are distinct now: their integers order the grants as the keys do.
        var order = grants.indices.map { (key: grants[$0].person.key.ordinal, index: $0) }
        order.sort { $0.key < $1.key }
        var entries: [RosterEntry] = []
        entries.reserveCapacity(grants.count)
        var shared = SharedValues()
        for item in order { entries.append(entry(single: grants[item.index], shared: &shared)) }
        return entries
    }

    private static func identifiers(of person: Person) -> [PersonKey] {
        [person.nip.map(PersonKey.nip), person.nik.map(PersonKey.nik)].compactMap { $0 }
    }

    /// The entry of a person with one grant: nothing to merge or contradict. Its role set, work units and basis
    /// are shared with every other entry that has the same (an SK of 50,000 grants has a handful of each), so a large
    /// roster holds one copy of them instead of 50,000.
    private static func entry(single grant: RosterGrant, shared: inout SharedValues) -> RosterEntry {
        RosterEntry(
            key: grant.person.key, person: grant.person, roles: shared.roles(grant.roles),
            workUnits: shared.workUnits(grant.workUnit), basis: shared.basis(grant.basis), endDate: grant.endDate)
    }

    /// Equal values built once and handed out again (collections share their storage when copied): the role set,
    /// work units and basis of an entry, of which an SK of 50,000 people has a handful.
    private struct SharedValues {
        private var roleSets = Interned<[SIAKRoleID], Set<SIAKRoleID>>()
        private var units = Interned<String, [String]>()
        private var bases = Interned<RosterBasis, [RosterBasis]>()

        mutating func roles(_ roles: [SIAKRoleID]) -> Set<SIAKRoleID> { roleSets.value(for: roles) { Set($0) } }
        mutating func workUnits(_ unit: String) -> [String] { units.value(for: unit) { [$0] } }
        mutating func basis(_ basis: RosterBasis) -> [RosterBasis] { bases.value(for: basis) { [$0] } }
    }

    /// One value per distinct key, made once. The last key asked for is checked first: an SK's people come one after
    /// another and share their role list, work unit and SK number (the same storage, so the comparison is an identity
    /// check), and hashing a role list of strings for each of 50,000 people was most of the merge.
    private struct Interned<Key: Hashable, Value> {
        private var known: [Key: Value] = [:]
        private var last: (key: Key, value: Value)?

        mutating func value(for key: Key, make: (Key) -> Value) -> Value {
            if let last, last.key == key { return last.value }
            let value = known[key] ?? make(key)
            known[key] = value
            last = (key, value)
            return value
        }
    }

    private static func conflicts(in group: [RosterGrant]) -> [RosterConflict] {
        var niksByNIP: [NIP: Set<NIK>] = [:]
        var namesByNIP: [NIP: [String: String]] = [:]
        var nipsByNIK: [NIK: Set<NIP>] = [:]
        for grant in group {
            if let nip = grant.person.nip {
                let key = grant.person.name.comparisonKey
                if namesByNIP[nip]?[key] == nil { namesByNIP[nip, default: [:]][key] = grant.person.name.name }
                if let nik = grant.person.nik {
                    niksByNIP[nip, default: []].insert(nik)
                    nipsByNIK[nik, default: []].insert(nip)
                }
            }
        }
        var found: [RosterConflict] = []
        for (nip, niks) in niksByNIP where niks.count > 1 { found.append(.nipWithSeveralNIKs(nip, niks.sorted())) }
        for (nip, names) in namesByNIP where names.count > 1 {
            found.append(.nipWithSeveralNames(nip, names.values.sorted()))
        }
        for (nik, nips) in nipsByNIK where nips.count > 1 { found.append(.nikWithSeveralNIPs(nik, nips.sorted())) }
        return found
    }

    private static func entry(for group: [RosterGrant]) -> RosterEntry? {
        guard let latest = group.max(by: { $0.recency < $1.recency }) else { return nil }
        let nip = group.lazy.compactMap(\.person.nip).first
        let nik = group.lazy.compactMap(\.person.nik).first
        let uid = latest.person.uid ?? group.lazy.compactMap(\.person.uid).first
        let person = (try? Person(name: latest.person.name, nip: nip, nik: nik, uid: uid)) ?? latest.person  // try?: grants whose NIP and NIK contradict each other cannot be merged; the latest grant's own person stands
        let ends = group.map(\.endDate)
        return RosterEntry(
            key: person.key, person: person, roles: Set(group.flatMap(\.roles)),
            workUnits: Array(Set(group.map(\.workUnit))).sorted(), basis: Array(Set(group.map(\.basis))).sorted(),
            endDate: ends.contains(nil) ? nil : ends.compactMap { $0 }.max())
    }
}
