/// A later SK that supersedes an SK, and the day from which it does.
public struct DecreeSuccessor: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The superseding SK.
    public let number: DecreeNumber
    /// Its first day in force: the superseded SK stops counting from then.
    public let effectiveFrom: CivilDate

    /// Creates a successor.
    public init(number: DecreeNumber, effectiveFrom: CivilDate) {
        self.number = number
        self.effectiveFrom = effectiveFrom
    }

    /// "SK 000.8.3.3/240/Dukcapil/2025 from 2025-02-10".
    public var description: String { "SK \(number) from \(effectiveFrom)" }

    /// For each SK number, the SKs that supersede it, from SKs given as (number, first day, superseded numbers);
    /// used where SKs are listed without the workflow state (summaries read from the store).
    public static func index(
        _ decrees: some Sequence<(number: DecreeNumber, effectiveFrom: CivilDate, supersedes: [DecreeNumber])>
    ) -> [DecreeNumber: [DecreeSuccessor]] {
        var index: [DecreeNumber: [DecreeSuccessor]] = [:]
        for decree in decrees {
            for earlier in decree.supersedes {
                index[earlier, default: []].append(DecreeSuccessor(number: decree.number, effectiveFrom: decree.effectiveFrom))
            }
        }
        return index.mapValues { $0.sorted { ($0.effectiveFrom, $0.number) < ($1.effectiveFrom, $1.number) } }
    }
}

/// Where an SK stands on a date, taking both its own dates and the SKs that supersede it into account.
public enum DecreeStanding: Sendable, Hashable, CustomStringConvertible {
    /// Its first day is still to come.
    case notYetInForce(from: CivilDate)
    /// In force.
    case inForce
    /// Its last day has passed.
    case ended(on: CivilDate)
    /// A later SK in force on the date supersedes it.
    case superseded(by: DecreeNumber, from: CivilDate)

    /// True only for ``inForce``.
    public var isInForce: Bool { self == .inForce }

    /// "in force", "not yet in force (from …)", "ended on …", "superseded by SK … from …".
    public var description: String {
        switch self {
        case .inForce: "in force"
        case .notYetInForce(let from): "not yet in force (from \(from))"
        case .ended(let on): "ended on \(on)"
        case let .superseded(number, from): "superseded by SK \(number) from \(from)"
        }
    }
}

/// An SK that knows which later SKs supersede it: the recorded SK and the listed summaries.
public protocol SupersedableDecree: DecreePeriod {
    /// The SKs that supersede this one, earliest first.
    var supersededBy: [DecreeSuccessor] { get }
}

extension SupersedableDecree {
    /// Where the SK stands on `date`: superseded once a superseding SK is in effect by then (even if this SK's own
    /// dates would still run), otherwise by its own dates.
    public func standing(on date: CivilDate) -> DecreeStanding {
        let inEffect = supersededBy.filter { $0.effectiveFrom <= date }
        if let successor = inEffect.min(by: { ($0.effectiveFrom, $0.number) < ($1.effectiveFrom, $1.number) }) {
            return .superseded(by: successor.number, from: successor.effectiveFrom)
        }
        if date < effectiveFrom { return .notYetInForce(from: effectiveFrom) }
        if let until = effectiveUntil, until < date { return .ended(on: until) }
        return .inForce
    }
}
