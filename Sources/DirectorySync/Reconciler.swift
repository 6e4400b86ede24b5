public import AccessWorkflow
public import AccessStore
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
    /// - Parameter wanted: the roster's digests if computed already (``RosterDigests``), else computed here.
    /// - Parameter username: the username for a roster person without an
    ///   entry yet; gets the uids already in the directory (lower-cased).
    ///
    /// Built for 50,000 entries on two cores: roster people are found by position (no copies of their entries),
    /// attribute values are compared as digests computed without building strings, and group memberships as
    /// 64-bit digests of the members' DNs, so that nothing of the size of the directory is built besides a table of
    /// memberships.
    /// - Parameters lostPeriods, renewedAt: the times whose records the log does not hold, and when a roster entry's
    ///   newest basis was recorded (``LostLocks``): an entry on the roster but locked within such a time (its `siakAccessEnd` stamp) was locked by a
    ///   record this log does not hold, and is reported, never unlocked or put back in its groups
    ///   (``Difference/lockedByLostRecord(_:_:)``) — until an SK or request recorded after the lock grants it again.
    public func compare(
        roster: Roster, departures: Departures, snapshot: DirectorySnapshot, now: Date, scope: Scope = .everything,
        wanted: RosterDigests? = nil, lostPeriods: [LostPeriod] = [], renewedAt: (RosterEntry) throws -> Date? = { _ in nil },
        username: (RosterEntry, Set<String>) throws -> String
    ) rethrows -> [Difference] {
        let periods = lostPeriods.map { (from: OperatorMapping.generalizedTime($0.from), through: $0.through.map(OperatorMapping.generalizedTime)) }
        let wanted = wanted.flatMap { $0.fits(roster) ? $0 : nil }
        let operators = snapshot.operators
        // Entries by person: the first managed one (for roster people, by roster position), and whether two entries
        // (of any kind) claim the same person.
        var claimOf = [Int32](repeating: -1, count: roster.entries.count)
        var managedOffRoster: [PersonKey: Int] = [:]
        var unmanagedByKey: [PersonKey: Int] = [:]
        var duplicated = Set<PersonKey>()
        var unkeyed: [Int] = []
        for index in operators.indices {
            let managed = operators[index].managed
            guard let key = operators[index].personKey else {
                if managed { unkeyed.append(index) }
                continue
            }
            let position = roster.position(of: key)
            let managedSeen = position.map { claimOf[$0] >= 0 } ?? (managedOffRoster[key] != nil)
            if managed {
                if !managedSeen {
                    if let position { claimOf[position] = Int32(index) } else { managedOffRoster[key] = index }
                }
                if managedSeen || unmanagedByKey[key] != nil { duplicated.insert(key) }
            } else {
                if unmanagedByKey[key] != nil || managedSeen { duplicated.insert(key) }
                if unmanagedByKey[key] == nil { unmanagedByKey[key] = index }
            }
        }
        let groups = mapping.managedGroups
        // Each member's groups, by the digest of its DN (computed as the groups were read, when they were).
        let memberships = snapshot.memberships.flatMap { $0.groups == groups ? $0 : nil } ?? Memberships(snapshot.members, groups: groups)
        @Sendable func dns(_ bits: UInt64) -> [DN] { groups.indices.filter { bits & (1 << UInt64($0)) != 0 }.map { groups[$0] } }

        var differences: [Difference] = []
        for conflict in roster.conflicts { differences.append(.conflict("roster: \(conflict)")) }
        for key in duplicated where scope.contains(key) {
            let claimed = roster.position(of: key).map { claimOf[$0] >= 0 } ?? (managedOffRoster[key] != nil)
            guard claimed else { continue }
            let all = operators.filter { $0.personKey == key }.map(\.dn.description).sorted()
            differences.append(.conflict("\(all.count) entries claim \(key): \(all.joined(separator: "; "))"))
        }

        // Roster people who have an entry are checked on every core (read-only data); those who need a new username
        // are handled after, in order.
        let positions: [Int]
        if case .everything = scope { positions = Array(roster.entries.indices) } else {
            positions = roster.entries.indices.filter { scope.contains(roster.entries[$0].key) }
        }
        let claims = claimOf
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, positions.count / 1000))
        let collected = PartResults(parts)
        roster.entries.withUnsafeBufferPointer { entries in
            let entries = UnsafeEntries(entries)
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                var found: [Difference] = [], explained: [Int32] = [], unmatched: [Int] = []
                var held: [PartResults.Held] = []
                var cache = SlotDigestCache()
                for slot in stride(from: part, to: positions.count, by: parts) {
                    let position = positions[slot]
                    let claim = Int(claims[position])
                    guard claim >= 0 else {
                        unmatched.append(position)
                        continue
                    }
                    // Fields read in place: the entry is copied only when it differs.
                    let dnDigest = operators[claim].dnDigest, digests = operators[claim].digests
                    let member = memberships.slot(of: dnDigest)
                    if let member { explained.append(Int32(member)) }
                    let desiredDigests = wanted?.slots[position] ?? mapping.slotDigests(for: entries.buffer[position], cache: &cache)
                    var driftMask = 0
                    for slot in 0..<SlotDigests.count where digests[slot] != desiredDigests[slot] { driftMask |= 1 << slot }
                    let wantedGroups = wanted?.groupMasks[position] ?? mapping.groupMask(for: entries.buffer[position].roles)
                    let actualGroups = memberships.groups(atSlot: member)
                    guard driftMask != 0 || wantedGroups != actualGroups || operators[claim].isPermanentlyLocked else { continue }
                    let existing = operators[claim]
                    let drifted = (0..<SlotDigests.count).filter { driftMask & (1 << $0) != 0 }
                    let desired = mapping.desired(entries[position], username: existing.uid ?? existing.dn.rdn?.value ?? "")
                    var differences: [Difference] = []
                    if !drifted.isEmpty {
                        differences.append(.attributeDrift(desired, existing, attributes: drifted.map { OperatorMapping.managedAttributes[$0] }))
                    }
                    if wantedGroups != actualGroups {
                        differences.append(.roleDrift(desired, existing, missing: dns(wantedGroups & ~actualGroups), extra: dns(actualGroups & ~wantedGroups)))
                    }
                    if existing.isPermanentlyLocked { differences.append(.lockedOnRoster(desired, existing)) }
                    // Locked within a lost time: held, unless a basis recorded after the lock grants it again (decided
                    // below, one by one: finding that out may read the workflow state).
                    if existing.isPermanentlyLocked, let end = existing.accessEnd,
                       periods.contains(where: { end > $0.from && $0.through.map { end <= $0 } ?? true })
                    {
                        held.append(PartResults.Held(position: position, lockedAt: end, difference: .lockedByLostRecord(desired, existing),
                                                     otherwise: differences))
                        continue
                    }
                    found += differences
                }
                collected.store(part, found, explained, unmatched, held)
            }
        }
        // The membership slots (see ``Memberships``) of the members accounted for.
        var explained: [Int32] = []
        var unmatched: [Int] = []
        func explain(_ digest: UInt64) { if let member = memberships.slot(of: digest) { explained.append(Int32(member)) } }
        for part in collected.parts {
            differences += part.differences
            explained += part.explained
            unmatched += part.unmatched
            for held in part.held {
                let renewed = try renewedAt(roster.entries[held.position]).map { OperatorMapping.generalizedTime($0) > held.lockedAt } ?? false
                if renewed { differences += held.otherwise } else { differences.append(held.difference) }
            }
        }
        var uids: Set<String>?
        for position in unmatched.sorted() {
            let entry = roster.entries[position]
            if uids == nil { uids = Set(operators.compactMap { $0.uid?.lowercased() }) }
            let desired = mapping.desired(entry, username: try username(entry, uids ?? []))
            uids?.insert(desired.username.lowercased())
            if let other = unmanagedByKey[entry.key] {
                differences.append(.unmanagedCorrelated(operators[other], desired))
            } else {
                differences.append(.missing(desired))
                explain(Self.digest(desired.dn))
            }
        }

        for index in managedOffRoster.values.sorted() + unkeyed {
            let entry = operators[index]
            guard scope.contains(entry.personKey) else { continue }
            if !entry.isPermanentlyLocked || memberships[entry.dnDigest] != 0 {
                explain(entry.dnDigest)
                if let departure = entry.personKey.flatMap({ departures[$0] }) {
                    differences.append(departure.isExpiry ? .expired(entry, departure) : .revoked(entry, departure))
                } else {
                    differences.append(.orphan(entry))
                }
            } else if isPastGrace(entry, now: now) {
                differences.append(.pastGrace(entry))
            }
        }

        // Members of a managed group who are neither roster people with an entry (other groups of theirs were
        // reported as role drift), nor new entries, nor departing entries (reported above).
        var accounted = [Bool](repeating: false, count: memberships.count)
        for member in explained { accounted[Int(member)] = true }
        var inScope: Set<DN>?
        if case .persons = scope { inScope = Set(operators.filter { scope.contains($0.personKey) }.map(\.dn)) }
        // The groups with a member not accounted for: only their member lists are walked.
        var unaccountedGroups: UInt64 = 0
        for slot in accounted.indices where !accounted[slot] { unaccountedGroups |= memberships.groups(atSlot: slot) }
        for (bit, group) in groups.enumerated() where unaccountedGroups & (1 << UInt64(bit)) != 0 {
            let members = snapshot.members[group] ?? []
            for (member, slot) in zip(members, memberships.slots(ofGroup: bit, members)) where slot < 0 || !accounted[Int(slot)] {
                if let inScope, !inScope.contains(member) { continue }
                differences.append(.unauthorizedMember(group: group, member: member))
            }
        }
        // By kind of work, then DN; the detail (text built on demand) only breaks the rare ties.
        let keyed = differences.map { (order: $0.order, dn: $0.dn?.normalized ?? "", difference: $0) }
        return keyed.sorted { a, b in
            if a.order != b.order { return a.order < b.order }
            if a.dn != b.dn { return a.dn < b.dn }
            return a.difference.detail < b.difference.detail
        }.map(\.difference)
    }

    /// FNV-1a of a DN's normalized form: what membership tables are keyed by.
    static func digest(_ dn: DN) -> UInt64 {
        var hasher = SlotHasher()
        hasher.add(dn.normalized)
        return hasher.finish()
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
        case .lockedByLostRecord: 5
        case .expired: 6
        case .revoked: 7
        case .orphan: 8
        case .unauthorizedMember: 9
        case .pastGrace: 10
        case .sharedUsername: 11
        }
    }
}

