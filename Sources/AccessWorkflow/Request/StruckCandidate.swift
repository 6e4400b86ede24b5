public import Foundation

/// A name struck from a proposal list by the approver of a step (partial approval): the person leaves the request
/// with the reason, the others go on. Given with ``WorkflowCommand/approve(request:step:note:evidence:struck:)``.
public struct StruckCandidate: Sendable, Hashable, Codable {
    /// Whose name is struck: their NIP or NIK key (either identifies them among the candidates).
    public let person: PersonKey
    /// Why, e.g. "belum mengikuti bimtek SIAK".
    public let reason: String

    /// Creates a strike.
    public init(person: PersonKey, reason: String) {
        self.person = person
        self.reason = reason
    }
}

/// A candidate struck from a request, as kept on the request: who, why, where, by whom and when.
public struct StrikeRecord: Sendable, Hashable, Codable {
    /// The candidate as proposed.
    public let candidate: Candidate
    /// Why.
    public let reason: String
    /// The step at which the name was struck.
    public let step: StepID
    /// The approver who struck it.
    public let actor: WorkflowActor
    /// When.
    public let at: Date
}
