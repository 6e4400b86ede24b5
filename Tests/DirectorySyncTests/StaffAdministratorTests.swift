import DirectorySync
import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

/// Issue 21, item 4: `hakakses staff` on a directory that is not the embedded one works through the office's staff
/// administrator (`cn=staff-admin`), whose rules let it write officials and their workflow groups and nothing else.
@Suite("The staff administrator")
struct StaffAdministratorTests {
    @Test("the staff administrator adds officials and their workflow roles, sets but never reads their passwords, and touches nothing else")
    func staffAdministratorManagesOfficialsOnly() async throws {
        let directory = try await LocalDirectory.create()
        do { try await administer(directory) } catch {
            await directory.destroy()
            throw error
        }
        await directory.destroy()
    }

    private func administer(_ directory: LocalDirectory) async throws {
        let account = try #require(directory.serviceAccounts.staffAdmin)
        let admin = try await directory.connect(as: account)
        let staff = StaffDirectory(layout: DirectoryLayout(baseDN: directory.baseDN))
        let uid = uniqueName("kasi")
        try await staff.add(admin, uid: uid, name: ("HENDRA, S.Kom", "HENDRA", "HENDRA, S.Kom"), nip: "198501012010011001",
                            groups: ["kasi"], password: "Kasi-Awal-2026-x", mustChange: true)
        let dn = directory.baseDN.child("ou", "staff").child("uid", uid)
        #expect(try await staff.list(admin).first { $0.uid == uid }?.roles == ["kasi"])
        #expect(try await admin.read(dn, attributes: ["userPassword"])?["userPassword"].isEmpty == true, "sets, never reads")
        let op = try await directory.addOperator()
        await expectRefused { try await admin.modifyPassword(of: op.dn, newPassword: "Operator-Diganti-2026") }
        await expectRefused { try await admin.modify(op.dn, [.replace("cn", "x")]) }
        await expectRefused { try await admin.add(directory.baseDN.child("ou", "operators").child("uid", uniqueName("x")), [LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("cn", "x"), LDAPAttribute("sn", "x")]) }
        await expectRefused { try await admin.modify(directory.siakGroup("administrator"), [.add("member", [LDAPValue(dn.description)])]) }
        await expectRefused { try await admin.modifyPassword(of: directory.serviceAccounts.bridge.dn, newPassword: "Bridge-Diganti-2026-abcdef") }
        await admin.close()
        // The bridge and the SIAK server cannot do it.
        for other in [directory.serviceAccounts.bridge, directory.serviceAccounts.siakServer] {
            let connection = try await directory.connect(as: other)
            await expectRefused {
                try await staff.add(connection, uid: uniqueName("kadis"), name: ("X", "X", "X"), nip: "198501012010011002",
                                    groups: ["kadis"], password: "Kadis-Palsu-2026-x", mustChange: false)
            }
            await connection.close()
        }
    }

}
