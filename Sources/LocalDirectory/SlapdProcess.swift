import Foundation

/// A running slapd, started in the foreground (`-d 0`) so that its PID is
/// known at once; stopped with SIGTERM and waited for.
///
/// It is spawned with `posix_spawn` and an empty signal mask: a child
/// inherits the mask of the thread that spawns it, and Swift's runtime
/// threads block SIGTERM, which would leave slapd deaf to `stop()`.
final class SlapdProcess: @unchecked Sendable {
    let pid: pid_t
    /// True when this process spawned slapd and must reap it.
    private let isChild: Bool
    // Guarded by `lock`.
    private let lock = NSLock()
    private var exited = false
    /// The signal that ended the process, once it was reaped (children only).
    private var signal: Int32?

    private init(pid: pid_t, isChild: Bool) {
        self.pid = pid
        self.isChild = isChild
    }

    /// A slapd started by another process (e.g. `hakakses directory start`).
    static func attach(pid: Int32) -> SlapdProcess { SlapdProcess(pid: pid, isChild: false) }

    static let slapd = "/usr/sbin/slapd"
    static let slapadd = "/usr/sbin/slapadd"

    static func requireInstalled() throws(LocalDirectoryError) {
        for program in [slapd, slapadd] where !FileManager.default.isExecutableFile(atPath: program) {
            throw .missingProgram(program, hint: "run: sudo apt-get install -y slapd ldap-utils")
        }
    }

    /// Starts `slapd -F configDir -h urls -d 0`, output appended to `log`.
    /// A `detached` slapd gets its own session, so it outlives the terminal
    /// that started it; otherwise it stays in the caller's process group.
    static func start(configDirectory: URL, urls: [String], log: URL, detached: Bool = false) throws(LocalDirectoryError) -> SlapdProcess {
        let arguments = [slapd, "-F", configDirectory.path, "-h", urls.joined(separator: " "), "-d", "0"]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        if detached { flags |= 0x80 }  // POSIX_SPAWN_SETSID (glibc, needs _GNU_SOURCE so it does not import)
        posix_spawnattr_setflags(&attributes, Int16(flags))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, slapd, &actions, &attributes, argv, environ)
        guard rc == 0 else {
            throw .io("cannot start \(slapd): \(String(cString: strerror(rc)))")
        }
        return SlapdProcess(pid: pid, isChild: true)
    }

    var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        if exited { return false }
        if isChild {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == 0 { return true }
            if result == pid || errno == ECHILD {
                exited = true
                // WIFSIGNALED / WTERMSIG (macros that do not import).
                if result == pid, status & 0x7f != 0, status & 0x7f != 0x7f { signal = status & 0x7f }
                return false
            }
            return true
        }
        if kill(pid, 0) == 0 || errno == EPERM { return true }
        exited = true
        return false
    }

    /// The signal that ended slapd (e.g. SIGSEGV when it crashed), once it has exited; nil while it runs, when it
    /// exited normally, or when another process started it.
    var terminationSignal: Int32? {
        guard !isRunning else { return nil }
        lock.lock()
        defer { lock.unlock() }
        return signal
    }

    /// Sends `signal` (e.g. SIGSTOP, SIGCONT, SIGKILL) to slapd.
    func send(_ signal: Int32) -> Bool { kill(pid, signal) == 0 }

    /// SIGTERM, then wait up to `timeout` for the process to exit; SIGKILL after that.
    func stop(timeout: Duration = .seconds(15)) async {
        guard isRunning else { return }
        kill(pid, SIGTERM)
        let deadline = ContinuousClock.now + timeout
        while isRunning, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))  // try?: a polling pause; cancellation only ends the wait sooner
        }
        if isRunning {
            kill(pid, SIGKILL)
            while isRunning { try? await Task.sleep(for: .milliseconds(20)) }  // try?: a polling pause; cancellation only ends the wait sooner
        }
    }

    /// Runs a program to completion and returns its combined output.
    static func run(_ program: String, _ arguments: [String]) throws(LocalDirectoryError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw .missingProgram(program, hint: error.localizedDescription)
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw .programFailed(([program] + arguments).joined(separator: " "), status: process.terminationStatus, output: output)
        }
        return output
    }
}

/// A free TCP port on 127.0.0.1 (asked of the kernel, then released).
func freeLoopbackPort() throws(LocalDirectoryError) -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw .io("cannot create a socket to find a free port") }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
    }
    guard bound == 0 else { throw .io("cannot bind a socket on 127.0.0.1 to find a free port") }
    let named = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    guard named == 0 else { throw .io("cannot read the port the kernel chose") }
    return Int(UInt16(bigEndian: address.sin_port))
}
