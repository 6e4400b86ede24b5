/// Why a person who once had (or was meant to have) access is not on the roster today.
public enum Departure: Sendable, Hashable, CustomStringConvertible {
    /// Access revoked (death, resignation, transfer, data leak, …).
    case revoked(RevocationReason, String)
    /// The SK's end date passed.
    case expired(DecreeNumber, CivilDate)
    /// A later SK in force replaced the one that granted access, without this person.
    case superseded(DecreeNumber, by: DecreeNumber)
    /// The SK is not in force yet.
    case notYetEffective(DecreeNumber, CivilDate)
    /// The request was cancelled, rejected, or not provisioned.
    case withdrawn(RequestID)

    public var description: String {
        switch self {
        case .revoked(let reason, let text): return "revoked (\(reason.rawValue))" + (text.isEmpty ? "" : ": \(text)")
        case .expired(let number, let date): return "SK \(number) ended on \(date)"
        case .superseded(let number, let by): return "SK \(number) superseded by SK \(by)"
        case .notYetEffective(let number, let date): return "SK \(number) is in force only from \(date)"
        case .withdrawn(let request): return "request \(request) did not complete"
        }
    }

    /// True when the person's access ended because of time (end date), not a decision.
    public var isExpiry: Bool { if case .expired = self { true } else { false } }
}

/// Everyone the workflow ever named for access who is not on `roster`, with the reason.
public struct Departures: Sendable, Hashable {
    public let reasons: [PersonKey: Departure]

    public init(reasons: [PersonKey: Departure]) { self.reasons = reasons }

    public init(state: WorkflowState, roster: Roster) {
        let today = roster.date
        var reasons: [PersonKey: Departure] = [:]
        for revocation in state.revocations where !roster.contains(revocation.person) {
            reasons[revocation.person] = .revoked(revocation.reason, revocation.text)
        }
        // The newest SK first (then by number): a person named in several gets the reason of the newest, the same
        // in every process (a dictionary's order is not).
        let decrees = state.decrees.values.map(\.decree).sorted {
            ($0.effectiveFrom, $1.number.rawValue) > ($1.effectiveFrom, $0.number.rawValue)
        }
        let inForce = decrees.filter { $0.isInForce(on: today) }
        for decree in decrees {
            for grant in decree.grants {
                let key = grant.person.key
                guard !roster.contains(key), reasons[key] == nil else { continue }
                if let end = decree.effectiveUntil, end < today {
                    reasons[key] = .expired(decree.number, end)
                } else if let later = inForce.first(where: { $0.supersedes.contains(decree.number) }) {
                    reasons[key] = .superseded(decree.number, by: later.number)
                } else if decree.effectiveFrom > today {
                    reasons[key] = .notYetEffective(decree.number, decree.effectiveFrom)
                }
            }
        }
        for request in state.requests.values.sorted(by: { $0.id < $1.id }) {
            for candidate in request.candidates where !roster.contains(candidate.key) && reasons[candidate.key] == nil {
                reasons[candidate.key] = .withdrawn(request.id)
            }
        }
        self.reasons = reasons
    }

    public subscript(key: PersonKey) -> Departure? { reasons[key] }
}
