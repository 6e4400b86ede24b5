import Synchronization

/// Collects what a store warns about.
final class Warnings: Sendable {
    private let list = Mutex<[String]>([])

    var all: [String] { list.withLock { $0 } }

    var sink: @Sendable (String) -> Void { { [self] message in list.withLock { $0.append(message) } } }
}
