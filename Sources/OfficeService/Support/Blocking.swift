import Dispatch

/// Blocking work (SQLite through GRDB) run on Dispatch's threads instead of the Swift concurrency pool, whose few
/// threads (one per core) also serve the HTTP requests.
enum Blocking {
    private static let queue = DispatchQueue(label: "hak-akses.blocking", qos: .userInitiated, attributes: .concurrent)

    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: body()) }
        }
    }
}
