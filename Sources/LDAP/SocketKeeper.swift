import Foundation
import Synchronization

/// A small keeper process that holds a copy of a connection's socket, so that the connection outlives this
/// process while slapd may still be working on one of its transactions (see ``TransactionSafety``).
///
/// The keeper is `/bin/sh` in a session of its own, ignoring SIGHUP, SIGINT, SIGTERM and SIGQUIT, with the socket
/// on descriptor 3 and the read end of a pipe on standard input. Through the pipe this process tells it whether a
/// transaction is open (`open`) or answered (`settled`). When the pipe reaches end of file — this process closed
/// it, or died — the keeper exits at once if the last word was `settled`, and otherwise sleeps `grace` first:
/// the socket then stays open until slapd has finished the transaction, so slapd never sees the connection
/// close while it still runs the transaction's writes.
///
/// Only a SIGKILL sent to the keeper and this process at the same instant (e.g. to a whole cgroup) bypasses it.
final class SocketKeeper: Sendable {
    let pid: pid_t
    /// The socket it holds (device and inode), to tell it from a descriptor number reused since.
    let socket: SocketIdentity?
    /// The write end of the keeper's pipe; -1 once closed.
    private let pipe: Mutex<Int32>

    private init(pid: pid_t, socket: SocketIdentity?, pipe: Int32) {
        self.pid = pid
        self.socket = socket
        self.pipe = Mutex(pipe)
    }

    /// The keeper's program. `$1` is the grace period in seconds.
    private static let script = """
        trap '' HUP INT TERM QUIT
        state=settled
        while read -r line; do state=$line; done
        if [ "$state" != settled ]; then PATH=/usr/bin:/bin exec sleep "$1"; fi
        """

    /// Starts a keeper holding `socket` (a descriptor of this process, left open here).
    static func start(holding socket: Int32, grace: Duration) throws(LDAPError) -> SocketKeeper {
        reapFinished()
        let operation = "start the socket keeper"
        func failure(_ what: String, _ code: Int32) -> LDAPError {
            LDAPError(code: .notSupported, diagnostic: "\(what): \(String(cString: strerror(code)))", operation: operation)
        }
        var ends: [Int32] = [-1, -1]
        guard closeOnExecPipe(&ends) == 0 else { throw failure("pipe", errno) }
        // A private, close-on-exec copy of the socket numbered above 9, so that dup2 onto 3 always copies it.
        let copy = fcntl(socket, F_DUPFD_CLOEXEC, 10)
        guard copy >= 0 else {
            let code = errno
            close(ends[0])
            close(ends[1])
            throw failure("dup of the socket", code)
        }
        defer {
            close(copy)
            close(ends[0])
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var steps: [Int32] = [
            posix_spawn_file_actions_adddup2(&actions, ends[0], 0),
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0),
            posix_spawn_file_actions_adddup2(&actions, 1, 2),
            posix_spawn_file_actions_adddup2(&actions, copy, 3),
        ]
        if let closeFrom = closeFromAction { steps.append(closeFrom(&actions, 4)) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        steps.append(posix_spawnattr_setsigmask(&attributes, &noSignals))
        steps.append(posix_spawnattr_setsigdefault(&attributes, &allSignals))
        // POSIX_SPAWN_SETSID (0x80, glibc) does not import: a session of its own, out of reach of group signals.
        steps.append(posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | 0x80)))
        if let failed = steps.first(where: { $0 != 0 }) {
            close(ends[1])
            throw failure("posix_spawn setup", failed)
        }
        let seconds = String(max(1, grace.components.seconds))
        let arguments = ["/bin/sh", "-c", script, "hakakses-socket-keeper", seconds]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        guard !argv.dropLast().contains(where: { $0 == nil }) else {
            close(ends[1])
            throw failure("strdup", ENOMEM)
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ)
        guard rc == 0 else {
            close(ends[1])
            throw failure("posix_spawn /bin/sh", rc)
        }
        return SocketKeeper(pid: pid, socket: SocketIdentity(of: socket), pipe: ends[1])
    }

    /// Tells the keeper that a transaction is open: from now on, if this process dies, the keeper holds the socket
    /// for its grace period. Fails when the keeper is gone.
    func markOpen() throws(LDAPError) {
        guard say("open\n") else {
            throw LDAPError(code: .notSupported, diagnostic: "the socket keeper (pid \(pid)) is gone", operation: "open a transaction")
        }
    }

    /// Tells the keeper that the transaction was answered.
    func markSettled() { _ = say("settled\n") }

    /// The server has finished with the socket: the keeper exits now and is reaped.
    func release() {
        closePipe()
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }

    /// Leaves the socket to the keeper: it holds it for its grace period if a transaction is open (as when this
    /// process dies), and is reaped later.
    func releaseAfterGrace() {
        closePipe()
        Self.unreaped.withLock { $0.append(pid) }
        Self.reapFinished()
    }

    private func say(_ word: String) -> Bool {
        pipe.withLock { fd in
            guard fd >= 0 else { return false }
            let bytes = Array(word.utf8)
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            return written == bytes.count
        }
    }

    private func closePipe() {
        pipe.withLock { fd in
            if fd >= 0 { close(fd) }
            fd = -1
        }
    }

    // MARK: - Reaping keepers left behind

    /// Keepers that were left to finish their grace period; reaped when they have exited.
    private static let unreaped = Mutex<[pid_t]>([])

    static func reapFinished() {
        unreaped.withLock { pids in
            pids.removeAll { pid in
                var status: Int32 = 0
                let result = waitpid(pid, &status, WNOHANG)
                return result == pid || (result == -1 && errno == ECHILD)
            }
        }
    }

    /// `pipe2(fds, O_CLOEXEC)`, which does not import without `_GNU_SOURCE` either; `pipe` and `fcntl` if absent.
    private static func closeOnExecPipe(_ ends: inout [Int32]) -> Int32 {
        if let pipe2 = pipe2Function { return pipe2(&ends, O_CLOEXEC) }
        guard Glibc.pipe(&ends) == 0 else { return -1 }
        for end in ends where fcntl(end, F_SETFD, FD_CLOEXEC) != 0 {
            let code = errno
            close(ends[0])
            close(ends[1])
            errno = code
            return -1
        }
        return 0
    }

    private static let pipe2Function: (@convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pipe2") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Int32).self)
    }()

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34+), which Swift does not import without
    /// `_GNU_SOURCE`: without it the keeper would also hold this process's other inheritable descriptors.
    private static let closeFromAction: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32).self)
    }()
}

/// What a descriptor refers to (device and inode): a socket keeps its identity while a descriptor number can be reused.
struct SocketIdentity: Sendable, Hashable {
    let device: UInt64
    let inode: UInt64

    /// The identity of what `descriptor` refers to, or nil if it is not open.
    init?(of descriptor: Int32) {
        var status = stat()
        guard descriptor >= 0, fstat(descriptor, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
