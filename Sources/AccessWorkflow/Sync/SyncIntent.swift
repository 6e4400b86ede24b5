public import Foundation

/// A request to bring one person's directory entry in line with the roster, no earlier than an instant.
///
/// An intent says nothing about what the entry should look like: whoever carries it out recomputes the person's
/// roster entry at that time. Intents are therefore idempotent, and deriving one too many is harmless while one too
/// few leaves the directory stale.
public struct SyncIntent: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Whose entry to synchronise.
    public let person: PersonKey
    /// The earliest instant at which to do it (UTC, millisecond precision).
    @EventInstant public private(set) var notBefore: Date
    /// Why, in a few words, e.g. "SK 821/12/Dukcapil/2025 takes effect".
    public let reason: String

    /// Creates an intent; `notBefore` is rounded to the millisecond.
    public init(person: PersonKey, notBefore: Date, reason: String) {
        self.person = person
        self.notBefore = notBefore
        self.reason = reason
    }

    /// "nip:… at 2025-02-10T00:00:00.000Z: reason".
    public var description: String { "\(person) at \(Timestamp.iso(notBefore)): \(reason)" }
}
