import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

/// Issue 21, item 1: one national directory, an office per subtree (`ou=<region code>,<suffix>`). Each office's
/// bridge writes its own subtree only — refused by slapd anywhere else, by pattern rules rather than one rule per
/// office —, each office's SIAK server reads its own operators only, the national SIAK server reads every office, and
/// a username is unique across the suffix.
@Suite("National directory: an office per subtree")
struct NationalDirectoryTests {
    static let suffix = DN([RDN("dc", "dukcapil"), RDN("dc", "kemendagri"), RDN("dc", "go"), RDN("dc", "id")])

    @Test func eachOfficeWritesOnlyItsSubtreeAndUsernamesAreUniqueAcrossTheSuffix() async throws {
        var configuration = LocalDirectoryConfiguration(baseDN: Self.suffix, officeName: "Direktorat Jenderal Kependudukan dan Pencatatan Sipil")
        configuration.regionCode = ""
        let national = try await LocalDirectory.createNational(providers: 1, configuration)[0]
        do { try await run(national) } catch {
            await national.destroy()
            throw error
        }
        await national.destroy()
    }

    private func run(_ national: LocalDirectory) async throws {
        let sukamara = try await national.addOffice(region: "62.08", name: "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sukamara")
        let mojokerto = try await national.addOffice(region: "35.76", name: "Dinas Kependudukan dan Pencatatan Sipil Kota Mojokerto")
        let a = try BridgeHarness(national, office: sukamara)
        let b = try BridgeHarness(national, office: mojokerto)  // the directory is what is tested: both run an SK-based SOP
        defer { a.remove(); b.remove() }

        // Mojokerto first gives "budi.santoso"; Sukamara's Budi Santoso (another person) may not have it.
        try b.importDecree("470/1/417.302/2026", [(try SyncFixtures.person(1, name: "Budi Santoso"), "operator")])
        let first = try await b.bridge.runOnce()
        #expect(first.completed == 1 && first.failed == 0, "\(first.summary)")
        try a.importDecree("800/1/Dukcapil/2026", [(try SyncFixtures.person(2, name: "Budi Santoso"), "operator"),
                                                    (try SyncFixtures.person(3, name: "Siti Rahmawati"), "verifikator")])
        let second = try await a.bridge.runOnce()
        #expect(second.completed == 2 && second.failed == 0, "\(second.summary)")
        let inMojokerto = try await b.operators(), inSukamara = try await a.operators()
        #expect(Set(inMojokerto.keys) == ["budi.santoso"])
        #expect(inSukamara.count == 2 && !inSukamara.keys.contains("budi.santoso") && inSukamara.keys.contains("siti.rahmawati"),
                "\(inSukamara.keys.sorted())")
        #expect(inSukamara.values.allSatisfy { !$0.groups.isEmpty }, "memberOf from each office's own groups")

