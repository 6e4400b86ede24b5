import Foundation
import Testing

/// Issue 23: `hakakses directory` read a configuration that is there but broken as no configuration (`try?`), and
/// went on with the defaults: the default folder, and for `start` the default base DN. It now stops and says why.
@Suite("CLI: hakakses directory with a broken configuration")
struct DirectoryConfigTests {
    @Test func aBrokenConfigurationIsAnErrorNotTheDefaults() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("directory-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent(".hakakses/config.yaml")
        try FileManager.default.createDirectory(at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("sop: [this is not closed\n".utf8).write(to: config)

        let result = try await CLIRunner.run(["directory", "status"], in: folder, environment: ["HOME": folder.path])
        #expect(result.status != 0, "a broken configuration was read as none: \(result)")
        #expect(result.stderr.contains("config.yaml"), "the message names the file: \(result)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".hakakses/directory").path))
    }
}
