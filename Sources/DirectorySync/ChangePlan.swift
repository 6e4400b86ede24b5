public import Foundation
public import LDAP

/// The directory writes that fix a set of differences, in a safe order:
/// new entries, attribute changes, unlocks and locks, group memberships,
/// then deletions. Each write knows which differences it serves, so a
/// failed write marks exactly those differences as not fixed.
public struct ChangePlan: Sendable {
    public let differences: [Difference]
    public private(set) var writes: [LDAPWrite] = []
    /// For each write, the indices in `differences` it serves.
    public private(set) var owners: [[Int]] = []

    /// Membership values per group modify, so one write never grows unbounded.
    static let membersPerWrite = 500

    public init(differences: [Difference], snapshot: DirectorySnapshot, now: Date) {
        self.differences = differences
        var adds: [DN: [(DN, Int)]] = [:]
        var deletes: [DN: [(DN, Int)]] = [:]
        func groupsOf(_ dn: DN) -> [DN] { snapshot.members.filter { $0.value.contains(dn) }.map(\.key) }
        var removals: [(LDAPWrite, Int)] = []
        let stamp = OperatorMapping.generalizedTime(now)

        for (index, difference) in differences.enumerated() {
            switch difference {
            case .missing(let desired):
                add(desired.addWrite, index)
                // A pass whose add failed (e.g. the directory was full) may have added the membership all the same:
                // LDAP refuses to add a value twice, and would refuse the whole group write with it.
                for group in desired.groups where snapshot.members[group]?.contains(desired.dn) != true {
                    adds[group, default: []].append((desired.dn, index))
                }
            case .attributeDrift(let desired, let existing, let names):
                add(.modify(existing.dn, names.map { .replace($0, (desired.attributes[$0] ?? []).map { LDAPValue($0) }) }), index)
            case .roleDrift(_, let existing, let missing, let extra):
                for group in missing { adds[group, default: []].append((existing.dn, index)) }
                for group in extra { deletes[group, default: []].append((existing.dn, index)) }
            case .lockedOnRoster(_, let existing):
                add(.modify(existing.dn, [.delete("pwdAccountLockedTime")]), index)
            case .expired(let entry, _), .revoked(let entry, _), .orphan(let entry):
                var mods: [Modification] = []
                if !entry.isPermanentlyLocked { mods.append(.replace("pwdAccountLockedTime", DirectoryLayout.permanentLock)) }
                let end = entry.accessEnd
                if end == nil || end.map({ $0 > stamp }) == true { mods.append(.replace("siakAccessEnd", stamp)) }
                if !mods.isEmpty { add(.modify(entry.dn, mods), index) }
                for group in groupsOf(entry.dn) { deletes[group, default: []].append((entry.dn, index)) }
            case .unauthorizedMember(let group, let member):
                deletes[group, default: []].append((member, index))
            case .pastGrace(let entry):
                removals.append((.delete(entry.dn), index))
            case .sharedUsername(let shared):
                // The directory's referential integrity takes the removed entry out of its groups.
                if shared.yields { removals.append((.delete(shared.entry.dn), index)) }
            case .unmanagedCorrelated, .conflict, .lockedByLostRecord:
                continue
            }
        }
        for group in Set(adds.keys).union(deletes.keys).sorted(by: { $0.normalized < $1.normalized }) {
            appendMembership(group, add: adds[group] ?? [], delete: deletes[group] ?? [])
        }
        for (write, index) in removals { add(write, index) }
    }

    private mutating func add(_ write: LDAPWrite, _ index: Int) {
        writes.append(write)
        owners.append([index])
    }

    private mutating func appendMembership(_ group: DN, add: [(DN, Int)], delete: [(DN, Int)]) {
        let size = Self.membersPerWrite
        for start in stride(from: 0, to: max(add.count, delete.count), by: size) {
            let addPart = add.count > start ? Array(add[start..<min(start + size, add.count)]) : []
            let deletePart = delete.count > start ? Array(delete[start..<min(start + size, delete.count)]) : []
            var mods: [Modification] = []
            if !addPart.isEmpty { mods.append(.add("member", addPart.map { LDAPValue($0.0.description) })) }
            if !deletePart.isEmpty { mods.append(.delete("member", deletePart.map { LDAPValue($0.0.description) })) }
            writes.append(.modify(group, mods))
            owners.append(Array(Set(addPart.map(\.1) + deletePart.map(\.1))).sorted())
        }
    }

    /// The outcome of each difference once the writes' results are known:
    /// fixed when every write serving it succeeded (reports stay unfixed).
    public func outcomes(_ results: [Result<Void, LDAPError>]) -> [Result<Void, LDAPError>?] {
        var outcome = [Result<Void, LDAPError>?](repeating: nil, count: differences.count)
        for (index, difference) in differences.enumerated() where difference.isFixable { outcome[index] = .success(()) }
        for (write, result) in zip(owners.indices, results) {
            guard case .failure(let error) = result else { continue }
            for index in owners[write] where outcome[index].map({ if case .success = $0 { true } else { false } }) ?? false {
                outcome[index] = .failure(error)
            }
        }
        return outcome
    }

    /// The distinct entries the plan changes (for the change threshold).
    public var touchedEntries: Int {
        Set(differences.filter(\.isFixable).compactMap { $0.dn }).count
    }
}
