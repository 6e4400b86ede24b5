import LDAP
import LocalDirectory
import TestSupport
import Testing

/// Each rule of the ACLs in ldif/config.ldif, allowed and denied.
@Suite("Access control", .sharedDirectory)
struct AccessControlTests {
    private func person(_ uid: String) -> [LDAPAttribute] {
        [LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("uid", uid), LDAPAttribute("cn", uid), LDAPAttribute("sn", uid)]
    }

    @Test func bridgeWritesOperatorsAndSIAKGroupsOnly() async throws {
        let directory = try SharedDirectory.get()
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        let uid = uniqueName("acl")
        let op = directory.baseDN.child("ou", "operators").child("uid", uid)
        try await bridge.add(op, person(uid))
        try await bridge.modify(directory.siakGroup("operator"), [.add("member", [LDAPValue(op.description)])])
        try await bridge.modify(directory.siakGroup("operator"), [.delete("member", [LDAPValue(op.description)])])

        await expectRefused { try await bridge.add(directory.baseDN.child("ou", "staff").child("uid", uid), person(uid)) }
        await expectRefused { try await bridge.modify(directory.workflowGroup("kadis"), [.add("member", [LDAPValue(op.description)])]) }
        await expectRefused { try await bridge.modify(directory.siakGroup("operator"), [.replace("description", "changed")]) }
        await expectRefused { try await bridge.modify(directory.serviceAccounts.siakServer.dn, [.replace("description", "x")]) }
        await expectRefused {
            try await bridge.add(directory.baseDN.child("ou", "groups").child("ou", "siak").child("cn", uid), [
                LDAPAttribute("objectClass", "groupOfNames"), LDAPAttribute("cn", uid), LDAPAttribute("member", ""),
            ])
        }
    }

    /// Refused, or the entry hidden altogether (slapd answers noSuchObject to whoever may not even see it).
    private func expectDenied(_ sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void) async {
        do {
            try await body()
            Issue.record("allowed", sourceLocation: sourceLocation)
        } catch let error as LDAPError {
            #expect(error.code == .insufficientAccessRights || error.code == .noSuchObject, "\(error)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test("only the bridge writes the audit anchor; the SIAK servers, staff and operators cannot read or move it")
    func onlyTheBridgeMovesTheAuditAnchor() async throws {
        let directory = try SharedDirectory.get()
        let anchor = directory.baseDN.child("ou", "services").child("cn", "audit-anchor")
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        let seq = String(Int.random(in: 10...1_000_000))
        try await bridge.modify(anchor, [.replace("siakAuditSeq", seq), .replace("siakAuditHash", String(repeating: "a", count: 64))])
        #expect(try await bridge.read(anchor, attributes: ["siakAuditSeq"])?.string("siakAuditSeq") == seq)

        let siakServer = try await directory.connect(as: directory.serviceAccounts.siakServer)
        await expectDenied { try await siakServer.modify(anchor, [.replace("siakAuditSeq", "1")]) }
        #expect(try await siakServer.read(anchor, attributes: ["siakAuditSeq"]) == nil, "the SIAK servers do not even see it")
        let staffPassword = "Staff-Password-\(Int.random(in: 1000...9999))"
        let staffUID = uniqueName("staff")
        let staffDN = try await directory.addStaff(uid: staffUID, password: staffPassword, roles: ["adb"])
        let staff = try await LDAPConnection.connect(directory.connectionOptions())
        _ = try await staff.bind(dn: staffDN, password: staffPassword)
        await expectDenied { try await staff.modify(anchor, [.replace("siakAuditSeq", "1")]) }
        let op = try await directory.addOperator()
        let operatorConnection = try await LDAPConnection.connect(directory.connectionOptions())
        _ = try await operatorConnection.bind(dn: op.dn, password: op.password)
        await expectDenied { try await operatorConnection.modify(anchor, [.replace("siakAuditSeq", "1")]) }
        await expectDenied { try await operatorConnection.delete(anchor) }
        #expect(try await bridge.read(anchor, attributes: ["siakAuditSeq"])?.string("siakAuditSeq") == seq, "unchanged by the others")
        for connection in [bridge, siakServer, staff, operatorConnection] { await connection.close() }
    }

    @Test func bridgeSetsOperatorPasswordsButNoOthers() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator()
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        try await bridge.modifyPassword(of: op.dn, newPassword: "Bridge-Set-123456")
        await expectRefused { try await bridge.modifyPassword(of: directory.serviceAccounts.siakServer.dn, newPassword: "Bridge-Set-123456") }
        let hidden = try #require(try await bridge.read(op.dn, attributes: ["userPassword"]))
        #expect(hidden["userPassword"].isEmpty, "write access is not read access")
    }

    @Test func siakServerReadsOperatorsGroupsAndMemberOfButNoPasswordsAndWritesNothing() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator()
        try await directory.addMember(op.dn, toGroup: directory.siakGroup("verifikator"))
        let siak = try await directory.connect(as: directory.serviceAccounts.siakServer)
        let entry = try #require(try await siak.read(op.dn, attributes: ["*", "memberOf", "userPassword"]))
        #expect(entry["userPassword"].isEmpty)
        #expect(entry.strings("memberOf").compactMap { try? DN(parsing: $0) } == [directory.siakGroup("verifikator")])
        #expect(try await siak.read(directory.siakGroup("verifikator"), attributes: ["member"])?["member"].isEmpty == false)
        #expect(try await siak.read(directory.workflowGroup("kadis")) != nil)
        await expectRefused { try await siak.modify(op.dn, [.replace("cn", "x")]) }
        await expectRefused { try await siak.modify(directory.siakGroup("operator"), [.add("member", [LDAPValue(op.dn.description)])]) }
    }

