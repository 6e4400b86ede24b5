import Foundation

// The `--json` documents of the read commands, as the tests expect them. Decoding fails when a field is
// missing or has another type, so decoding them is itself a check of the format.

/// `request list --json`: one row per request.
struct RequestListRow: Decodable {
    let id: String
    let status: String
    let statusReason: String?
    let currentStep: String?
    let filedAt: Date
    let filedBy: String
    let applicant: String
    let candidates: Int
    let decree: String?
    let lastActivity: Date
}

/// `request show ID --json`.
struct RequestShowJSON: Decodable {
    struct Candidate: Decodable {
        let name: String
        let nip: String?
        let nik: String?
        let role: String
        let workUnit: String
        let position: String?
    }
    struct Evidence: Decodable {
        let reference: String?
        let sha256: String?
        let fileName: String?
    }
    struct Record: Decodable {
        let step: String
        let outcome: String
        let actor: String
        let actorName: String
        let at: Date
        let note: String
        let evidence: [String: Evidence]
        let voided: Bool
    }
    struct StepTime: Decodable {
        let step: String
        let round: Int
        let elapsedSeconds: Double
        let standardSeconds: Int
        let breached: Bool
        let pending: Bool
    }
    let id: String
    let kind: String
    let status: String
    let filedBy: String
    let filedAt: Date
    let applicant: String
    let currentStep: String?
    let decree: String?
    let candidates: [Candidate]
    let records: [Record]
    let times: [StepTime]

    /// The records that count (not voided by a later return), in order.
    var activeRecords: [Record] { records.filter { !$0.voided } }
}

/// `inbox --json`: one row per request waiting for the official.
struct InboxRow: Decodable {
    let request: String
    let step: String
    let title: String
    let role: String
    let waitingSince: Date
    let elapsedSeconds: Double
    let standardSeconds: Int
    let overdue: Bool
}

/// `roster show --json`.
struct RosterJSON: Decodable {
    struct Entry: Decodable {
        let person: String
        let name: String
        let nip: String?
        let nik: String?
        let roles: [String]
        let workUnits: [String]
        let basis: [String]
        let endDate: String?
        let username: String?
    }
    let date: String
    let entries: [Entry]
    let conflicts: [String]
}

/// `sla report --json`.
struct SLAReportJSON: Decodable {
    struct Row: Decodable {
        let request: String
        let step: String
        let round: Int
        let executor: String
        let actor: String?
        let started: Date
        let completed: Date?
        let elapsedSeconds: Double
        let standardSeconds: Int
        let breached: Bool
        let pending: Bool
        struct Deviation: Decodable {
            let kind: String
            let note: String
        }
        let deviations: [Deviation]
        let failed: Bool
        let sop: String
        let sopVersion: Int
    }
    let now: Date
    let rows: [Row]
    let breachesByStep: [String: Int]
    let breachesByExecutor: [String: Int]
    let runningBreaches: Int
    let deviationsByExecutor: [String: Int]
    struct BackupNote: Decodable {
        let at: Date
        let folder: String
        let records: Int64
    }
    let lastBackup: BackupNote?
}

/// `audit log --json`: one row per record.
struct AuditLogRow: Decodable {
    let seq: Int64
    let at: Date
    let kind: String
    let actor: String
    let subject: String
    let payload: String
    let hash: String
}

/// `audit verify --json`.
struct AuditVerifyJSON: Decodable {
    let intact: Bool
    let records: Int64?
    let head: String?
    let brokenAt: Int64?
    let problem: String?
}
