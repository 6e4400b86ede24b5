/// Failed-login throttling in front of the directory. Every attempt reserves its place before its bind: while the
/// failures of one login (its comparison form, ``LoginName``) within `window` and the attempts for it still in
/// flight reach the login's limit, or those from one client address reach `perAddress`, further attempts are refused
/// without asking the directory until the oldest failure leaves the window. So however many wrong passwords arrive at
/// once, at most `perUser` of them reach the directory per window: below its own lockout (`pwdMaxFailure`, whose
/// `pwdFailureCountInterval` the window must cover), so guessing through the server can never lock an official out
/// of the directory.
///
/// Nor can guessing keep the official out of the server: the last of the `perUser` places is kept for an address
/// the official logged in from before (within `knownFor`), so a stranger's guesses use up at most `perUser − 1`, and
/// the official at their usual desk still gets in.
public actor LoginThrottle {
    public let perUser: Int
    public let perAddress: Int
    public let window: Duration
    /// How long an address stays the official's own after a successful login from it.
    public let knownFor: Duration
    private var failuresByUser: [String: [ContinuousClock.Instant]] = [:]
    private var failuresByAddress: [String: [ContinuousClock.Instant]] = [:]
    private var inFlightByUser: [String: Int] = [:]
    private var inFlightByAddress: [String: Int] = [:]
    private var knownAddresses: [String: [String: ContinuousClock.Instant]] = [:]
    private var reservations = 0

    /// `perUser` is capped at `directoryMaxFailures - 2` (at least 1).
    public init(perUser: Int, perAddress: Int, window: Duration, directoryMaxFailures: Int = 5, knownFor: Duration = .seconds(30 * 86_400)) {
        self.perUser = max(1, min(perUser, directoryMaxFailures - 2))
        self.perAddress = max(1, perAddress)
        self.window = window
        self.knownFor = knownFor
    }

    /// The places `address` may use for `user`: all of them from an address the official logged in from before,
    /// one fewer from any other.
    private func limit(_ user: String, _ address: String, _ now: ContinuousClock.Instant) -> Int {
        if let since = knownAddresses[user]?[address], now - since < knownFor { return perUser }
        return max(1, perUser - 1)
    }

    /// A place for one attempt, held until ``settle(_:_:)``.
    public struct Ticket: Sendable {
        public let user: String
        public let address: String
    }

    /// How an attempt ended.
    public enum Outcome: Sendable {
        /// Logged in: the login's failures are forgotten (not the address's).
        case success
        /// The directory refused the password: a failure for the login and the address.
        case wrongPassword
        /// Anything else (directory unreachable, bad input): no failure counted.
        case other
    }

    /// Reserves a place for an attempt of `user` (the comparison form of the login) from `address`, or refuses with
    /// ``OfficeError/throttled(retryAfterSeconds:)``.
    public func reserve(user: String, address: String) throws(OfficeError) -> Ticket {
        let now = ContinuousClock.now
        reservations += 1
        if reservations % 1_000 == 0 { purge(now) }
        let userFailures = recent(&failuresByUser, user, now)
        let addressFailures = recent(&failuresByAddress, address, now)
        var wait: Duration = .zero
        if userFailures.count + inFlightByUser[user, default: 0] >= limit(user, address, now) {
            wait = max(wait, userFailures.first.map { window - (now - $0) } ?? .seconds(1))
        }
        if addressFailures.count + inFlightByAddress[address, default: 0] >= perAddress {
            wait = max(wait, addressFailures.first.map { window - (now - $0) } ?? .seconds(1))
        }
        if wait > .zero { throw .throttled(retryAfterSeconds: max(1, Int(wait.components.seconds) + 1)) }
        inFlightByUser[user, default: 0] += 1
        inFlightByAddress[address, default: 0] += 1
        return Ticket(user: user, address: address)
    }

    /// Ends the attempt of `ticket`.
    public func settle(_ ticket: Ticket, _ outcome: Outcome) {
        release(&inFlightByUser, ticket.user)
        release(&inFlightByAddress, ticket.address)
        let now = ContinuousClock.now
        switch outcome {
        case .success:
            failuresByUser[ticket.user] = nil
            knownAddresses[ticket.user, default: [:]][ticket.address] = now
        case .wrongPassword:
            failuresByUser[ticket.user, default: []].append(now)
            failuresByAddress[ticket.address, default: []].append(now)
        case .other:
            break
        }
    }

    /// Forgets failures out of the window and addresses no longer known, so that the tables do not grow with every
    /// login name and address ever tried.
    private func purge(_ now: ContinuousClock.Instant) {
        failuresByUser = failuresByUser.compactMapValues { times in
            let kept = times.filter { now - $0 < window }
            return kept.isEmpty ? nil : kept
        }
        failuresByAddress = failuresByAddress.compactMapValues { times in
            let kept = times.filter { now - $0 < window }
            return kept.isEmpty ? nil : kept
        }
        knownAddresses = knownAddresses.compactMapValues { addresses in
            let kept = addresses.filter { now - $0.value < knownFor }
            return kept.isEmpty ? nil : kept
        }
    }

    private func release(_ table: inout [String: Int], _ key: String) {
        let left = table[key, default: 1] - 1
        table[key] = left > 0 ? left : nil
    }

    private func recent(_ table: inout [String: [ContinuousClock.Instant]], _ key: String, _ now: ContinuousClock.Instant)
        -> [ContinuousClock.Instant]
    {
        let kept = (table[key] ?? []).filter { now - $0 < window }
        table[key] = kept.isEmpty ? nil : kept
        return kept
    }
}
