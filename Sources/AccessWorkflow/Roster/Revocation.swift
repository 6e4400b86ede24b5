public import Foundation

/// Why access was revoked (UU 24/2013 and office practice).
public enum RevocationReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// Meninggal dunia.
    case death
    /// Mengundurkan diri.
    case resignation
    /// Mutasi: moved to another post or office.
    case transfer
    /// Tidak cakap: no longer competent for the role.
    case incompetence
    /// Kebocoran data: misuse or leak of population data.
    case dataLeak
    /// The term of appointment ended.
    case endOfTerm
    /// Removed, or not confirmed, in an access review signed off by the Kadis.
    case review
    /// Anything else; explain in the text.
    case other
}

/// A revocation of all SIAK roles of one person, from its time on. Holding access again needs a new SK (signed
/// after the revocation's date) or a new request (provisioned after the revocation). A revocation decided before it
/// takes effect (a holder nobody confirmed in a review loses access after the grace period) yields to a grant made
/// after its decision (`decidedAt`): a new SK signed during the grace period keeps that person on the roster.
public struct Revocation: Sendable, Hashable, Codable {
    /// Whose access is revoked.
    public let person: PersonKey
    /// Why.
    public let reason: RevocationReason
    /// Details, e.g. the number of the transfer decree.
    public let text: String
    /// Who revoked it.
    public let actor: WorkflowActor
    /// When it takes effect.
    public let at: Date
    /// When it was decided, if earlier than `at`; a grant made after this overrides it.
    public let decidedAt: Date?

    /// Creates a revocation record.
    public init(person: PersonKey, reason: RevocationReason, text: String, actor: WorkflowActor, at: Date, decidedAt: Date? = nil) {
        self.person = person
        self.reason = reason
        self.text = text
        self.actor = actor
        self.at = at
        self.decidedAt = decidedAt.flatMap { $0 < at ? $0 : nil }
    }

    /// The instant a grant must be newer than to override it.
    var decided: Date { decidedAt ?? at }
}
