public import AccessWorkflow
public import Foundation
import LDAP

/// Compares the directory with the roster and names every difference.
/// Pure: the caller reads the directory (``DirectorySnapshot``) and the
/// workflow (roster, departures); nothing here talks to a server.
public struct Reconciler: Sendable {
    public let mapping: OperatorMapping
    /// Days a locked, departed entry is kept before it is deleted.
    public let graceDays: Int

    public init(mapping: OperatorMapping, graceDays: Int) {
        self.mapping = mapping
        self.graceDays = graceDays
    }

    /// Everything, or only some people (the bridge applying its outbox).
    public enum Scope: Sendable {
        case everything
        case persons(Set<PersonKey>)

        func contains(_ key: PersonKey?) -> Bool {
            switch self {
            case .everything: true
            case .persons(let keys): key.map(keys.contains) ?? false
            }
        }
    }

    /// The differences, in a stable order (by kind of work, then DN).
    /// - Parameter username: the username for a roster person without an
    ///   entry yet; gets the uids already in the directory (lower-cased).
    public func compare(
        roster: Roster, departures: Departures, snapshot: DirectorySnapshot, now: Date, scope: Scope = .everything,
        username: (RosterEntry, Set<String>) throws -> String
    ) rethrows -> [Difference] {
        var managed: [PersonKey: [DirectoryOperator]] = [:]
        var unmanaged: [PersonKey: [DirectoryOperator]] = [:]
        var uids = Set<String>()
        var unkeyed: [DirectoryOperator] = []
        for entry in snapshot.operators {
            if let uid = entry.uid { uids.insert(uid.lowercased()) }
            guard let key = entry.personKey else {
                if entry.managed { unkeyed.append(entry) }
                continue
            }
            if entry.managed { managed[key, default: []].append(entry) } else { unmanaged[key, default: []].append(entry) }
        }
        var groupsOf: [DN: Set<DN>] = [:]
        for (group, members) in snapshot.members {
            for member in members { groupsOf[member, default: []].insert(group) }
        }

        var differences: [Difference] = []
        var authorized: [DN: Set<DN>] = [:]
        var departing = Set<DN>()

        for conflict in roster.conflicts { differences.append(.conflict("roster: \(conflict)")) }
        for (key, entries) in managed where scope.contains(key) {
            let all = entries + (unmanaged[key] ?? [])
            if all.count > 1 {
                differences.append(.conflict("\(all.count) entries claim \(key): \(all.map(\.dn.description).sorted().joined(separator: "; "))"))
            }
        }

        for entry in roster.entries where scope.contains(entry.key) {
            if let existing = managed[entry.key]?.first {
                let desired = mapping.desired(entry, username: existing.uid ?? existing.dn.rdn?.value ?? "")
                compare(desired, existing, groupsOf[existing.dn] ?? [], into: &differences)
                for group in desired.groups { authorized[group, default: []].insert(existing.dn) }
            } else {
                let desired = mapping.desired(entry, username: try username(entry, uids))
                uids.insert(desired.username.lowercased())
                if let other = unmanaged[entry.key]?.first {
                    differences.append(.unmanagedCorrelated(other, desired))
                } else {
                    differences.append(.missing(desired))
                    for group in desired.groups { authorized[group, default: []].insert(desired.dn) }
                }
            }
        }

        let onRoster = { (key: PersonKey?) in key.map { roster.entry(for: $0) != nil } ?? false }
        for entry in managed.values.flatMap({ $0 }) + unkeyed where !onRoster(entry.personKey) {
            guard scope.contains(entry.personKey) else { continue }
            let groups = groupsOf[entry.dn] ?? []
            if !entry.isPermanentlyLocked || !groups.isEmpty {
                departing.insert(entry.dn)
                if let departure = entry.personKey.flatMap({ departures[$0] }) {
                    differences.append(departure.isExpiry ? .expired(entry, departure) : .revoked(entry, departure))
                } else {
                    differences.append(.orphan(entry))
                }
            } else if isPastGrace(entry, now: now) {
                differences.append(.pastGrace(entry))
            }
        }

        let byDN = Dictionary(snapshot.operators.map { ($0.dn, $0) }, uniquingKeysWith: { first, _ in first })
        for (group, members) in snapshot.members {
            for member in members where !(authorized[group]?.contains(member) ?? false) && !departing.contains(member) {
                if case .persons = scope, !scope.contains(byDN[member]?.personKey) { continue }
                // Members that are roster people with drift were reported as role drift already.
                if let entry = byDN[member], entry.managed, onRoster(entry.personKey) { continue }
                differences.append(.unauthorizedMember(group: group, member: member))
            }
        }
        let keyed = differences.map { (order: $0.order, dn: $0.dn?.normalized ?? "", detail: $0.detail, difference: $0) }
        return keyed.sorted { ($0.order, $0.dn, $0.detail) < ($1.order, $1.dn, $1.detail) }.map(\.difference)
    }

    private func compare(_ desired: DesiredOperator, _ existing: DirectoryOperator, _ groups: Set<DN>, into differences: inout [Difference]) {
        let drifted = OperatorMapping.managedAttributes.enumerated().filter { index, name in
            DirectoryOperator.canonical(desired.attributes[name] ?? []) != existing.slots[index]
        }.map(\.element)
        if !drifted.isEmpty { differences.append(.attributeDrift(desired, existing, attributes: drifted)) }
        if existing.isPermanentlyLocked { differences.append(.lockedOnRoster(desired, existing)) }
        let missing = desired.groups.subtracting(groups)
        let extra = groups.subtracting(desired.groups)
        if !missing.isEmpty || !extra.isEmpty {
            differences.append(.roleDrift(desired, existing, missing: missing.sorted { $0.normalized < $1.normalized }, extra: extra.sorted { $0.normalized < $1.normalized }))
        }
    }

    private func isPastGrace(_ entry: DirectoryOperator, now: Date) -> Bool {
        guard let end = entry.values("siakAccessEnd").first.flatMap(OperatorMapping.parseGeneralizedTime) else { return false }
        return end.addingTimeInterval(TimeInterval(graceDays) * 86_400) < now
    }
}

extension Difference {
    /// Sort order: conflicts and reports first, then additions, changes, removals.
    var order: Int {
        switch self {
        case .conflict: 0
        case .unmanagedCorrelated: 1
        case .missing: 2
        case .attributeDrift: 3
        case .roleDrift: 4
        case .lockedOnRoster: 5
        case .expired: 6
        case .revoked: 7
        case .orphan: 8
        case .unauthorizedMember: 9
        case .pastGrace: 10
        }
    }
}
