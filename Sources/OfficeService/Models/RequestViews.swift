public import Foundation

/// `request list`: one row per request.
public struct RequestListRow: Codable, Sendable, Hashable {
    public let id: String, status: String, statusReason: String?, currentStep: String?, filedAt: Date, filedBy: String
    public let applicant: String, candidates: Int, decree: String?, lastActivity: Date
}

/// `request show`: a request in full.
public struct RequestDetail: Codable, Sendable, Hashable {
    public struct CandidateRow: Codable, Sendable, Hashable {
        public let name: String, nip: String?, nik: String?, role: String, workUnit: String, position: String?
    }
    public struct EvidenceRow: Codable, Sendable, Hashable {
        public let reference: String?, sha256: String?, fileName: String?
    }
    public struct RecordRow: Codable, Sendable, Hashable {
        public let step: String, outcome: String, actor: String, actorName: String, at: Date, note: String
        public let evidence: [String: EvidenceRow], voided: Bool
    }
    public struct StepTime: Codable, Sendable, Hashable {
        public let step: String, round: Int, elapsedSeconds: Double, standardSeconds: Int, breached: Bool, pending: Bool
    }
    public let id: String, kind: String, status: String, filedBy: String, filedAt: Date, applicant: String
    public let currentStep: String?, decree: String?
    public let candidates: [CandidateRow]
    public let records: [RecordRow]
    public let times: [StepTime]
}

/// `inbox`: a request waiting for the caller.
public struct InboxRow: Codable, Sendable, Hashable {
    public let request: String, step: String, title: String, role: String
    public let waitingSince: Date, elapsedSeconds: Double, standardSeconds: Int, overdue: Bool
}

/// `inbox`: what waits, and for whom.
public struct Inbox: Codable, Sendable, Hashable {
    public let uid: String
    public let roles: [String]
    public let rows: [InboxRow]
}

/// Where a request stands after a command: its status and, while in progress, the next step.
public struct RequestProgress: Codable, Sendable, Hashable {
    public let request: String
    public let status: String
    public let next: StepInfo?
}

/// `request new`: the id given to the filing.
public struct FiledRequest: Codable, Sendable, Hashable {
    public let request: String
    /// The next step's id ("" when none).
    public let nextStep: String
    public let candidates: Int
    public let next: StepInfo?
}
