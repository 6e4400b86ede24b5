public import AccessStore

/// Whether this database is the one the directory's audit anchor names, as last found: the office server checks at
/// start and after every bridge pass; a command on the server host checks before its first write. While it does
/// not, the office is read-only (``OfficeAction/changesTheRecord``).
public actor AnchorWatch {
    public enum State: Sendable, Equatable {
        /// Not checked yet, or the directory could not be reached.
        case unknown
        /// The database contains the anchored record.
        case matches
        /// The database does not: rolled back, cut short or replaced.
        case mismatch(AnchorMismatch)
    }

    public private(set) var state: State = .unknown
    private var lastTry: ContinuousClock.Instant?

    public init() {}

    public func set(_ state: State) { self.state = state }

    /// True if an unknown state is worth checking now: not again within 30 s of a check that could not reach the
    /// directory (so that a hung directory does not hold every change for its network timeout).
    public func shouldTry() -> Bool {
        let now = ContinuousClock.now
        if let lastTry, now - lastTry < .seconds(30) { return false }
        lastTry = now
        return true
    }
}
