/// A message to officials: that a request waits for them at a step, or that a step went past its time standard
/// (to the next official up).
public struct Notification: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The request reached a step (or a link of its paraf chain) that the recipients execute.
        case step
        /// The step is past its time standard: told once to the next official up.
        case escalation
    }

    public let kind: Kind
    public let request: String
    public let step: String
    public let round: Int
    /// The link of a paraf chain (0 for a step of one executor).
    public let link: Int
    /// The recipients' uids, and their addresses where known.
    public let uids: [String]
    public let addresses: [String]
    public let subject: String
    public let body: String

    /// What identifies it in the audit log: sent once per key.
    public var key: String {
        kind == .step ? "\(request)/\(step)/\(round)/\(link)" : "\(request)/\(step)/\(round)"
    }
}

/// Why a notification could not be delivered (it is tried again at the next scan).
public struct NotificationError: Error, Sendable, CustomStringConvertible {
    public let description: String
}
