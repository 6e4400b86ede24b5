public import Foundation
import LDAP

extension LocalDirectory {
    /// The instance in `folder` that another process started (for
    /// `hakakses directory status|stop`); nil if none was ever created there.
    public static func attach(folder: URL, configuration: LocalDirectoryConfiguration = .init()) throws(LocalDirectoryError) -> LocalDirectory? {
        let recordFile = folder.appendingPathComponent("instance.json")
        guard FileManager.default.fileExists(atPath: recordFile.path) else { return nil }
        let record = try InstanceRecord.read(from: recordFile)
        var configuration = configuration
        if let base = try? DN(parsing: record.baseDN) { configuration.baseDN = base }  // try?: an older record without a parsable base keeps the configured one
        let accounts = try ServiceAccounts.load(baseDN: configuration.baseDN, from: folder.appendingPathComponent("secrets"))
        let running = record.pid.map { SlapdProcess.attach(pid: $0) }.flatMap { $0.isRunning && isSlapd($0.pid) ? $0 : nil }
        return LocalDirectory(
            folder: folder, configuration: configuration, port: record.port, serverID: record.serverID,
            serviceAccounts: accounts, removeFolderOnDestroy: false, process: running)
    }

    /// Builds a directory in `folder` if none is there, else attaches to it;
    /// either way, it is running afterwards.
    public static func startOrCreate(
        in folder: URL, configuration: LocalDirectoryConfiguration = .init(), detached: Bool = false
    ) async throws(LocalDirectoryError) -> LocalDirectory {
        if let existing = try attach(folder: folder, configuration: configuration) {
            try await existing.start(detached: detached)
            return existing
        }
        return try await createCluster(providers: 1, configuration, in: folder, detached: detached)[0]
    }

    /// Guards against a recycled PID: the process must be a slapd.
    private static func isSlapd(_ pid: Int32) -> Bool {
        guard let command = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8) else { return true }  // try?: no /proc to read (not Linux): the recorded PID is taken as our slapd
        return command.trimmingCharacters(in: .whitespacesAndNewlines) == "slapd"
    }
}
