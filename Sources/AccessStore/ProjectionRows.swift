public import AccessWorkflow
public import Foundation

/// A request's status without its details, as stored in the `requests` table.
public enum RequestStatusKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Waiting for a step.
    case inProgress
    /// Returned for revision.
    case returned
    /// Rejected (final).
    case rejected
    /// Cancelled (final).
    case cancelled
    /// Every step done.
    case completed

    /// The kind of a status.
    public init(_ status: RequestStatus) {
        switch status {
        case .inProgress: self = .inProgress
        case .returned: self = .returned
        case .rejected: self = .rejected
        case .cancelled: self = .cancelled
        case .completed: self = .completed
        }
    }

    /// The reason of a returned, rejected or cancelled status.
    func reason(of status: RequestStatus) -> String? {
        switch status {
        case .returned(let reason), .rejected(let reason), .cancelled(let reason): reason
        case .inProgress, .completed: nil
        }
    }
}

/// One row of the request list.
public struct RequestSummary: Sendable, Hashable {
    /// The id.
    public let id: RequestID
    /// List or single.
    public let kind: RequestKind
    /// Where it stands.
    public let status: RequestStatusKind
    /// The reason of a return, rejection or cancellation.
    public let statusReason: String?
    /// The step it waits for, if in progress.
    public let currentStep: StepID?
    /// When it was filed.
    public let filedAt: Date
    /// Who filed it (uid).
    public let filedBy: String
    /// The applicant's key.
    public let applicant: PersonKey
    /// The applicant's name with titles.
    public let applicantName: String
    /// How many candidates it names.
    public let candidateCount: Int
    /// The SK issued for it, if any.
    public let decreeNumber: DecreeNumber?
    /// When it was last acted on.
    public let lastActivity: Date
}

/// One row of the SK list.
public struct DecreeSummary: Sendable, Hashable, SupersedableDecree {
    /// The SK number.
    public let number: DecreeNumber
    /// The title.
    public let title: String
    /// Date of signature.
    public let signedOn: CivilDate
    /// First day in force.
    public let effectiveFrom: CivilDate
    /// Last day in force, if limited.
    public let effectiveUntil: CivilDate?
    /// The signer's name with titles.
    public let signerName: String
    /// The request it was issued for; nil if imported.
    public let requestID: RequestID?
    /// The SKs it supersedes.
    public let supersedes: [DecreeNumber]
    /// How many people it names.
    public let grantCount: Int
    /// Who recorded it (uid).
    public let recordedBy: String
    /// When it was recorded.
    public let recordedAt: Date
    /// The later SKs that supersede it (filled in when the list is read), so that ``standing(on:)`` can say
    /// "superseded by …".
    public internal(set) var supersededBy: [DecreeSuccessor] = []
}

/// One person on the stored roster.
public struct RosterRow: Sendable, Hashable {
    /// The person's key.
    public let person: PersonKey
    /// The name with titles.
    public let name: String
    /// The NIP, if known.
    public let nip: String?
    /// The NIK, if known.
    public let nik: String?
    /// The directory uid, if known from the request or SK.
    public let uid: String?
    /// The SIAK roles held, sorted.
    public let roles: [SIAKRoleID]
    /// The work units, sorted.
    public let workUnits: [String]
    /// The SKs or requests giving the access.
    public let basis: [RosterBasis]
    /// The last day of access, or nil if open-ended.
    public let endDate: CivilDate?
    /// The date the roster was computed for.
    public let asOf: CivilDate
}
