/// Frees large values on another thread. Releasing 50,000 directory entries and a roster of as many people takes
/// tens of milliseconds of deallocation that a caller about to answer (or to exit) need not wait for.
enum ReleaseInBackground {
    /// Takes the last reference to `value` (pass it with `consume`) and drops it on a background task.
    static func release<T: Sendable>(_ value: consuming T) {
        let box = Box(value)
        Task.detached(priority: .background) { box.drop() }
    }

    /// Holds the value until the background task drops it.
    private final class Box<Value: Sendable>: @unchecked Sendable {
        // @unchecked: `value` is set once here and cleared once by the one task that owns the box.
        private var value: Value?
        init(_ value: consuming Value) { self.value = value }
        func drop() { value = nil }
    }
}
