import Foundation
import Testing

/// `hakakses serve` running in the background for a test: started with `--ready-file`, stopped with SIGTERM.
final class ServeProcess: @unchecked Sendable {
    // @unchecked: `process` is set once in `start` and only read afterwards.
    let process: Process
    let url: String
    let log: URL

    private init(process: Process, url: String, log: URL) {
        self.process = process
        self.url = url
        self.log = log
    }

    /// Starts the server for `config` and waits (up to 60 s) until it listens.
    static func start(config: URL, home: URL, extraEnvironment: [String: String] = [:]) async throws -> ServeProcess {
        let ready = home.appendingPathComponent("serve.url")
        let log = home.appendingPathComponent("serve.log")
        try? FileManager.default.removeItem(at: ready)
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = try CLIRunner.binary()
        process.arguments = ["serve", "--config", config.path, "--ready-file", ready.path, "--log-level", "info"]
        var environment = ["HOME": home.path, "LANG": "C.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        environment.merge(extraEnvironment) { _, new in new }
        process.environment = environment
        process.currentDirectoryURL = home
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if let text = try? String(contentsOf: ready, encoding: .utf8), !text.isEmpty {
                return ServeProcess(process: process, url: text.trimmingCharacters(in: .whitespacesAndNewlines), log: log)
            }
            if !process.isRunning { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        if process.isRunning { process.terminate() }
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        throw ServeError(description: "hakakses serve did not start listening:\n\(output)")
    }

    /// What the server logged so far.
    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// SIGTERM, then waits up to 20 s (SIGKILL after that).
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    struct ServeError: Error, CustomStringConvertible {
        let description: String
    }
}
