/// Failed-login throttling in front of the directory: after `perUser` failures for one login name, or `perAddress`
/// failures from one client address, within `window`, further attempts are refused without asking the directory
/// until the oldest failure leaves the window. The directory's own lockout (ppolicy) still applies behind it; the
/// per-user limit sits below it, so guessing through the API cannot lock an official out.
public actor LoginThrottle {
    public let perUser: Int
    public let perAddress: Int
    public let window: Duration
    private var byUser: [String: [ContinuousClock.Instant]] = [:]
    private var byAddress: [String: [ContinuousClock.Instant]] = [:]

    public init(perUser: Int, perAddress: Int, window: Duration) {
        self.perUser = max(1, perUser)
        self.perAddress = max(1, perAddress)
        self.window = window
    }

    /// Refuses with ``OfficeError/throttled(retryAfterSeconds:)`` when either limit is reached.
    public func check(user: String, address: String) throws(OfficeError) {
        let now = ContinuousClock.now
        let userFailures = recent(&byUser, user.lowercased(), now)
        let addressFailures = recent(&byAddress, address, now)
        var wait: Duration = .zero
        if userFailures.count >= perUser, let oldest = userFailures.first { wait = max(wait, window - (now - oldest)) }
        if addressFailures.count >= perAddress, let oldest = addressFailures.first { wait = max(wait, window - (now - oldest)) }
        if wait > .zero { throw .throttled(retryAfterSeconds: max(1, Int(wait.components.seconds) + 1)) }
    }

    public func recordFailure(user: String, address: String) {
        let now = ContinuousClock.now
        byUser[user.lowercased(), default: []].append(now)
        byAddress[address, default: []].append(now)
    }

    /// A successful login clears the user's failures (not the address's).
    public func recordSuccess(user: String) {
        byUser[user.lowercased()] = nil
    }

    private func recent(_ table: inout [String: [ContinuousClock.Instant]], _ key: String, _ now: ContinuousClock.Instant)
        -> [ContinuousClock.Instant]
    {
        let kept = (table[key] ?? []).filter { now - $0 < window }
        table[key] = kept.isEmpty ? nil : kept
        return kept
    }
}
