import Foundation
import LDAP
import Testing

/// Issue 21, item 4: `hakakses staff add|list` on a directory that is not the embedded one, through the office's
/// staff administrator (`directory.staffAdminDN`); refused with what to configure when there is none. The official
/// added then logs in to the office server and acts in the role given.
@Suite("CLI: staff through the staff administrator")
struct StaffThroughAdministratorTests {
    @Test("staff add and list on a remote directory with directory.staffAdminDN; refused without it")
    func staffOnARemoteDirectory() async throws {
        try await withOffice(.sukamara) { office in
            let password = office.home.appendingPathComponent("kasi-baru.pw").path
            try Data("Kasi-Baru-2026-awal\n".utf8).write(to: URL(fileURLWithPath: password))
            let add = ["staff", "add", "hendra.kasi", "--name", "HENDRA GUNAWAN, S.Kom", "--nip", "19850101 201001 1 001", "--role", "kasi",
                       "--password-file", password]
            // The test office's directory is remote (init --uris …): without a staff administrator, refused by name.
            try await office.expectRefused(add, status: 2, naming: ["directory.staffAdminDN", "staffAdminPasswordFile"])

            let account = try #require(office.directory.serviceAccounts.staffAdmin)
            let config = try String(contentsOf: office.config, encoding: .utf8)
            let line = try #require(config.split(separator: "\n").first { $0.contains("bridgePasswordFile:") })
            let indent = String(line.prefix { $0 == " " })
            try config.replacingOccurrences(of: String(line), with: """
                \(line)
                \(indent)staffAdminDN: \(account.dn)
                \(indent)staffAdminPasswordFile: \(account.passwordFile.path)
                """).write(to: office.config, atomically: true, encoding: .utf8)

            let added = try await office.succeed(add)
            #expect(added.stdout.contains("hendra.kasi"), "\(added)")
            let listed = try await office.succeed(["staff", "list"])
            #expect(listed.stdout.split(separator: "\n").contains { $0.contains("hendra.kasi") && $0.contains("kasi") }, "\(listed)")
            try await office.expectRefused(add, naming: ["hendra.kasi"])

            // The official added binds with the password given.
            let dn = office.directory.baseDN.child("ou", "staff").child("uid", "hendra.kasi")
            let login = try await LDAPConnection.connect(office.directory.connectionOptions(), credentials: .simple(dn: dn, password: "Kasi-Baru-2026-awal"))
            await login.close()
        }
    }
}
