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

    public func step(_ id: String) -> StepInfo? { steps.first { $0.id == id } }
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
