/// Merges grants into one entry per person, linking records that share a NIP or NIK, and sets aside people whose
/// records contradict each other.
enum RosterMerge {
    static func merge(_ grants: [RosterGrant]) -> (entries: [RosterEntry], conflicts: [RosterConflict]) {
        var clusters = UnionFind()
        for grant in grants {
            let tokens = identifiers(of: grant.person)
            for token in tokens { clusters.add(token) }
            for (a, b) in zip(tokens, tokens.dropFirst()) { clusters.union(a, b) }
        }
        var groups: [String: [RosterGrant]] = [:]
        for grant in grants {
            guard let first = identifiers(of: grant.person).first else { continue }
            groups[clusters.root(of: first), default: []].append(grant)
        }
        var entries: [RosterEntry] = []
        var conflicts: [RosterConflict] = []
        for group in groups.values {
            let found = self.conflicts(in: group)
            if found.isEmpty {
                if let entry = entry(for: group) { entries.append(entry) }
            } else {
                conflicts += found
            }
        }
        let sorted = entries.map { ($0.key.description, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        return (sorted, conflicts.sorted { $0.description < $1.description })
    }

    private static func identifiers(of person: Person) -> [String] {
        [person.nip.map { "nip:\($0.digits)" }, person.nik.map { "nik:\($0.digits)" }].compactMap { $0 }
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

/// Disjoint sets of identifier strings.
struct UnionFind {
    private var parent: [String: String] = [:]

    mutating func add(_ item: String) {
        if parent[item] == nil { parent[item] = item }
    }

    func root(of item: String) -> String {
        var current = item
        while let next = parent[current], next != current { current = next }
        return current
    }

    mutating func union(_ a: String, _ b: String) {
        let rootA = root(of: a), rootB = root(of: b)
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }
}
