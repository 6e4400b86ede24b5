import Foundation
import Testing

/// What one run of the `hakakses` binary produced.
struct CLIResult: Sendable, CustomStringConvertible {
    let program: String
    let arguments: [String]
    let status: Int32
    let stdout: String
    let stderr: String

    /// The non-empty lines of standard error.
    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }

    /// Standard output decoded as `type` (ISO 8601 dates, as the tool writes them).
    func json<T: Decodable>(_ type: T.Type, sourceLocation: SourceLocation = #_sourceLocation) throws -> T {
        try decodeJSON(type, from: stdout, sourceLocation: sourceLocation)
    }

    /// The JSON object at the start of standard output (up to the first line that is just `}`), for commands
    /// that print a line of progress after it.
    func leadingJSON<T: Decodable>(_ type: T.Type, sourceLocation: SourceLocation = #_sourceLocation) throws -> T {
        let lines = stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let end = lines.firstIndex { $0 == "}" } ?? lines.endIndex
        let text = lines[..<min(end + 1, lines.endIndex)].joined(separator: "\n")
        return try decodeJSON(type, from: text, sourceLocation: sourceLocation)
    }

    private func decodeJSON<T: Decodable>(_ type: T.Type, from text: String, sourceLocation: SourceLocation) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(type, from: Data(text.utf8))
        } catch {
            Issue.record("`\(program) \(arguments.joined(separator: " "))` printed no valid \(type): \(error)\n\(stdout)", sourceLocation: sourceLocation)
            throw error
        }
    }

    var description: String {
        "`\(program) \(arguments.joined(separator: " "))` exited \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
    }
}

enum CLIRunnerError: Error, CustomStringConvertible {
    case binaryMissing(String)
    case timedOut([String])
    case cannotStart(String)

    var description: String {
        switch self {
        case .binaryMissing(let detail): detail
        case .timedOut(let arguments): "`\(arguments.joined(separator: " "))` did not finish within its time limit"
        case .cannotStart(let path): "could not start \(path)"
        }
    }
}

/// Runs the built `hakakses` executable as a child process with a controlled environment.
enum CLIRunner {
    /// The `hakakses` built next to this test bundle (the same `debug/` folder).
    static func binary() throws -> URL {
        let manager = FileManager.default
        var starts: [URL] = []
        if let executable = Bundle.main.executableURL { starts.append(executable.resolvingSymlinksInPath()) }
        if let first = CommandLine.arguments.first { starts.append(URL(fileURLWithPath: first).resolvingSymlinksInPath()) }
        for start in starts {
            var folder = start.deletingLastPathComponent()
            // On Linux the test bundle is a file in debug/; on macOS it is debug/X.xctest/Contents/MacOS/X.
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("hakakses")
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   manager.isExecutableFile(atPath: candidate.path)
                {
                    return candidate
                }
                folder.deleteLastPathComponent()
            }
        }
        throw CLIRunnerError.binaryMissing(
            "no executable `hakakses` next to the test bundle (looked up from \(starts.map(\.path))); build it with `swift build --build-tests`")
    }

    /// Runs `hakakses arguments…` in `folder` with exactly `environment` (plus PATH) and waits for it to exit.
    static func run(
        _ arguments: [String], in folder: URL, environment: [String: String], timeLimit: Duration = .seconds(120)
    ) async throws -> CLIResult {
        try await run(executable: try binary(), arguments, in: folder, environment: environment, timeLimit: timeLimit)
    }

    /// Runs another program (sqlite3, sha256sum) the same way.
    static func run(
        executable: URL, _ arguments: [String], in folder: URL, environment: [String: String], timeLimit: Duration = .seconds(120)
    ) async throws -> CLIResult {
        let outputFolder = folder.appendingPathComponent(".runs", isDirectory: true)
        try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        let name = UUID().uuidString
        let outURL = outputFolder.appendingPathComponent("\(name).out")
        let errURL = outputFolder.appendingPathComponent("\(name).err")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer {
            try? outHandle.close()
            try? errHandle.close()
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }

        var env = environment
        env["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        if let libraries = ProcessInfo.processInfo.environment["LD_LIBRARY_PATH"] { env["LD_LIBRARY_PATH"] = libraries }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = env
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        let box = ProcessBox(process)

        let status: Int32? = try await withThrowingTaskGroup(of: Int32?.self) { group in
            group.addTask {
                await withCheckedContinuation { (continuation: CheckedContinuation<Int32?, Never>) in
                    box.process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
                    do { try box.process.run() } catch {
                        box.process.terminationHandler = nil
                        continuation.resume(returning: nil)
                    }
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeLimit)
                return Int32.min
            }
            let first = try await group.next() ?? nil
            if first == Int32.min, box.process.isRunning {
                box.process.terminate()
            }
            group.cancelAll()
            return first
        }
        guard let status else {
            throw CLIRunnerError.cannotStart(executable.path)
        }
        if status == Int32.min { throw CLIRunnerError.timedOut(arguments) }
        let stdout = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
        let stderr = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        return CLIResult(program: executable.lastPathComponent, arguments: arguments, status: status, stdout: stdout, stderr: stderr)
    }
}

/// A `Process` handed between the tasks of one run; only one of them touches it at a time.
private final class ProcessBox: @unchecked Sendable {
    let process: Process
    init(_ process: Process) { self.process = process }
}
