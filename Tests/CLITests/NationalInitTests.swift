import Foundation
import Testing

/// Issue 21, item 1: `hakakses init --national-suffix` configures an office for the national directory: its base DN
/// is its subtree `ou=<region code>,<suffix>` and new usernames are free across the suffix; a suffix that is not above
/// the base, or without --uris, is refused before anything is written.
@Suite("CLI: init for the national directory")
struct NationalInitTests {
    static let suffix = "dc=dukcapil,dc=kemendagri,dc=go,dc=id"

    private func initialise(_ extra: [String]) async throws -> (CLIResult, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hakakses-national-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let home = root.appendingPathComponent("office")
        let result = try await CLIRunner.run(["init", "--office", "sukamara", "--home", home.path] + extra, in: root,
                                             environment: ["HOME": root.path, "LANG": "C.UTF-8"])
        return (result, home)
    }

    @Test func theOfficeIsItsSubtreeOfTheNationalSuffix() async throws {
        let bridge = "cn=hak-akses-bridge,ou=services,ou=62.08,\(Self.suffix)"
        let (made, home) = try await initialise(["--uris", "ldap://ldap1.dukcapil.example", "--national-suffix", Self.suffix,
                                                 "--bridge-dn", bridge, "--bridge-password-file", "/etc/hak-akses/bridge.password"])
        defer { try? FileManager.default.removeItem(at: home.deletingLastPathComponent()) }
        #expect(made.status == 0, "\(made)")
        let config = try String(contentsOf: home.appendingPathComponent("config.yaml"), encoding: .utf8)
        #expect(config.contains("baseDN: ou=62.08,\(Self.suffix)") && config.contains("nationalSuffix: \(Self.suffix)"), "\(config)")

        for (arguments, phrase) in [
            (["--uris", "ldap://x", "--national-suffix", Self.suffix, "--base-dn", "dc=sukamarakab,dc=go,dc=id"], "above the office's base DN"),
            (["--national-suffix", Self.suffix], "--uris"),
            (["--uris", "ldap://x", "--national-suffix", "bukan DN"], "--national-suffix"),
        ] {
            let (refused, folder) = try await initialise(arguments)
            defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
            #expect(refused.status == 2 && refused.stderr.contains(phrase), "\(arguments): \(refused)")
            #expect(!FileManager.default.fileExists(atPath: folder.path), "a refused init wrote \(folder.path)")
        }
    }
}
