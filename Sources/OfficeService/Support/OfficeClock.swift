public import Foundation
import Synchronization

/// The office's clock: every recorded time comes from here, in the server (or, on the server host, the command).
///
/// In production it is the system clock and nothing a caller sends changes it. In a rehearsal (`rehearsal: true` in
/// the configuration: the demo and the tests), a caller may name the time of its call (`$HAKAKSES_NOW`, sent by the
/// CLI as a header); the clock then runs on from the last time named, so background work (the bridge, the
/// reconciler) follows the rehearsal too. The server says so at start and in a header of every response.
public final class OfficeClock: Sendable {
    public let rehearsal: Bool
    private let rehearsed = Mutex<(time: Date, at: ContinuousClock.Instant)?>(nil)

    public init(rehearsal: Bool) { self.rehearsal = rehearsal }

    /// The time to record for a call; `requested` is honoured only in a rehearsal.
    public func now(requested: Date? = nil) -> Date {
        guard rehearsal else { return Date() }
        let instant = ContinuousClock.now
        return rehearsed.withLock { state in
            if let requested {
                state = (requested, instant)
                return requested
            }
            guard let state else { return Date() }
            let elapsed = instant - state.at
            return state.time.addingTimeInterval(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
    }

    /// In a rehearsal with no time named yet, runs on from `time` (the newest record's): a server restarted on a
    /// rehearsal log does its background work (reconciliation, deletion after the grace period) at the log's time,
    /// not the machine's. Nothing in production.
    public func seed(_ time: Date) {
        guard rehearsal else { return }
        let instant = ContinuousClock.now
        rehearsed.withLock { state in if state == nil { state = (time, instant) } }
    }

    /// A rehearsal time as written in `$HAKAKSES_NOW` or the rehearsal header (ISO 8601, with or without
    /// fractional seconds); nil if it is not one.
    public static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    /// The same time written for the rehearsal header.
    public static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
