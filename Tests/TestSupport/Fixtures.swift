public import LDAP
public import LocalDirectory
import Synchronization

private let counter = Atomic<Int>(0)

/// A name no other test in this process uses, e.g. `op-17-k3x`.
public func uniqueName(_ prefix: String) -> String {
    let n = counter.add(1, ordering: .relaxed).newValue
    let suffix = String((0..<3).map { _ in "abcdefghjkmnpqrstuvwxyz23456789".randomElement() ?? "x" })
    return "\(prefix)-\(n)-\(suffix)"
}

/// A test operator under `ou=operators`.
public struct TestOperator: Sendable {
    public let dn: DN
    public let uid: String
    public let password: String
}

extension LocalDirectory {
    /// Adds an operator entry as the bridge and sets its password with
    /// Password Modify (so ppolicy marks it "must change"). With
    /// `mustChange: false` the reset flag is cleared by the administrator.
    public func addOperator(
        uid: String = uniqueName("op"), cn: String? = nil, password: String = "Initial-Pass-\(Int.random(in: 1000...9999))",
        mustChange: Bool = false, extra: [LDAPAttribute] = []
    ) async throws -> TestOperator {
        let dn = baseDN.child("ou", "operators").child("uid", uid)
        let bridge = try await connect(as: serviceAccounts.bridge)
        try await bridge.add(dn, [
            LDAPAttribute("objectClass", "inetOrgPerson", "siakPerson", "siakAccount"),
            LDAPAttribute("uid", uid),
            LDAPAttribute("cn", cn ?? uid),
            LDAPAttribute("sn", cn ?? uid),
        ] + extra)
        try await bridge.modifyPassword(of: dn, newPassword: password)
        await bridge.close()
        if !mustChange {
            let admin = try await adminConnection()
            if try await admin.read(dn, attributes: ["pwdReset"])?["pwdReset"].isEmpty == false {
                try await admin.modify(dn, [.delete("pwdReset")])
            }
            await admin.close()
        }
        return TestOperator(dn: dn, uid: uid, password: password)
    }

    /// Adds an official under `ou=staff` with a usable password and makes it a
    /// member of the given workflow role groups (kadis, kasi, adb, …); `name` is its `cn` (the uid when nil).
    @discardableResult
    public func addStaff(uid: String, password: String, roles: [String], nip: String? = nil, name: String? = nil) async throws -> DN {
        let dn = baseDN.child("ou", "staff").child("uid", uid)
        let admin = try await adminConnection()
        var attributes = [
            LDAPAttribute("objectClass", "inetOrgPerson", "siakPerson"), LDAPAttribute("uid", uid),
            LDAPAttribute("cn", name ?? uid), LDAPAttribute("sn", uid),
        ]
        if let nip { attributes.append(LDAPAttribute("siakNIP", nip)) }
        try await admin.add(dn, attributes)
        try await admin.modifyPassword(of: dn, newPassword: password)
        if try await admin.read(dn, attributes: ["pwdReset"])?["pwdReset"].isEmpty == false {
            try await admin.modify(dn, [.delete("pwdReset")])
        }
        for role in roles {
            try await admin.modify(workflowGroup(role), [.add("member", [LDAPValue(dn.description)])])
        }
        await admin.close()
        return dn
    }

    /// Adds `dn` to a group's `member` as the administrator.
    public func addMember(_ member: DN, toGroup group: DN) async throws {
        let admin = try await adminConnection()
        try await admin.modify(group, [.add("member", [LDAPValue(member.description)])])
        await admin.close()
    }

    /// The DN of a SIAK role group, e.g. `cn=operator,ou=siak,ou=groups,…`.
    public nonisolated func siakGroup(_ role: String) -> DN {
        baseDN.child("ou", "groups").child("ou", "siak").child("cn", role)
    }

    /// The DN of a workflow role group, e.g. `cn=kadis,ou=workflow,ou=groups,…`.
    public nonisolated func workflowGroup(_ role: String) -> DN {
        baseDN.child("ou", "groups").child("ou", "workflow").child("cn", role)
    }
}
