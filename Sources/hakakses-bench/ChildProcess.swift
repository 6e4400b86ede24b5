import Foundation

/// Runs a program to completion and measures it: wall time and peak resident
/// memory (from wait4's rusage), the same way for OpenLDAP's tools and for hakakses.
enum ChildProcess {
    struct Measurement {
        let status: Int32
        let seconds: Double
        let maxRSSMiB: Double
    }

    static func run(_ program: String, _ arguments: [String], stdout: URL? = nil, environment: [String: String] = [:]) throws -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout?.path ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) }
        argv.append(nil)
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        var envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") }
        envp.append(nil)
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let rc = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard rc == 0 else { throw BenchError("cannot start \(program): \(String(cString: strerror(rc)))") }
        // Peak memory: the child's own VmHWM, sampled until it exits. (wait4's ru_maxrss
        // would report this big process's peak: posix_spawn starts the child in our
        // address space, and Linux keeps that high-water mark across exec.)
        var status: Int32 = 0
        var peakKiB = 0.0
        while true {
            if let hwm = Self.highWaterMarkKiB(pid) { peakKiB = max(peakKiB, hwm) }
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid || (done == -1 && errno != EINTR) { break }
            usleep(5_000)
        }
        let seconds = (ContinuousClock.now - start).seconds
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Measurement(status: exit, seconds: seconds, maxRSSMiB: peakKiB / 1024)
    }

    /// VmHWM of a running process, in KiB.
    static func highWaterMarkKiB(_ pid: pid_t) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }  // try?: a process gone before its status is read has no memory to report (nil)
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return line.split(separator: " ").compactMap { Double($0) }.first
        }
        return nil
    }
}
