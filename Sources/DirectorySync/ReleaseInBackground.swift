import Synchronization

/// Frees large values off the caller's path. Releasing 50,000 directory entries and a roster of as many people takes
/// tens of milliseconds of deallocation that a caller about to answer (or to exit) need not wait for.
///
/// In a long-running process (the office server) they are dropped on a background task. A one-shot command that
/// says so (``keepUntilExit()``) keeps them instead: it is about to exit, the kernel takes the pages back at once, and
/// freeing them on another thread would only compete with the answer for the allocator's lock.
public enum ReleaseInBackground {
    /// From now on, values given up here are kept until the process exits (for one-shot commands only: a server
    /// would keep every reconciliation's entries).
    public static func keepUntilExit() { keptUntilExit.withLock { $0.keeping = true } }

    /// Takes the last reference to `value` (pass it with `consume`) and drops it on a background task, or keeps it
    /// until exit (see ``keepUntilExit()``).
    static func release<T: Sendable>(_ value: consuming T) {
        let box = Box(value)
        let kept = keptUntilExit.withLock { state -> Bool in
            guard state.keeping else { return false }
            state.values.append(box)
            return true
        }
        if !kept { Task.detached(priority: .background) { box.drop() } }
    }

    /// Whether values are kept, and those kept (reachable, so that leak checkers do not report them).
    private struct Kept: ~Copyable {
        var keeping = false
        var values: [any Sendable] = []
    }

    private static let keptUntilExit = Mutex(Kept())

    /// Holds the value until the background task drops it.
    private final class Box<Value: Sendable>: @unchecked Sendable {
        // @unchecked: `value` is set once here and cleared once by the one task that owns the box.
        private var value: Value?
        init(_ value: consuming Value) { self.value = value }
        func drop() { value = nil }
    }
}
