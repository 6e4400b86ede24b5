import LDAP
import Testing
@testable import DirectorySync

/// The membership table the comparison reads: one slot per distinct member, its groups as bits, and each group's
/// member list as slots in the order the group's set lists its members.
@Suite("Memberships by slot")
struct MembershipsTests {
    static func dn(_ uid: String) throws -> DN { try DN(parsing: "uid=\(uid),ou=operators,dc=x") }

    @Test func everyMemberHasOneSlotWithItsGroupsAndTheListsFollowTheSets() throws {
        let groups = [try DN(parsing: "cn=operator,dc=x"), try DN(parsing: "cn=administrator,dc=x")]
        let both = try Self.dn("budi"), onlyOperator = try Self.dn("sari"), onlyAdministrator = try Self.dn("joko")
        let members: [DN: Set<DN>] = [groups[0]: [both, onlyOperator], groups[1]: [both, onlyAdministrator]]
        let table = Memberships(members, groups: groups)
        #expect(table.count == 3)
        #expect(table[Reconciler.digest(both)] == 0b11)
        #expect(table[Reconciler.digest(onlyOperator)] == 0b01)
        #expect(table[Reconciler.digest(onlyAdministrator)] == 0b10)
        #expect(table[Reconciler.digest(try Self.dn("stranger"))] == 0)
        #expect(table.slot(of: Reconciler.digest(try Self.dn("stranger"))) == nil)
        for (bit, group) in groups.enumerated() {
            let set = members[group] ?? []
            let slots = table.slots(ofGroup: bit, set)
            #expect(slots.count == set.count)
            for (member, slot) in zip(set, slots) {
                #expect(Int(slot) == table.slot(of: Reconciler.digest(member)), "\(member) in \(group)")
            }
        }
    }

    @Test func otherSetsAreLookedUpOneByOne() throws {
        let group = try DN(parsing: "cn=operator,dc=x")
        let known = try Self.dn("budi")
        let table = Memberships([group: [known]], groups: [group])
        let other: Set<DN> = [known, try Self.dn("sari")]
        let slots = table.slots(ofGroup: 0, other)
        #expect(zip(other, slots).allSatisfy { member, slot in member == known ? slot == 0 : slot == -1 })
    }

    @Test func changingTheMembersOfASnapshotDropsItsMemberships() throws {
        let group = try DN(parsing: "cn=operator,dc=x")
        var snapshot = DirectorySnapshot(operators: [], members: [group: [try Self.dn("budi")]])
        snapshot.memberships = Memberships(snapshot.members, groups: [group])
        #expect(snapshot.memberships != nil)
        snapshot.members[group] = []
        #expect(snapshot.memberships == nil, "a stale table would name the wrong members")
    }
}
