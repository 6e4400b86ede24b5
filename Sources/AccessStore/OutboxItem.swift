public import AccessWorkflow
public import Foundation

/// Where an outbox row stands.
public enum OutboxState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not yet carried out (possibly after failed attempts).
    case pending
    /// Carried out.
    case done
    /// Given up for good.
    case refused
}

/// One queued directory synchronisation: bring `person`'s entry in line with the roster, no earlier than `notBefore`.
public struct OutboxItem: Sendable, Hashable {
    /// The row id.
    public let id: Int64
    /// Whose entry.
    public let person: PersonKey
    /// The audit record that caused it.
    public let causeSeq: Int64
    /// Why (reasons of merged intents are joined with "; ").
    public let reason: String
    /// The earliest instant to do it.
    public let notBefore: Date
    /// Where it stands.
    public let state: OutboxState
    /// Attempts so far (failed or successful).
    public let attempts: Int
    /// When it is due next (`notBefore`, or the retry time after a failure).
    public let nextAttemptAt: Date
    /// The last failure or the refusal reason.
    public let lastError: String?
    /// When it was queued.
    public let createdAt: Date
    /// When it was done or refused.
    public let finishedAt: Date?
}

/// How an enqueue went.
public struct EnqueueResult: Sendable, Hashable {
    /// New pending rows.
    public let inserted: Int
    /// Intents merged into an existing pending row for the same person and instant.
    public let merged: Int

    /// Creates a result.
    public init(inserted: Int, merged: Int) {
        self.inserted = inserted
        self.merged = merged
    }
}
