import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs work that is off the caller's critical path on a thread of its own, at a lower scheduling priority.
///
/// A reconciliation reads the directory while it checks the audit log and computes the roster. When slapd runs on
/// the same machine (the usual office server, two cores), the check competes with slapd and with the thread that
/// receives the entries, and every page of the read waits longer; the check finishes long before the read does, so
/// it can yield the CPU to them. On Linux the nice value is per thread: `setpriority(PRIO_PROCESS, 0, …)` lowers only
/// the calling thread. If it cannot be lowered the work runs at normal priority: slower to answer, never wrong.
/// The work also stays off Swift's cooperative thread pool, which it would otherwise block on SQLite and CPU.
enum LowPriorityThread {
    /// How much lower than normal: nice 10 weighs about a tenth of a normal thread under Linux's scheduler.
    static let niceness: Int32 = 10

    static func run<T: Sendable>(name: String, _ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                lowerPriority()
                continuation.resume(returning: body())
            }
            thread.name = name
            thread.start()
        }
    }

    private static func lowerPriority() {
        #if canImport(Glibc)
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        errno = 0
        let current = getpriority(which, 0)
        guard errno == 0 else { return }
        _ = setpriority(which, 0, min(current + niceness, 19))
        #endif
    }
}
