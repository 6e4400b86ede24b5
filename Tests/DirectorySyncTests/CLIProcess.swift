import Foundation
import LocalDirectory

/// The `hakakses` binary built next to this test bundle, run as a separate process.
enum CLIProcess {
    static var binary: URL {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ].compactMap { $0 }
        for folder in candidates {
            var current = folder
            for _ in 0..<3 {
                let url = current.appendingPathComponent("hakakses")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
                current.deleteLastPathComponent()
            }
        }
        return URL(fileURLWithPath: "/nonexistent/hakakses (build with swift build --build-tests)")
    }

    /// A config file for `harness`'s store and directory.
    static func config(for harness: BridgeHarness, transactionSize: Int = 100) throws -> URL {
        let folder = harness.file.deletingLastPathComponent()
        let file = folder.appendingPathComponent("\(harness.file.deletingPathExtension().lastPathComponent).yaml")
        let sop = SyncFixtures.repositoryRoot.appendingPathComponent("config/sop/sukamara.yaml").path
        let text = """
            sop: \(sop)
            database: \(harness.file.path)
            auditKey: \(harness.keyFile.path)
            api:
              listen: 127.0.0.1:0
            directory:
              uris: [\(harness.directory.ldapURI)]
              baseDN: \(harness.directory.baseDN)
              bridgeDN: \(harness.directory.serviceAccounts.bridge.dn)
              bridgePasswordFile: \(harness.directory.serviceAccounts.bridge.passwordFile.path)
            sync:
              transactionSize: \(transactionSize)
              window: 16
              pollSeconds: 1
            reconcile:
              intervalMinutes: 60
            """
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Starts `hakakses ARGS` with output to a file; the caller waits or kills.
    static func start(_ arguments: [String], log: URL) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}
