import Foundation
import LocalDirectory
import Testing
import WorkflowFixtures

/// Issue 22, item 3: the reference login check of a SIAK server (docs/siak-integration/siak_login.py, Python's
/// ldap3 — a client nobody here wrote) against an office's real directory, in the five cases of the integration
/// guide: login accepted with its role, wrong password, password handed over and never changed, revoked; and the role
/// from memberOf and from the group's member list.
@Suite("SIAK servers: the reference client (ldap3)")
struct SIAKClientTests {
    static let python = URL(fileURLWithPath: "/usr/bin/python3")
    static let script = Fixtures.repositoryRoot.appendingPathComponent("docs/siak-integration/siak_login.py")

    private func login(_ office: Office, _ username: String, _ password: String, role: String? = nil) async throws -> CLIResult {
        let passwordFile = try office.write("operator-\(UUID().uuidString).pw", password)
        let service = office.directory.serviceAccounts.siakServer
        let serviceFile = try office.write("siak-server-\(UUID().uuidString).pw", service.password)
        var arguments = [Self.script.path, "--uri", office.directory.ldapURI, "--base", office.directory.baseDN.description,
                         "--service-dn", service.dn.description, "--service-password-file", serviceFile,
                         "--username", username, "--password-file", passwordFile]
        if let role { arguments += ["--role", role] }
        return try await CLIRunner.run(executable: Self.python, arguments, in: office.home, environment: [:])
    }

    @Test("accepted with its role; refused: wrong password, never changed, revoked, another role")
    func fiveCases() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let id = try filedRequestID(try await office.succeed(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid))
            try await office.succeed(["approve", id, "--evidence", "disposisi-kadis=DISP/88/2026"], at: "08:20", as: Staff.kadis.uid)
            try await office.succeed(["approve", id, "--step", "disposisi-kabid", "--evidence", "biodata-operator=BIO/07/2026"], at: "08:30", as: Staff.kabid.uid)
            try await office.succeed(["approve", id, "--evidence", "pakta-integritas=PI/12/2026"], at: "08:38", as: Staff.kasi.uid)
            try await office.succeed(["approve", id], at: "08:45", as: Staff.adb.uid)
            try await office.succeed(["sync"], at: "08:46")
            let handed = try await office.succeed(
                ["handover", Candidates.dewiNIP, "--received-by", "Dewi Anggraini", "--json"], at: "08:50", as: Staff.kasi.uid)
            let delivery = try handed.leadingJSON([String: String].self)
            let username = try #require(delivery["username"]), initial = try #require(delivery["password"])

            let unchanged = try await login(office, username, initial)
            #expect(unchanged.status == 1 && unchanged.stdout.contains("never changed"), "\(unchanged)")

            let changed = try await api.send(.POST, "/api/v1/account/password",
                                             json: ["username": username, "currentPassword": initial, "newPassword": "Kranggan-2026-aman"])
            #expect(changed.status == 200, "\(changed)")
            let accepted = try await login(office, username, "Kranggan-2026-aman", role: "operator")
            #expect(accepted.status == 0 && accepted.stdout.contains("accepted: operator"), "\(accepted)")
            let wrong = try await login(office, username, "Kranggan-2026-salah", role: "operator")
            #expect(wrong.status == 1 && wrong.stdout.contains("wrong password"), "\(wrong)")
            let otherRole = try await login(office, username, "Kranggan-2026-aman", role: "administrator")
            #expect(otherRole.status == 1 && otherRole.stdout.contains("not a member of administrator"), "\(otherRole)")

            try await office.succeed(["revoke", Candidates.dewiNIP, "--reason", "transfer", "--note", "mutasi"], at: "09:00", as: Staff.kadis.uid)
            try await office.succeed(["sync"], at: "09:01")
            let revoked = try await login(office, username, "Kranggan-2026-aman", role: "operator")
            #expect(revoked.status == 1, "a revoked operator is refused: \(revoked)")
        }
    }
}
