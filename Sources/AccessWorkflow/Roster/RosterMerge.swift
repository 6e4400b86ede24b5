/// Merges grants into one entry per person, linking records that share a NIP or NIK, and sets aside people whose
/// records contradict each other.
enum RosterMerge {
    static func merge(_ grants: [RosterGrant]) -> (entries: [RosterEntry], conflicts: [RosterConflict]) {
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
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, cluster[order[end]] == cluster[order[start]] { end += 1 }
            if end - start == 1 {
                entries.append(entry(single: grants[order[start]]))
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

    private static func identifiers(of person: Person) -> [PersonKey] {
        [person.nip.map(PersonKey.nip), person.nik.map(PersonKey.nik)].compactMap { $0 }
    }

    /// The entry of a person with one grant: nothing to merge or contradict.
    private static func entry(single grant: RosterGrant) -> RosterEntry {
        RosterEntry(
            key: grant.person.key, person: grant.person, roles: Set(grant.roles), workUnits: [grant.workUnit],
            basis: [grant.basis], endDate: grant.endDate)
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
        let person = (try? Person(name: latest.person.name, nip: nip, nik: nik, uid: uid)) ?? latest.person
        let ends = group.map(\.endDate)
        return RosterEntry(
            key: person.key, person: person, roles: Set(group.flatMap(\.roles)),
            workUnits: Array(Set(group.map(\.workUnit))).sorted(), basis: Array(Set(group.map(\.basis))).sorted(),
            endDate: ends.contains(nil) ? nil : ends.compactMap { $0 }.max())
    }
}
