import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

@Suite("Password policy responses on bind", .sharedDirectory)
struct PasswordPolicyTests {
    @Test func adminSetPasswordMustBeChangedAndRestrictsEverythingElse() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator(mustChange: true)
        let connection = try await LDAPConnection.connect(directory.connectionOptions())
        let policy = try await connection.bind(dn: op.dn, password: op.password)
        #expect(policy?.mustChangePassword == true)

        do {
            _ = try await connection.search(base: op.dn, scope: .base)
            Issue.record("a search was allowed before the password change")
        } catch {
            #expect(error.code == .insufficientAccessRights)
            #expect(error.diagnostic?.contains("restricted") == true)
        }

        let newPassword = "Changed-\(UUID().uuidString.prefix(8))"
        try await connection.modifyPassword(of: nil, oldPassword: op.password, newPassword: newPassword)
        let fresh = try await LDAPConnection.connect(directory.connectionOptions())
        let after = try await fresh.bind(dn: op.dn, password: newPassword)
        #expect(after?.mustChangePassword != true)
        #expect(try await fresh.search(base: op.dn, scope: .base).count == 1)
    }

    /// Issue 22: a SIAK server that finds the user with its service account before the bind (Apache's
    /// mod_authnz_ldap, SSSD) accepted a handed-over password nobody had changed, since ppolicy restricts only the
    /// user's own connection. The ACL hides such an entry from the SIAK servers until the change.
    @Test func aPasswordNotYetChangedIsInvisibleToTheSIAKServers() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator(mustChange: true)
        try await directory.adminConnection().modify(directory.siakGroup("operator"), [.add("member", [LDAPValue(op.dn.description)])])
        let siak = try await directory.connect(as: directory.serviceAccounts.siakServer)
        let uid = try #require(op.dn.rdns.first?.value)
        let byUID = Filter.equal("uid", uid)
        let byGroup = Filter.and([byUID, .equal("memberOf", directory.siakGroup("operator").description)])
        #expect(try await siak.search(base: directory.baseDN, filter: byUID).isEmpty, "the user search finds nothing")
        #expect(try await siak.search(base: directory.baseDN, filter: byGroup).isEmpty, "nor the role search")
        #expect(try await siak.read(op.dn) == nil, "nor a read of the DN")
        // The bridge still sees and manages it.
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        #expect(try await bridge.read(op.dn, attributes: ["uid"]) != nil)

        let connection = try await LDAPConnection.connect(directory.connectionOptions())
        _ = try await connection.bind(dn: op.dn, password: op.password)
        try await connection.modifyPassword(of: nil, oldPassword: op.password, newPassword: "Changed-\(UUID().uuidString.prefix(8))")
        #expect(try await siak.search(base: directory.baseDN, filter: byUID).count == 1, "changed: the SIAK servers find the user")
        #expect(try await siak.search(base: directory.baseDN, filter: byGroup).count == 1, "with the role")
        try await directory.adminConnection().modify(directory.siakGroup("operator"), [.delete("member", [LDAPValue(op.dn.description)])])
    }

    @Test func expiryWarningGivesSecondsLeft() async throws {
        let directory = try SharedDirectory.get()
        let policy = try await makePolicy(in: directory, ["pwdMaxAge": "3600", "pwdExpireWarning": "7200"])
        let op = try await directory.addOperator()
        try await assign(policy, to: op, in: directory)
        let connection = try await LDAPConnection.connect(directory.connectionOptions())
        let response = try #require(try await connection.bind(dn: op.dn, password: op.password))
        let seconds = try #require(response.secondsUntilExpiration)
        #expect(seconds > 3000 && seconds <= 3600)
    }

    @Test func expiredPasswordReportsGraceLoginsLeft() async throws {
        let directory = try SharedDirectory.get()
        let policy = try await makePolicy(in: directory, ["pwdMaxAge": "1", "pwdGraceAuthnLimit": "3"])
        let op = try await directory.addOperator()
        try await assign(policy, to: op, in: directory)
        try await Task.sleep(for: .milliseconds(2200))
        let connection = try await LDAPConnection.connect(directory.connectionOptions())
        let response = try #require(try await connection.bind(dn: op.dn, password: op.password))
        #expect(response.graceLoginsRemaining == 2)
    }

    @Test func administrativelyLockedAccountCannotBind() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator()
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        try await bridge.modify(op.dn, [.replace("pwdAccountLockedTime", "000001010000Z")])
        let connection = try await LDAPConnection.connect(directory.connectionOptions())
        do {
            try await connection.bind(dn: op.dn, password: op.password)
            Issue.record("a locked account could bind")
        } catch {
            #expect(error.code == .invalidCredentials)
            #expect(error.passwordPolicy?.isAccountLocked == true)
        }
    }

    @Test func fiveFailedBindsLockTheAccount() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator()
        for _ in 0..<5 {
            let connection = try await LDAPConnection.connect(directory.connectionOptions())
            await #expect(throws: LDAPError.self) { try await connection.bind(dn: op.dn, password: "wrong-password") }
        }
        let connection = try await LDAPConnection.connect(directory.connectionOptions())
        do {
            try await connection.bind(dn: op.dn, password: op.password)
            Issue.record("the right password worked after five failures")
        } catch {
            #expect(error.passwordPolicy?.isAccountLocked == true)
        }
    }

    /// A policy entry under ou=policies, based on the default, with `overrides`.
    private func makePolicy(in directory: LocalDirectory, _ overrides: [String: String]) async throws -> DN {
        let dn = directory.baseDN.child("ou", "policies").child("cn", uniqueName("policy"))
        var attributes: [String: String] = [
            "pwdAttribute": "userPassword", "pwdMustChange": "FALSE", "pwdAllowUserChange": "TRUE", "pwdLockout": "TRUE",
        ]
        attributes.merge(overrides) { $1 }
        let admin = try await directory.adminConnection()
        try await admin.add(dn, [LDAPAttribute("objectClass", "device", "pwdPolicy"), LDAPAttribute("cn", dn.rdn?.value ?? "")]
            + attributes.map { LDAPAttribute($0.key, $0.value) })
        return dn
    }

    /// Points the operator at `policy` and sets its password again under it.
    private func assign(_ policy: DN, to op: TestOperator, in directory: LocalDirectory) async throws {
        let admin = try await directory.adminConnection()
        try await admin.modify(op.dn, [.replace("pwdPolicySubentry", [LDAPValue(policy.description)])])
        try await admin.modifyPassword(of: op.dn, newPassword: op.password)
        if try await admin.read(op.dn, attributes: ["pwdReset"])?["pwdReset"].isEmpty == false {
            try await admin.modify(op.dn, [.delete("pwdReset")])
        }
    }
}
