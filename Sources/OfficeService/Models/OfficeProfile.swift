public import AccessWorkflow

/// What a client needs to know of the office to show its answers: the SOP's steps, documents and roles.
public struct OfficeProfile: Codable, Sendable, Hashable {
    public let name: String
    public let region: String
    /// The office's offset from UTC in seconds (WIB +25200).
    public let utcOffsetSeconds: Int
    public let sopNumber: String
    public let sopTitle: String
    /// "single" (one applicant) or "list" (a proposal list).
    public let requestKind: String
    public let steps: [StepInfo]
    public let documents: [DocumentInfo]
    public let workflowRoles: [RoleInfo]
    public let siakRoles: [RoleInfo]
    /// The server runs a rehearsal: callers may set the workflow clock.
    public let rehearsal: Bool
    /// The SOP's header as the office wrote it (dates, approval, legal basis, …).
    public let sopHeader: SOPHeaderInfo

    public func step(_ id: String) -> StepInfo? { steps.first { $0.id == id } }
}

/// The SOP's header: `effective`, `created`, `revised` (YYYY-MM-DD or absent), who approved it, and its lists.
public struct SOPHeaderInfo: Codable, Sendable, Hashable {
    public let effective: String, created: String?, revised: String?
    public let approvedBy: String?
    public let legalBasis: [String], qualifications: [String], related: [String], equipment: [String]
    public let warnings: [String], recordKeeping: [String]

    /// The header of `sop`.
    public init(_ sop: SOPDefinition) {
        let m = sop.metadata
        effective = sop.effectiveDate.description
        created = m.created?.description
        revised = m.revised?.description
        approvedBy = m.approvedBy.map { "\($0.title), \($0.name)" + ($0.nip.map { ", NIP. \($0)" } ?? "") }
        legalBasis = m.legalBasis
        qualifications = m.qualifications
        related = m.related
        equipment = m.equipment
        warnings = m.warnings
        recordKeeping = m.recordKeeping
    }
}

/// One step of the SOP.
public struct StepInfo: Codable, Sendable, Hashable {
    public let id: String
    public let title: String
    /// The executing role's id and title, e.g. "kadis", "Kepala Dinas".
    public let executor: String
    public let executorTitle: String
    /// The time standard as written, e.g. "40 min".
    public let time: String
    /// "submit", "approval", "decree", "provision", "handover", …
    public let kind: String
}

public struct DocumentInfo: Codable, Sendable, Hashable {
    public let id: String
    public let title: String
    public let kind: String
}

public struct RoleInfo: Codable, Sendable, Hashable {
    public let id: String
    public let title: String
}
