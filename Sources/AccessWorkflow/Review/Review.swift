public import Foundation

/// The id of an access review (review hak akses), e.g. `REV-2026-01`.
public struct ReviewID: StringIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Letters, digits and hyphens, 3 to 32 characters.
    public var isWellFormed: Bool {
        (3...32).contains(rawValue.count) && rawValue.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}

/// One holder of SIAK access as a review found them on its day: who, which roles, on what basis.
public struct ReviewHolder: Sendable, Hashable, Codable {
    public let person: Person
    public let roles: [SIAKRoleID]
    public let workUnits: [String]
    public let basis: [RosterBasis]

    init(_ entry: RosterEntry) {
        person = entry.person
        roles = entry.roles.sorted()
        workUnits = entry.workUnits
        basis = entry.basis
    }
}

/// A reviewer's decision on one holder: keep the access, or remove it (with the reason).
public struct ReviewDecision: Sendable, Hashable, Codable {
    public let person: PersonKey
    public let keep: Bool
    public let note: String
    public let actor: WorkflowActor
    @EventInstant public private(set) var at: Date
}

/// An access review (Permendagri 95/2019: who still needs access after moves and changes of post): every holder on
/// the roster of its day, confirmed or removed by the reviewers (`permissions.review`), signed off by the Kadis
/// (`permissions.signReview`). At the sign-off the removed lose access at once and the holders nobody confirmed
/// after the grace period (`review.graceDays`).
public struct Review: Sendable, Hashable, Codable {
    public let id: ReviewID
    public let startedBy: WorkflowActor
    @EventInstant public private(set) var startedAt: Date
    /// The roster's day.
    public let asOf: CivilDate
    /// The day by which every holder should be decided.
    public let dueOn: CivilDate
    public let note: String
    public let holders: [ReviewHolder]
    /// Decisions in order; a later decision on a person replaces an earlier one.
    public internal(set) var decisions: [ReviewDecision] = []
    /// The sign-off, once made.
    public internal(set) var signedBy: WorkflowActor?
    public internal(set) var signedAt: Date?
    public internal(set) var signNote: String?

    /// The decision that stands for `person`, if any.
    public func decision(for person: PersonKey) -> ReviewDecision? { decisions.last { $0.person == person } }

    /// Holders without a decision.
    public var undecided: [ReviewHolder] { holders.filter { decision(for: $0.person.key) == nil } }
    /// Holders decided "remove".
    public var removed: [ReviewHolder] { holders.filter { decision(for: $0.person.key)?.keep == false } }
    /// True once signed off.
    public var isSigned: Bool { signedAt != nil }
}