/// What each core found in the parallel part of ``Reconciler/compare(roster:departures:snapshot:now:scope:username:)``.
private final class PartResults: @unchecked Sendable {
    // @unchecked: `stored` is only touched under `lock`.
    struct Part {
        var differences: [Difference] = []
        /// Membership slots of the DNs whose memberships are accounted for.
        var explained: [Int32] = []
        var unmatched: [Int] = []
        var held: [Held] = []
    }

    /// An entry locked within a lost time, with what it would differ in if a newer basis overtook the lock.
    struct Held {
        let position: Int
        let lockedAt: String
        let difference: Difference
        let otherwise: [Difference]
    }

    private let lock = NSLock()
    private var stored: [Part]

    init(_ count: Int) { stored = Array(repeating: Part(), count: count) }

    func store(_ index: Int, _ differences: [Difference], _ explained: [Int32], _ unmatched: [Int], _ held: [Held]) {
        lock.lock()
        defer { lock.unlock() }
        stored[index] = Part(differences: differences, explained: explained, unmatched: unmatched, held: held)
    }

    var parts: [Part] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}

/// The roster's entries, read (never written) by every core of the comparison while the array they point into is
/// alive: a named wrapper so that the parallel part borrows them instead of copying each entry.
private struct UnsafeEntries: @unchecked Sendable {
    // @unchecked: only reads, and only inside `withUnsafeBufferPointer` of the roster's array.
    let buffer: UnsafeBufferPointer<RosterEntry>
    init(_ buffer: UnsafeBufferPointer<RosterEntry>) { self.buffer = buffer }
    subscript(position: Int) -> RosterEntry { buffer[position] }
}