    @Test("the SIAK servers never read an operator's old password hashes (pwdHistory); the replicator does")
    func passwordHistoryIsHidden() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator()
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        try await bridge.modifyPassword(of: op.dn, newPassword: "Pertama-Sandi-2026")
        try await bridge.modifyPassword(of: op.dn, newPassword: "Kedua-Sandi-2026")
        await bridge.close()
        let admin = try await directory.adminConnection()
        let history = try #require(try await admin.read(op.dn, attributes: ["pwdHistory"]))
        #expect(!history["pwdHistory"].isEmpty, "the policy keeps old hashes: the check below can fail")
        await admin.close()
        for account in [directory.serviceAccounts.siakServer, directory.serviceAccounts.bridge] {
            let connection = try await directory.connect(as: account)
            let seen = try await connection.read(op.dn, attributes: ["pwdHistory", "+"])
            #expect(seen?["pwdHistory"].isEmpty != false, "\(account.dn) reads pwdHistory")
            await connection.close()
        }
        let replicator = try await directory.connect(as: directory.serviceAccounts.replicator)
        #expect(try await replicator.read(op.dn, attributes: ["pwdHistory"])?["pwdHistory"].isEmpty == false, "replication copies it")
        await replicator.close()
    }

    @Test func siakServerCannotSeeStaff() async throws {
        let directory = try SharedDirectory.get()
        let admin = try await directory.adminConnection()
        let staff = directory.baseDN.child("ou", "staff").child("uid", uniqueName("staff"))
        try await admin.add(staff, person(staff.rdn?.value ?? ""))
        let siak = try await directory.connect(as: directory.serviceAccounts.siakServer)
        #expect(try await siak.read(staff) == nil)
    }

    /// Issue 18: the office server re-reads an official's roles and lock state through the bridge account for every
    /// call; the bridge may read staff entries, never their passwords, and may change none of them.
    @Test func bridgeReadsStaffButNotTheirPasswords() async throws {
        let directory = try SharedDirectory.get()
        let password = "Staff-Pass-\(Int.random(in: 100_000...999_999))"
        let staff = try await directory.addStaff(uid: uniqueName("kasi"), password: password, roles: ["kasi"], nip: "19800510 200501 1 003")
        let admin = try await directory.adminConnection()
        try await admin.modify(staff, [.replace("pwdAccountLockedTime", "000001010000Z")])
        await admin.close()
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        let entry = try #require(try await bridge.read(staff, attributes: ["uid", "siakNIP", "entryUUID", "pwdAccountLockedTime", "userPassword"]))
        #expect(entry.string("siakNIP") != nil && entry.string("entryUUID") != nil)
        #expect(entry.string("pwdAccountLockedTime") == "000001010000Z", "the lock state is what the server checks")
        #expect(entry["userPassword"].isEmpty, "the bridge read a staff password")
        await expectRefused { try await bridge.modify(staff, [.replace("siakNIP", "199001152015031002")]) }
        await expectRefused { try await bridge.modify(directory.workflowGroup("kadis"), [.add("member", [LDAPValue(staff.description)])]) }
        await bridge.close()
    }

    @Test func operatorReadsItselfOnlyAndChangesOnlyItsPassword() async throws {
        let directory = try SharedDirectory.get()
        let me = try await directory.addOperator()
        let other = try await directory.addOperator()
        let connection = try await LDAPConnection.connect(directory.connectionOptions(), credentials: .simple(dn: me.dn, password: me.password))
        #expect(try await connection.read(me.dn)?.string("uid") == me.uid)
        #expect(try await connection.read(me.dn, attributes: ["userPassword"])?["userPassword"].isEmpty == true)
        #expect(try await connection.read(other.dn) == nil)
        #expect(try await connection.read(directory.siakGroup("operator")) == nil)
        await expectRefused { try await connection.modify(me.dn, [.replace("cn", "Someone Else")]) }
        await expectRefused { try await connection.modifyPassword(of: other.dn, newPassword: "Stolen-Pass-12345") }
        try await connection.modifyPassword(of: nil, oldPassword: me.password, newPassword: "My-Own-New-Pass-123")
    }

    @Test func staffReadTheirWorkflowGroups() async throws {
        let directory = try SharedDirectory.get()
        let staff = try await directory.addStaff(uid: uniqueName("kasi"), password: "Staff-Pass-123456", roles: ["kasi"])
        let connection = try await LDAPConnection.connect(directory.connectionOptions(), credentials: .simple(dn: staff, password: "Staff-Pass-123456"))
        let groups = try await connection.search(
            base: directory.baseDN.child("ou", "groups").child("ou", "workflow"), scope: .oneLevel,
            filter: .equal("member", staff.description), attributes: ["cn"])
        #expect(groups.map { $0.string("cn") } == ["kasi"])
        await expectRefused { try await connection.modify(directory.workflowGroup("kadis"), [.add("member", [LDAPValue(staff.description)])]) }
    }
}
