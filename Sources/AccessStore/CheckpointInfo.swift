public import Foundation

/// A checkpoint as stored: the audit record it was made at, and when.
public struct CheckpointInfo: Sendable, Hashable {
    /// The seq of the last record the state covers.
    public let seq: Int64
    /// That record's hash.
    public let hash: String
    /// When the checkpoint was written.
    public let createdAt: Date
}
