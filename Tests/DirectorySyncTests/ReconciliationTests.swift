import AccessStore
import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

@Suite("Reconciliation on a real slapd")
struct ReconciliationTests {
    @Test func dryRunChangesNothingApplyFixesAndHandMadeUnmanagedMembershipsSurvive() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory)
            defer { h.remove() }
            try h.importDecree("800/50/Dukcapil/2026", try [Person].people(0..<30).map { ($0, "operator") })
            _ = try await h.bridge.runOnce()
            let admin = try await directory.adminConnection()
            let ops = directory.baseDN.child("ou", "operators")
            let names = try await h.operators().keys.sorted()
            let victim = ops.child("uid", names[0]), drifted = ops.child("uid", names[1]), locked = ops.child("uid", names[2])
            // Hand-made changes: an unmanaged group with an operator in it, a managed group with an intruder,
            // a renamed cn, an administrative lock, a removed membership, an entry nobody approved.
            let vpn = directory.baseDN.child("ou", "groups").child("cn", "vpn-users")
            try await admin.add(vpn, [LDAPAttribute("objectClass", "groupOfNames"), LDAPAttribute("cn", "vpn-users"), LDAPAttribute("member", [LDAPValue(victim.description)])])
            let intruder = try await directory.addStaff(uid: "intruder", password: "Intruder-Pass-123", roles: [])
            try await admin.modify(directory.siakGroup("administrator"), [.add("member", [LDAPValue(intruder.description)])])
            try await admin.modify(drifted, [.replace("cn", "SOMEONE ELSE")])
            try await admin.modify(locked, [.replace("pwdAccountLockedTime", DirectoryLayout.permanentLock)])
            try await admin.modify(directory.siakGroup("operator"), [.delete("member", [LDAPValue(victim.description)])])
            let ghost = ops.child("uid", "ghost")
            try await admin.add(ghost, [
                LDAPAttribute("objectClass", "inetOrgPerson", "siakPerson", "siakAccount"), LDAPAttribute("uid", "ghost"), LDAPAttribute("cn", "GHOST"),
                LDAPAttribute("sn", "GHOST"), LDAPAttribute("siakNIP", try SyncFixtures.person(999).nip?.digits ?? ""), LDAPAttribute("siakManagedBy", "hak-akses"),
            ])
            try await admin.modify(directory.siakGroup("operator"), [.add("member", [LDAPValue(ghost.description)])])

            let reconciliation = Reconciliation(bridge: h.bridge)
            let headBefore = try h.store.head()
            let dry = try await reconciliation.run(.init())
            #expect(Set(dry.differences.map(\.kind)) == ["attribute-drift", "role-drift", "locked-on-roster", "unauthorized-member", "orphan"])
            #expect(try h.store.head() == headBefore, "a dry run writes nothing to the database")
            #expect(try await h.members("administrator").count == 1, "a dry run writes nothing to the directory")

            let applied = try await reconciliation.run(.init(apply: true))
            #expect(applied.applied)
            #expect(applied.outcomes.allSatisfy { if case .success? = $0 { true } else { false } })
            let after = try await reconciliation.run(.init())
            #expect(after.differences.isEmpty, "\(after.differences)")
            let vpnMembers = try await admin.read(vpn, attributes: ["member"])?.strings("member") ?? []
            #expect(vpnMembers.compactMap { try? DN(parsing: $0) } == [victim], "a membership of an unmanaged group is left alone")
            #expect(try await h.members("administrator").isEmpty)
            #expect(try await h.operators()["ghost"]?.locked == DirectoryLayout.permanentLock)
            let audited = try h.store.records(from: 1, limit: 10_000).filter { $0.kind == "reconcile.applied" }
            #expect(audited.count == 5)
        }
    }

    @Test func anApplyChangingTooMuchIsRefusedUnlessForced() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory)
            defer { h.remove() }
            try h.importDecree("800/51/Dukcapil/2026", try [Person].people(0..<20).map { ($0, "operator") })
            _ = try await h.bridge.runOnce()
            try h.importDecree("800/52/Dukcapil/2026", try [Person].people(0..<12).map { ($0, "verifikator") }, supersedes: ["800/51/Dukcapil/2026"])
            let reconciliation = Reconciliation(bridge: h.bridge)
            let refused = try await reconciliation.run(.init(apply: true, maxChangePercent: 10, alwaysAllowedChanges: 5))
            #expect(!refused.applied)
            #expect(refused.refusal?.contains("--force") == true)
            #expect(try await h.members("verifikator").isEmpty, "nothing was written")
            let forced = try await reconciliation.run(.init(apply: true, force: true, maxChangePercent: 10))
            #expect(forced.applied)
            #expect(try await h.members("verifikator").count == 12)
            #expect(try await h.members("operator").isEmpty)
            #expect(try await h.operators().values.filter { $0.locked == DirectoryLayout.permanentLock }.count == 8)
        }
    }

    @Test func anExpiredSKLocksItsOperators() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory)
            defer { h.remove() }
            try h.importDecree("800/53/Dukcapil/2026", [(try SyncFixtures.person(1), "operator")], from: h.today.adding(days: -30), until: h.today.adding(days: 5))
            _ = try await h.bridge.runOnce()
            let later = h.today.adding(days: 7).start(offset: h.sop.office.utcOffset).addingTimeInterval(3600 * 9)
            let result = try await Reconciliation(bridge: h.bridge).run(.init(apply: true), now: later)
            #expect(result.differences.map(\.kind) == ["expired"])
            #expect(try await h.operators().values.first?.locked == DirectoryLayout.permanentLock)
        }
    }
}
