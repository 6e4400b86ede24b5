import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import Testing

@Suite("Reconciler: every kind of difference, and the writes that fix them")
struct ReconcilerTests {
    let sop: SOPDefinition
    let mapping: OperatorMapping
    let reconciler: Reconciler
    let now: Date

    init() throws {
        sop = try SyncFixtures.sop()
        mapping = SyncFixtures.mapping(sop)
        reconciler = Reconciler(mapping: mapping, graceDays: 30)
        now = try CivilDate(iso: "2025-06-01").start(offset: .wib).addingTimeInterval(3600 * 10)
    }

    private func roster(_ decrees: [Decree]) throws -> (Roster, Departures) {
        let state = try SyncFixtures.state(decrees, sop: sop)
        let roster = Roster(state: state, on: CivilDate(now, offset: .wib))
        return (roster, Departures(state: state, roster: roster))
    }

    private func compare(_ decrees: [Decree], _ snapshot: DirectorySnapshot, scope: Reconciler.Scope = .everything) throws -> [Difference] {
        let (roster, departures) = try roster(decrees)
        return try reconciler.compare(roster: roster, departures: departures, snapshot: snapshot, now: now, scope: scope, username: SyncFixtures.username)
    }

    /// The directory exactly as the roster wants it.
    private func converged(_ decrees: [Decree]) throws -> DirectorySnapshot {
        let (roster, _) = try roster(decrees)
        var operators: [DirectoryOperator] = []
        var members: [DN: Set<DN>] = Dictionary(uniqueKeysWithValues: mapping.managedGroups.map { ($0, []) })
        for entry in roster.entries {
            let desired = mapping.desired(entry, username: try SyncFixtures.username(entry, []))
            operators.append(SyncFixtures.observed(desired))
            for group in desired.groups { members[group, default: []].insert(desired.dn) }
        }
        return DirectorySnapshot(operators: operators, members: members)
    }

    private var emptyGroups: [DN: Set<DN>] { Dictionary(uniqueKeysWithValues: mapping.managedGroups.map { ($0, []) }) }

    @Test func anEmptyDirectoryMissesEveryoneAndThePlanAddsEntriesThenMemberships() throws {
        let sk = try SyncFixtures.decree("800/1/Dukcapil/2025", people: [(try SyncFixtures.person(1), "operator"), (try SyncFixtures.person(2), "operator"), (try SyncFixtures.person(3), "verifikator")])
        let differences = try compare([sk], DirectorySnapshot(operators: [], members: emptyGroups))
        #expect(differences.map(\.kind) == ["missing", "missing", "missing"])
        let plan = ChangePlan(differences: differences, snapshot: DirectorySnapshot(operators: [], members: emptyGroups), now: now)
        let kinds = plan.writes.map { write -> String in if case .add = write { "add" } else if case .modify = write { "modify" } else { "other" } }
        #expect(kinds == ["add", "add", "add", "modify", "modify"], "entries first, then one modify per group")
        guard case .modify(let group, let mods) = plan.writes[3] else { Issue.record("not a modify"); return }
        #expect(group == mapping.layout.siakGroup("operator"))
        #expect(mods.first?.values.count == 2)
        #expect(plan.owners[3] == [0, 1])
    }

    @Test func aConvergedDirectoryHasNoDifferences() throws {
        let sk = try SyncFixtures.decree("800/2/Dukcapil/2025", people: [(try SyncFixtures.person(1), "operator"), (try SyncFixtures.person(2), "administrator")])
        #expect(try compare([sk], converged([sk])).isEmpty)
    }

