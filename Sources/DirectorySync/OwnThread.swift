import Foundation

/// Runs synchronous work on a thread of its own and awaits its result.
///
/// A reconciliation checks the audit log and computes the roster (SQLite reads and a few hundred milliseconds of
/// CPU at 50,000 grants) while the directory is read: done on Swift's cooperative pool, that would block one of its
/// few threads for the whole time. (Running it at a lower priority was measured too: it kept the replayed state
/// alive longer while entries arrived and raised the peak memory by several MiB, for no gain in time.)
enum OwnThread {
    static func run<T: Sendable>(name: String, _ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            // Named from inside: Foundation names only the current thread (a name set before start stays unseen).
            let thread = Thread {
                Thread.current.name = name
                continuation.resume(returning: body())
            }
            thread.start()
        }
    }
}
