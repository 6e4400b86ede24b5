import Foundation
import Testing
import WorkflowFixtures

/// `hakakses init` from the files the Debian package installs: the shipped SOP and templates in
/// /usr/share/hak-akses are root's, and the service user runs init. `scripts/package-test` does it in a clean root;
/// this is the same case in process, with the shipped files given to another owner.
@Suite("CLI: init from installed files")
struct InitFromShareTests {
    @Test(
        "init copies shipped templates that belong to another user, and every copied file and folder is the caller's",
        .enabled(if: getuid() == 0, "giving the shipped files another owner needs root"))
    func templatesOfAnotherOwner() async throws {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("hakakses-share-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }
        let share = folder.appendingPathComponent("share")
        try manager.createDirectory(at: share.appendingPathComponent("config/sop"), withIntermediateDirectories: true)
        let config = Fixtures.repositoryRoot.appendingPathComponent("config")
        try manager.copyItem(at: config.appendingPathComponent("sop/sukamara.yaml"),
                             to: share.appendingPathComponent("config/sop/sukamara.yaml"))
        try manager.copyItem(at: config.appendingPathComponent("templates"), to: share.appendingPathComponent("config/templates"))
        // nobody:nogroup, as /usr/share/hak-akses is root's for the service user.
        let chown = try await CLIRunner.run(
            executable: URL(fileURLWithPath: "/bin/chown"), ["-R", "65534:65534", share.path], in: folder, environment: [:])
        try #require(chown.status == 0, "\(chown)")

        let home = folder.appendingPathComponent("office")
        let result = try await CLIRunner.run(
            ["init", "--office", "sukamara", "--home", home.path], in: folder,
            environment: ["LANG": "C.UTF-8", "HAKAKSES_SHARE": share.path])
        try #require(result.status == 0, "\(result)")

        let templates = home.appendingPathComponent("templates")
        let copied = try manager.subpathsOfDirectory(atPath: templates.path)
        #expect(copied.contains("kantor/sukamara.yaml") && copied.contains("sk-kadis.mustache"), "\(copied)")
        for path in [""] + copied {
            let attributes = try manager.attributesOfItem(atPath: templates.appendingPathComponent(path).path)
            let owner = (attributes[.ownerAccountID] as? NSNumber)?.uint32Value
            #expect(owner == getuid(), "templates/\(path) belongs to \(owner.map(String.init) ?? "?"), not to the caller")
        }
        #expect(try Data(contentsOf: templates.appendingPathComponent("kantor.yaml"))
                == Data(contentsOf: config.appendingPathComponent("templates/kantor/sukamara.yaml")))
    }
}
