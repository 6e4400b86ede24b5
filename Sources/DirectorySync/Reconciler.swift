public import AccessWorkflow
public import Foundation
import Dispatch
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
        let operators = snapshot.operators
        // Entries by person: the first managed one, and how many entries (of any kind) claim the person.
        var managedByKey: [PersonKey: Int] = [:]
        managedByKey.reserveCapacity(operators.count)
        var unmanagedByKey: [PersonKey: Int] = [:]
        var duplicated = Set<PersonKey>()
        var unkeyed: [Int] = []
        for (index, entry) in operators.enumerated() {
            guard let key = entry.personKey else {
                if entry.managed { unkeyed.append(index) }
                continue
            }
            if entry.managed {
                if managedByKey.updateValue(managedByKey[key] ?? index, forKey: key) != nil || unmanagedByKey[key] != nil {
                    duplicated.insert(key)
                }
            } else {
                if unmanagedByKey.updateValue(unmanagedByKey[key] ?? index, forKey: key) != nil || managedByKey[key] != nil {
                    duplicated.insert(key)
                }
            }
        }
        let groups = mapping.managedGroups
        let members = groups.map { snapshot.members[$0] ?? [] }
        @Sendable func mask(of dn: DN) -> UInt64 {
            var bits: UInt64 = 0
            for (index, set) in members.enumerated() where set.contains(dn) { bits |= 1 << UInt64(index) }
            return bits
        }
        @Sendable func dns(_ bits: UInt64) -> [DN] { groups.indices.filter { bits & (1 << UInt64($0)) != 0 }.map { groups[$0] } }

        var differences: [Difference] = []
        var expected: [DN: UInt64] = [:]
        var departing = Set<DN>()
        var uids: Set<String>?

        for conflict in roster.conflicts { differences.append(.conflict("roster: \(conflict)")) }
        for key in duplicated where managedByKey[key] != nil && scope.contains(key) {
            let all = operators.filter { $0.personKey == key }.map(\.dn.description).sorted()
            differences.append(.conflict("\(all.count) entries claim \(key): \(all.joined(separator: "; "))"))
        }

        // Roster people who have an entry are checked on every core (read-only data);
        // those who need a new username are handled after, in order.
        let candidates: [RosterEntry]
        if case .everything = scope { candidates = roster.entries } else { candidates = roster.entries.filter { scope.contains($0.key) } }
        let matched = managedByKey
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, candidates.count / 1000))
        let collected = PartResults(parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var found: [Difference] = [], wanted: [(DN, UInt64)] = [], unmatched: [Int] = []
            for position in stride(from: part, to: candidates.count, by: parts) {
                let entry = candidates[position]
                guard let index = matched[entry.key] else {
                    unmatched.append(position)
                    continue
                }
                let existing = operators[index]
                let slots = mapping.slots(for: entry)
                let drifted = OperatorMapping.managedAttributes.indices.filter { !existing.holds(slots[$0], at: $0) }
                let wantedGroups = mapping.groupMask(for: entry.roles), actualGroups = mask(of: existing.dn)
                wanted.append((existing.dn, wantedGroups))
                guard !drifted.isEmpty || wantedGroups != actualGroups || existing.isPermanentlyLocked else { continue }
                let desired = mapping.desired(entry, username: existing.uid ?? existing.dn.rdn?.value ?? "")
                if !drifted.isEmpty {
                    found.append(.attributeDrift(desired, existing, attributes: drifted.map { OperatorMapping.managedAttributes[$0] }))
                }
                if wantedGroups != actualGroups {
                    found.append(.roleDrift(desired, existing, missing: dns(wantedGroups & ~actualGroups), extra: dns(actualGroups & ~wantedGroups)))
                }
                if existing.isPermanentlyLocked { found.append(.lockedOnRoster(desired, existing)) }
            }
            collected.store(part, found, wanted, unmatched)
        }
        var unmatched: [Int] = []
        for part in collected.parts {
            differences += part.differences
            for (dn, bits) in part.wanted { expected[dn] = bits }
            unmatched += part.unmatched
        }
        for position in unmatched.sorted() {
            let entry = candidates[position]
            if uids == nil { uids = Set(operators.compactMap { $0.uid?.lowercased() }) }
            let desired = mapping.desired(entry, username: try username(entry, uids ?? []))
            uids?.insert(desired.username.lowercased())
            if let other = unmanagedByKey[entry.key] {
                differences.append(.unmanagedCorrelated(operators[other], desired))
            } else {
                differences.append(.missing(desired))
                expected[desired.dn] = mapping.groupMask(for: entry.roles)
            }
        }

        let offRoster = managedByKey.compactMap { roster.entry(for: $0.key) == nil ? $0.value : nil } + unkeyed
        for index in offRoster {
            let entry = operators[index]
            guard scope.contains(entry.personKey) else { continue }
            if !entry.isPermanentlyLocked || mask(of: entry.dn) != 0 {
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

        // Members of a managed group who are not expected there. Roster people with
        // other groups were reported as role drift; departing entries above.
        var inScope: Set<DN>?
        if case .persons = scope { inScope = Set(operators.filter { scope.contains($0.personKey) }.map(\.dn)) }
        for (index, set) in members.enumerated() {
            for member in set where (expected[member] ?? 0) & (1 << UInt64(index)) == 0 {
                if expected[member] != nil || departing.contains(member) { continue }
                if let inScope, !inScope.contains(member) { continue }
                differences.append(.unauthorizedMember(group: groups[index], member: member))
            }
        }
        let keyed = differences.map { (order: $0.order, dn: $0.dn?.normalized ?? "", detail: $0.detail, difference: $0) }
        return keyed.sorted { ($0.order, $0.dn, $0.detail) < ($1.order, $1.dn, $1.detail) }.map(\.difference)
    }

    private func isPastGrace(_ entry: DirectoryOperator, now: Date) -> Bool {
        guard let end = entry.accessEnd.flatMap(OperatorMapping.parseGeneralizedTime) else { return false }
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

/// What each core found in the parallel part of ``Reconciler/compare(roster:departures:snapshot:now:scope:username:)``.
private final class PartResults: @unchecked Sendable {
    struct Part {
        var differences: [Difference] = []
        var wanted: [(DN, UInt64)] = []
        var unmatched: [Int] = []
    }

    private let lock = NSLock()
    private var stored: [Part]

    init(_ count: Int) { stored = Array(repeating: Part(), count: count) }

    func store(_ index: Int, _ differences: [Difference], _ wanted: [(DN, UInt64)], _ unmatched: [Int]) {
        lock.lock()
        defer { lock.unlock() }
        stored[index] = Part(differences: differences, wanted: wanted, unmatched: unmatched)
    }

    var parts: [Part] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
