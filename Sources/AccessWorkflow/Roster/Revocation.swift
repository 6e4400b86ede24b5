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
/// after the revocation's date) or a new request (provisioned after the revocation).
public struct Revocation: Sendable, Hashable, Codable {
    /// Whose access is revoked.
    public let person: PersonKey
    /// Why.
    public let reason: RevocationReason
    /// Details, e.g. the number of the transfer decree.
    public let text: String
    /// Who revoked it.
    public let actor: WorkflowActor
    /// When.
    public let at: Date

    /// Creates a revocation record.
    public init(person: PersonKey, reason: RevocationReason, text: String, actor: WorkflowActor, at: Date) {
        self.person = person
        self.reason = reason
        self.text = text
        self.actor = actor
        self.at = at
    }
}
