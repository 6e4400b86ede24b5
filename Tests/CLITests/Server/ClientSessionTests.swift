import Foundation
import Testing

/// The CLI on a workstation: `hakakses login` once, later commands without the password, `logout` ends it.
@Suite("Office server: the CLI's session")
struct ClientSessionTests {
    @Test("login keeps a token (mode 0600) that later commands use; logout ends it on the server and forgets it")
    func loginOnce() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let url = try #require(office.serverURL)
            // A workstation: only `server:` in its configuration, no database, no key.
            let desk = office.home.appendingPathComponent("desk")
            try FileManager.default.createDirectory(at: desk, withIntermediateDirectories: true)
            let config = desk.appendingPathComponent("config.yaml")
            try Data("server: \(url)\n".utf8).write(to: config)
            let environment = [
                "HOME": desk.path, "LANG": "C.UTF-8", "HAKAKSES_CONFIG": config.path, "USER": Staff.kasi.uid,
                "HAKAKSES_NOW": Office.time("08:00"),
            ]
            func run(_ arguments: [String]) async throws -> CLIResult {
                try await CLIRunner.run(arguments, in: desk, environment: environment)
            }
            let noLogin = try await run(["inbox"])
            #expect(noLogin.status == 2 && noLogin.stderr.contains("--password-file"), "no token, no terminal: \(noLogin)")

            let login = try await run(["login", "--password-file", office.passwordFile.path])
            #expect(login.status == 0 && login.stdout.contains("logged in as kasi"), "\(login)")
            let cache = desk.appendingPathComponent(".cache/hakakses")
            let files = try FileManager.default.contentsOfDirectory(atPath: cache.path)
            #expect(files.count == 1)
            let token = cache.appendingPathComponent(try #require(files.first))
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: token.path)[.posixPermissions] as? NSNumber)
            #expect(mode.intValue == 0o600, "the cached token is the user's alone: \(String(mode.intValue, radix: 8))")

            let filed = try await run(Candidates.dewiRequest())
            #expect(filed.status == 0, "the cached session files a request without a password: \(filed)")
            #expect(try await run(["inbox"]).status == 0)

            let logout = try await run(["logout"])
            #expect(logout.status == 0, "\(logout)")
            #expect(!FileManager.default.fileExists(atPath: token.path))
            let after = try await run(["inbox"])
            #expect(after.status == 2, "logged out: a password is needed again: \(after)")
        }
    }
}