        // Sukamara's bridge tries Mojokerto's subtree: every write refused by slapd.
        let bridgeA = try await national.connect(as: sukamara.bridge)
        let otherOperators = mojokerto.baseDN.child("ou", "operators")
        let intruder = otherOperators.child("uid", "penyusup")
        let add = await #expect(throws: LDAPError.self) {
            try await bridgeA.add(intruder, [LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("uid", "penyusup"),
                                             LDAPAttribute("cn", "Penyusup"), LDAPAttribute("sn", "Penyusup")])
        }
        #expect(add?.code == .insufficientAccessRights, "\(String(describing: add))")
        let budiB = otherOperators.child("uid", "budi.santoso")
        for modification in [Modification.replace("pwdAccountLockedTime", "000001010000Z"), .replace("cn", "Diubah"),
                             .replace("userPassword", "diganti-oleh-kantor-lain")] {
            let refused = await #expect(throws: LDAPError.self) { try await bridgeA.modify(budiB, [modification]) }
            #expect(refused?.code == .insufficientAccessRights, "\(modification): \(String(describing: refused))")
        }
        let groupB = mojokerto.baseDN.child("ou", "groups").child("ou", "siak").child("cn", "administrator")
        let member = await #expect(throws: LDAPError.self) {
            try await bridgeA.modify(groupB, [.add("member", a.bridge.layout.operatorDN(username: "siti.rahmawati").description)])
        }
        #expect(member?.code == .insufficientAccessRights, "\(String(describing: member))")
        let anchor = await #expect(throws: LDAPError.self) {
            try await bridgeA.modify(mojokerto.baseDN.child("ou", "services").child("cn", "audit-anchor"), [.replace("siakAuditSeq", "999")])
        }
        #expect(anchor?.code == .insufficientAccessRights, "\(String(describing: anchor))")
        let delete = await #expect(throws: LDAPError.self) { try await bridgeA.delete(budiB) }
        #expect(delete?.code == .insufficientAccessRights, "\(String(describing: delete))")
        // It sees another office's usernames (to keep them unique), nothing else of those people.
        let seen = try await bridgeA.search(base: otherOperators, scope: .oneLevel, filter: .present("uid"), attributes: ["uid", "siakNIP", "cn", "memberOf"])
        #expect(seen.count == 1 && seen.first?.strings("uid") == ["budi.santoso"] && seen.first?.strings("siakNIP").isEmpty == true
                && seen.first?.strings("cn").isEmpty == true, "\(seen)")
        // Even a raw add of a taken uid in its own subtree is refused (the unique overlay: two offices racing).
        let duplicate = await #expect(throws: LDAPError.self) {
            try await bridgeA.add(a.bridge.layout.operatorDN(username: "budi.santoso"), [
                LDAPAttribute("objectClass", "inetOrgPerson", "siakAccount"), LDAPAttribute("uid", "budi.santoso"),
                LDAPAttribute("cn", "Budi Santoso"), LDAPAttribute("sn", "Santoso"), LDAPAttribute("siakManagedBy", "hak-akses"),
            ])
        }
        #expect(duplicate?.code == .constraintViolation, "\(String(describing: duplicate))")
        await bridgeA.close()

        // Officials: an office's staff administrator adds its own, with a workflow role; never another office's, and
        // the bridge adds none.
        let staffA = StaffDirectory(layout: a.bridge.layout), staffB = StaffDirectory(layout: b.bridge.layout)
        let adminA = try await national.connect(as: try #require(sukamara.staffAdmin))
        try await staffA.add(adminA, uid: "ahmad.fauzi", name: ("AHMAD FAUZI, S.T.", "FAUZI", "AHMAD FAUZI, S.T."), nip: "198203142006041002",
                             groups: ["kasi"], password: "Kasi-Sukamara-2026", mustChange: true)
        #expect(try await staffA.list(adminA).map { "\($0.uid):\($0.roles)" } == ["ahmad.fauzi:[\"kasi\"]"])
        let foreignStaff = await #expect(throws: LDAPError.self) {
            try await staffB.add(adminA, uid: "penyusup", name: ("PENYUSUP", "PENYUSUP", "PENYUSUP"), nip: "198203142006041003",
                                 groups: [], password: "Penyusup-2026-xyz", mustChange: true)
        }
        #expect(foreignStaff?.code == .insufficientAccessRights, "\(String(describing: foreignStaff))")
        let foreignRole = await #expect(throws: LDAPError.self) {
            try await adminA.modify(b.bridge.layout.workflowGroups.child("cn", "kadis"), [.add("member", a.bridge.layout.staff.child("uid", "ahmad.fauzi").description)])
        }
        #expect(foreignRole?.code == .insufficientAccessRights, "\(String(describing: foreignRole))")
        let operatorsByStaffAdmin = await #expect(throws: LDAPError.self) {
            try await adminA.modify(a.bridge.layout.siakGroup("administrator"), [.add("member", a.bridge.layout.staff.child("uid", "ahmad.fauzi").description)])
        }
        #expect(operatorsByStaffAdmin?.code == .insufficientAccessRights, "the staff administrator gives no SIAK role")
        await adminA.close()
        let bridgeStaff = try await national.connect(as: sukamara.bridge)
        let byBridge = await #expect(throws: LDAPError.self) {
            try await staffA.add(bridgeStaff, uid: "lewat.bridge", name: ("LEWAT BRIDGE", "BRIDGE", "LEWAT BRIDGE"), nip: "198203142006041004",
                                 groups: ["kadis"], password: "Lewat-Bridge-2026", mustChange: true)
        }
        #expect(byBridge?.code == .insufficientAccessRights, "\(String(describing: byBridge))")
        await bridgeStaff.close()
        // The official logs in with the initial password (a bind), in their own office's subtree.
        let official = try await LDAPConnection.connect(national.connectionOptions(),
                                                        credentials: .simple(dn: a.bridge.layout.staff.child("uid", "ahmad.fauzi"), password: "Kasi-Sukamara-2026"))
        await official.close()

        // Each office's SIAK server reads its own operators only; the national one reads every office.
        let siakA = try await national.connect(as: sukamara.siakServer)
        // slapd does not even disclose that another office's ou=operators exists.
        let hidden = await #expect(throws: LDAPError.self) {
            try await siakA.search(base: otherOperators, scope: .oneLevel, filter: .present("uid"), attributes: ["uid"])
        }
        #expect(hidden?.code == .noSuchObject, "\(String(describing: hidden))")
        let acrossSuffix = try await siakA.search(base: Self.suffix, scope: .subtree, filter: .equal("objectClass", "siakAccount"), attributes: ["uid"])
        #expect(acrossSuffix.count == 2 && acrossSuffix.allSatisfy { $0.dn.contains("ou=62.08") }, "\(acrossSuffix.map(\.dn))")
        let operatorGroupA = a.bridge.layout.siakGroup("operator").description
        let own = try await siakA.search(base: a.bridge.layout.operators, scope: .oneLevel, filter: .equal("memberOf", operatorGroupA),
                                         attributes: ["uid", "memberOf"])
        #expect(own.map { $0.string("uid") } == [inSukamara.first { $0.value.groups.contains("operator") }?.key], "\(own)")
        await siakA.close()
        let siakNational = try await national.connect(as: national.serviceAccounts.siakServer)
        let everyone = try await siakNational.search(base: Self.suffix, scope: .subtree, filter: .equal("objectClass", "siakAccount"),
                                                     attributes: ["uid"])
        #expect(everyone.count == 3, "\(everyone.map(\.dn))")
        await siakNational.close()
    }
}
