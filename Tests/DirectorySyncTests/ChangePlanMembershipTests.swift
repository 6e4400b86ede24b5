import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import Testing

@Suite("ChangePlan: a membership left behind by a failed add")
struct ChangePlanMembershipTests {
    /// A pass in a full directory (issue 9) added the group membership of an entry whose add failed. The next plan
    /// adds the entry again but not the membership: LDAP refuses a value that exists, and would refuse the whole
    /// group write (every other new member with it), so those rows would never converge.
    @Test func aMissingEntryAlreadyListedInItsGroupIsNotAddedToItAgain() throws {
        let sop = try SyncFixtures.sop()
        let mapping = SyncFixtures.mapping(sop)
        let now = try CivilDate(iso: "2025-06-01").start(offset: .wib).addingTimeInterval(3600 * 10)
        let people = [try SyncFixtures.person(1), try SyncFixtures.person(2)]
        let sk = try SyncFixtures.decree("800/1/Dukcapil/2025", people: people.map { ($0, "operator") })
        let state = try SyncFixtures.state([sk], sop: sop)
        let roster = Roster(state: state, on: CivilDate(now, offset: .wib))
        let group = mapping.layout.siakGroup("operator")
        let first = mapping.desired(try #require(roster.entries.first), username: try SyncFixtures.username(try #require(roster.entries.first), []))
        var members: [DN: Set<DN>] = Dictionary(uniqueKeysWithValues: mapping.managedGroups.map { ($0, []) })
        members[group] = [first.dn]
        let snapshot = DirectorySnapshot(operators: [], members: members)
        let differences = try Reconciler(mapping: mapping, graceDays: 30).compare(
            roster: roster, departures: Departures(state: state, roster: roster), snapshot: snapshot, now: now, scope: .everything,
            username: SyncFixtures.username)
        #expect(differences.map(\.kind) == ["missing", "missing"])
        let plan = ChangePlan(differences: differences, snapshot: snapshot, now: now)
        let added = plan.writes.compactMap { write -> [String]? in
            guard case .modify(let dn, let mods) = write, dn == group else { return nil }
            return mods.filter { $0.operation == .add }.flatMap { $0.values.compactMap(\.string) }
        }.flatMap { $0 }
        #expect(added.count == 1, "only the member not listed yet is added: \(added)")
        #expect(!added.contains { (try? DN(parsing: $0)) == first.dn })
        #expect(plan.writes.filter { if case .add = $0 { true } else { false } }.count == 2, "both entries are added")
    }
}
