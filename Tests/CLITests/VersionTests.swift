import Foundation
import Testing
import WorkflowFixtures

/// `hakakses --version` and the Debian package's version come from one constant (HakAksesVersion.current):
/// `scripts/package --version` reads it from the source, the binary prints it. `scripts/package-test` checks the
/// installed binary against the package's Version field.
@Suite("CLI: version")
struct VersionTests {
    @Test("`hakakses --version` prints the version scripts/package gives the .deb, a Debian upstream version")
    func versionAgreesWithThePackage() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hakakses-version-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let printed = try await CLIRunner.run(["--version"], in: folder, environment: ["LANG": "C.UTF-8"])
        #expect(printed.status == 0, "\(printed)")
        let package = try await CLIRunner.run(
            executable: URL(fileURLWithPath: "/bin/bash"),
            [Fixtures.repositoryRoot.appendingPathComponent("scripts/package").path, "--version"],
            in: folder, environment: ["LANG": "C.UTF-8"])
        #expect(package.status == 0, "\(package)")

        let version = printed.stdout.trimmingCharacters(in: .newlines)
        #expect(!version.isEmpty && version == package.stdout.trimmingCharacters(in: .newlines),
                "the binary says '\(version)', the package would be '\(package.stdout)'")
        // Debian policy 5.6.12: an upstream version without a revision starts with a digit and holds only
        // alphanumerics and . + ~ (a hyphen would start a Debian revision).
        let allowed = CharacterSet(charactersIn: "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.+~")
        #expect(version.first?.isNumber == true && version.unicodeScalars.allSatisfy(allowed.contains),
                "'\(version)' is not a Debian upstream version")
    }
}