    @Test func attributeAndRoleDriftAndAnAdministrativeLock() throws {
        let sk = try SyncFixtures.decree("800/3/Dukcapil/2025", people: [(try SyncFixtures.person(1), "operator")])
        var snapshot = try converged([sk])
        let entry = snapshot.operators[0]
        let rosterEntry = try roster([sk]).0.entries[0]
        let desired = mapping.desired(rosterEntry, username: try SyncFixtures.username(rosterEntry, []))
        snapshot.operators[0] = SyncFixtures.observed(desired, locked: DirectoryLayout.permanentLock) { $0["cn"] = ["SOMEONE ELSE"] }
        snapshot.members[mapping.layout.siakGroup("operator")] = []
        snapshot.members[mapping.layout.siakGroup("administrator")] = [entry.dn]
        let differences = try compare([sk], snapshot)
        #expect(differences.map(\.kind) == ["attribute-drift", "role-drift", "locked-on-roster"])
        if case .attributeDrift(_, _, let names) = differences[0] { #expect(names == ["cn"]) }
        if case .roleDrift(_, _, let missing, let extra) = differences[1] {
            #expect(missing == [mapping.layout.siakGroup("operator")])
            #expect(extra == [mapping.layout.siakGroup("administrator")])
        }
        let plan = ChangePlan(differences: differences, snapshot: snapshot, now: now)
        #expect(plan.writes.contains(.modify(entry.dn, [.replace("cn", [LDAPValue("OPERATOR NOMOR 1")])])))
        #expect(plan.writes.contains(.modify(entry.dn, [.delete("pwdAccountLockedTime")])))
    }

    @Test func expiredRevokedAndOrphanEntriesAreLockedAndLeaveTheirGroups() throws {
        let ended = try SyncFixtures.decree("800/4/Dukcapil/2025", people: [(try SyncFixtures.person(1), "operator")], until: "2025-03-31")
        let current = try SyncFixtures.decree("800/5/Dukcapil/2025", people: [(try SyncFixtures.person(2), "operator")])
        let expiredEntry = mapping.desired(
            RosterEntry(key: try SyncFixtures.person(1).key, person: try SyncFixtures.person(1), roles: ["operator"], workUnits: ["Bidang PIAK"], basis: [], endDate: nil),
            username: "operator.1")
        let orphanPerson = try SyncFixtures.person(99)
        let orphan = mapping.desired(
            RosterEntry(key: orphanPerson.key, person: orphanPerson, roles: ["operator"], workUnits: [], basis: [], endDate: nil), username: "ghost")
        var snapshot = try converged([current])
        snapshot.operators += [SyncFixtures.observed(expiredEntry), SyncFixtures.observed(orphan)]
        snapshot.members[mapping.layout.siakGroup("operator"), default: []].formUnion([expiredEntry.dn, orphan.dn])
        let differences = try compare([ended, current], snapshot)
        #expect(Set(differences.map(\.kind)) == ["expired", "orphan"])
        let plan = ChangePlan(differences: differences, snapshot: snapshot, now: now)
        let locks = plan.writes.filter { if case .modify(_, let mods) = $0 { mods.contains { $0.attribute == "pwdAccountLockedTime" } } else { false } }
        #expect(locks.count == 2)
        let removal = plan.writes.first { if case .modify(let dn, _) = $0 { dn == mapping.layout.siakGroup("operator") } else { false } }
        guard case .modify(_, let mods)? = removal else { Issue.record("no membership removal"); return }
        #expect(Set(mods.flatMap(\.values)) == [LDAPValue(expiredEntry.dn.description), LDAPValue(orphan.dn.description)])
    }

    @Test func aMemberAddedByHandToAManagedGroupIsUnauthorizedButOtherGroupsAreNotLookedAt() throws {
        let sk = try SyncFixtures.decree("800/6/Dukcapil/2025", people: [(try SyncFixtures.person(1), "operator")])
        var snapshot = try converged([sk])
        let intruder = mapping.layout.staff.child("uid", "kasi")
        snapshot.members[mapping.layout.siakGroup("administrator")] = [intruder]
        let differences = try compare([sk], snapshot)
        #expect(differences == [.unauthorizedMember(group: mapping.layout.siakGroup("administrator"), member: intruder)])
    }

    @Test func unmanagedEntriesWithARosterNIPAreReportedNotTouched() throws {
        let person = try SyncFixtures.person(1)
        let sk = try SyncFixtures.decree("800/7/Dukcapil/2025", people: [(person, "operator")])
        let desired = mapping.desired(RosterEntry(key: person.key, person: person, roles: ["operator"], workUnits: [], basis: [], endDate: nil), username: "legacy1")
        let snapshot = DirectorySnapshot(operators: [SyncFixtures.observed(desired, managed: false)], members: emptyGroups)
        let differences = try compare([sk], snapshot)
        #expect(differences.map(\.kind) == ["unmanaged-correlated"])
        #expect(!differences[0].isFixable)
        #expect(ChangePlan(differences: differences, snapshot: snapshot, now: now).writes.isEmpty)
    }

    @Test func twoEntriesForOnePersonAreAConflict() throws {
        let person = try SyncFixtures.person(1)
        let sk = try SyncFixtures.decree("800/8/Dukcapil/2025", people: [(person, "operator")])
        var snapshot = try converged([sk])
        let rosterEntry = try roster([sk]).0.entries[0]
        let twin = mapping.desired(rosterEntry, username: "twin")
        snapshot.operators.append(SyncFixtures.observed(twin, managed: false))
        let differences = try compare([sk], snapshot)
        #expect(differences.map(\.kind) == ["conflict"])
    }

    @Test func lockedDepartedEntriesAreDeletedOnlyAfterTheGracePeriod() throws {
        let ended = try SyncFixtures.decree("800/9/Dukcapil/2025", people: [(try SyncFixtures.person(1), "operator")], until: "2025-03-31")
        let person = try SyncFixtures.person(1)
        let desired = mapping.desired(RosterEntry(key: person.key, person: person, roles: [], workUnits: [], basis: [], endDate: nil), username: "gone")
        func snapshot(lockedOn: String) -> DirectorySnapshot {
            DirectorySnapshot(operators: [SyncFixtures.observed(desired, locked: DirectoryLayout.permanentLock) { $0["siakAccessEnd"] = [lockedOn] }], members: emptyGroups)
        }
        #expect(try compare([ended], snapshot(lockedOn: "20250520000000Z")).isEmpty, "12 days: still within 30 days of grace")
        let old = try compare([ended], snapshot(lockedOn: "20250401000000Z"))
        #expect(old.map(\.kind) == ["past-grace"])
        #expect(ChangePlan(differences: old, snapshot: snapshot(lockedOn: "20250401000000Z"), now: now).writes == [.delete(desired.dn)])
    }

    @Test func aScopedComparisonSeesOnlyThosePeople() throws {
        let sk = try SyncFixtures.decree("800/10/Dukcapil/2025", people: [(try SyncFixtures.person(1), "operator"), (try SyncFixtures.person(2), "operator")])
        let differences = try compare([sk], DirectorySnapshot(operators: [], members: emptyGroups), scope: .persons([try SyncFixtures.person(2).key]))
        #expect(differences.count == 1)
        #expect(differences.first?.person == (try SyncFixtures.person(2).key))
    }

    @Test func existingUsernamesAreKeptAndNewOnesAvoidTakenUIDs() throws {
        let one = try SyncFixtures.person(1, name: "BUDI SANTOSO")
        let two = try SyncFixtures.person(2, name: "BUDI SANTOSO")
        let sk = try SyncFixtures.decree("800/11/Dukcapil/2025", people: [(one, "operator"), (two, "operator")])
        let existing = mapping.desired(RosterEntry(key: one.key, person: one, roles: ["operator"], workUnits: ["Bidang PIAK"], basis: [.decree(try DecreeNumber("800/11/Dukcapil/2025"))], endDate: nil), username: "budi.santoso")
        let snapshot = DirectorySnapshot(operators: [SyncFixtures.observed(existing)], members: [mapping.layout.siakGroup("operator"): [existing.dn]])
        let differences = try compare([sk], snapshot)
        guard case .missing(let added)? = differences.first else { Issue.record("expected the second Budi to be missing"); return }
        #expect(added.username == "budi.santoso2")
    }

    @Test func aFailedWriteMarksOnlyTheDifferencesItServes() throws {
        let sk = try SyncFixtures.decree("800/12/Dukcapil/2025", people: [(try SyncFixtures.person(1), "operator"), (try SyncFixtures.person(2), "verifikator")])
        let differences = try compare([sk], DirectorySnapshot(operators: [], members: emptyGroups))
        let plan = ChangePlan(differences: differences, snapshot: DirectorySnapshot(operators: [], members: emptyGroups), now: now)
        let failure = LDAPError(code: .insufficientAccessRights, operation: "test")
        let results: [Result<Void, LDAPError>] = plan.writes.enumerated().map { index, write in
            if case .add(let dn, _) = write, dn == differences[0].dn { return .failure(failure) }
            return .success(())
        }
        let outcomes = plan.outcomes(results)
        #expect(outcomes.count == 2)
        if case .failure? = outcomes[0] {} else { Issue.record("the first difference should have failed") }
        if case .success? = outcomes[1] {} else { Issue.record("the second difference should have succeeded") }
    }
}
