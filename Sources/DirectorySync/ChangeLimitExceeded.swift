import Foundation

/// An apply refused because it would change more of the managed entries than the configured share (and more than
/// the changes always allowed): the list should be checked by a person, then applied with `--force`.
public struct ChangeLimitExceeded: Sendable, Hashable, CustomStringConvertible {
    /// Entries the apply would change.
    public let entries: Int
    /// Their share of the managed entries, in percent.
    public let percent: Double
    /// The managed entries in the directory.
    public let managed: Int
    /// The configured limit, in percent.
    public let limitPercent: Double
    /// Changes allowed whatever the share.
    public let alwaysAllowed: Int

    public init(entries: Int, percent: Double, managed: Int, limitPercent: Double, alwaysAllowed: Int) {
        self.entries = entries
        self.percent = percent
        self.managed = managed
        self.limitPercent = limitPercent
        self.alwaysAllowed = alwaysAllowed
    }

    public var description: String {
        String(format: "the apply would change %d entries, %.1f%% of the %d managed entries (limit %.0f%%, or %d entries); check the list, then run again with --force",
               entries, percent, managed, limitPercent, alwaysAllowed)
    }
}
