public import Foundation

/// Where each replica stood when it last asked for records (in memory: after a restart, unknown until it asks
/// again, within its wait).
public actor ReplicaWatch {
    public struct Contact: Sendable, Hashable {
        public let held: Int64
        public let at: Date
    }

    private var contacts: [String: Contact] = [:]
    /// The server is stopping: a replica's request waiting for the next record is answered now.
    public private(set) var closing = false

    public init() {}

    /// The replica `id` asked for the records after `held`.
    func saw(_ id: String, held: Int64, at: Date) { contacts[id] = Contact(held: held, at: at) }

    /// The server is stopping (``closing``).
    public func close() { closing = true }

    /// Its last contact, if any.
    public func contact(_ id: String) -> Contact? { contacts[id] }
}
