/// The days an SK is in force by its own dates: shared by the SK, its draft and the summaries listed from the store.
public protocol DecreePeriod {
    /// The first day in force.
    var effectiveFrom: CivilDate { get }
    /// The last day in force, if limited.
    var effectiveUntil: CivilDate? { get }
}

extension DecreePeriod {
    /// True if the SK is in force on `date` by its own dates (ignoring supersession).
    public func isInForce(on date: CivilDate) -> Bool {
        effectiveFrom <= date && (effectiveUntil.map { date <= $0 } ?? true)
    }

    /// "in force from 2025-02-10" or "in force from 2025-02-10 to 2025-12-31".
    public var periodDescription: String {
        "in force from \(effectiveFrom)" + (effectiveUntil.map { " to \($0)" } ?? "")
    }
}

extension Decree: DecreePeriod {}
extension DecreeDraft: DecreePeriod {}
