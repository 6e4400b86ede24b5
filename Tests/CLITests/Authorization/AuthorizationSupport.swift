import Foundation
import LDAP
import LocalDirectory
import OfficeService

/// Setting up hostile officials: a faster authority cache, and officials removed or locked after they logged in.
enum Hostile {
    /// The configuration with `api.authorityCacheSeconds: 0`: every call re-reads the caller's roles.
    static func freshAuthority(_ text: String) -> String {
        text.replacingOccurrences(of: "\napi:\n", with: "\napi:\n  authorityCacheSeconds: 0\n")
    }

    /// Officials of the matrix beyond the office's own: one in no workflow group, one to be removed from `cn=kasi`
    /// after logging in, one to be locked after logging in.
    static let pegawai = StaffMember(uid: "pegawai", roles: [], nip: "19880808 201001 1 007")
    static let removed = StaffMember(uid: "kasi.dicabut", roles: ["kasi"], nip: "19850505 201001 1 008")
    static let locked = StaffMember(uid: "kasi.terkunci", roles: ["kasi"], nip: "19860606 201101 2 009")

    /// Takes `uid` out of the workflow group `role`.
    static func removeFromGroup(_ uid: String, role: String, in directory: LocalDirectory) async throws {
        let admin = try await directory.adminConnection()
        let dn = directory.baseDN.child("ou", "staff").child("uid", uid)
        try await admin.modify(directory.workflowGroup(role), [.delete("member", [LDAPValue(dn.description)])])
        await admin.close()
    }

    /// Locks `uid`'s entry as a directory administrator does (ppolicy's permanent lock).
    static func lock(_ uid: String, in directory: LocalDirectory) async throws {
        let admin = try await directory.adminConnection()
        let dn = directory.baseDN.child("ou", "staff").child("uid", uid)
        try await admin.modify(dn, [.replace("pwdAccountLockedTime", "000001010000Z")])
        await admin.close()
    }

    /// The action of an API route, from the operations and the session routes; nil for a route nobody mapped.
    static func action(of route: String) -> OfficeAction? {
        switch route {
        case "GET /api/v1/health": return .health
        case "POST /api/v1/session": return .login
        case "DELETE /api/v1/session": return .logout
        default: return OfficeOperations.all.first { $0.route.description == route }?.action
        }
    }
}
