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
        /// Warnings confirmed with this record: id → the official's note.
        public let confirmations: [String: String]
    }
    /// A name struck from the list, by whom, when and why.
    public struct StruckRow: Codable, Sendable, Hashable {
        public let name: String, person: String, reason: String, step: String, actor: String, at: Date
    }
    public struct StepTime: Codable, Sendable, Hashable {
        public let step: String, round: Int, elapsedSeconds: Double, standardSeconds: Int, breached: Bool, pending: Bool
    }
    public let id: String, kind: String, status: String, filedBy: String, filedAt: Date, applicant: String
    public let currentStep: String?, decree: String?
    /// The date of the letter the request answers, when recorded.
    public let letterDate: String?
    /// The letter's agenda number and registration time in the office, when recorded (step 1 is timed from it).
    public let agendaNumber: String?, registeredAt: Date?
    /// Who the current step waits for (a paraf chain names the awaited link).
    public let awaiting: String?
    public let candidates: [CandidateRow]
    public let struck: [StruckRow]
    public let records: [RecordRow]
    public let times: [StepTime]
    /// What the current step lets the caller do (nil when the request is not in progress).
    public let actions: StepActions?
    /// At a provision step where SKs make the roster: the people of the SK whose accounts the bridge has not created
    /// yet, each with why (the step is approved only when this is empty); nil at other steps.
    public let pendingAccounts: [PendingAccount]?

    public struct PendingAccount: Codable, Sendable, Hashable {
        public let name: String, reason: String
    }
}

/// What the current step of a request allows, and whether it waits for the caller.
public struct StepActions: Codable, Sendable, Hashable {
    /// The step waits for the caller now (their role, their turn in a paraf chain, not their own request).
    public let yourTurn: Bool
    /// The caller's action completes the step (else it is a paraf for the next link).
    public let completesStep: Bool
    public let mayReject: Bool
    public let mayReturn: Bool
    public let mayStrike: Bool
    /// "submit", "approval", "decree", "provision", "handover": a decree step is done by issuing the SK, a handover
    /// step by handing over the accounts.
    public let kind: String
    /// The documents that must be on record before the step can pass.
    public let inputs: [DocumentInfo]
    /// The document the step produces (the SOP's output), which may be recorded with it.
    public let output: DocumentInfo?
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
    /// SKs awaiting the caller's confirmation (four eyes): the caller holds a confirming role, did not record the
    /// SK and is not named on it.
    public let decreesToConfirm: [String]
    /// Operators who forgot their password and asked for a new one, oldest first: shown to the account
    /// administrators (the executors of the SOP's provision step) until a handover gives one. Nil for the others.
    public var passwordResets: [PasswordResetRow]?
}

/// A request for a new password waiting in the account administrators' inbox.
public struct PasswordResetRow: Codable, Sendable, Hashable {
    public let username: String
    /// The person's key (nip:… or nik:…), for `hakakses handover`.
    public let person: String
    public let requestedAt: Date
    /// How to reach the operator, as they wrote it (a phone number, their kelurahan).
    public let contact: String
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
    /// The identity warnings the filing raised, each confirmed with a note by the filer (recorded).
    public let confirmed: [WarningView]
    /// Filed as a draft: step 1 stays open until it is submitted (`approve`).
    public let draft: Bool
}

/// An identity warning (a soft check that failed): its id, to confirm it by, and what it says.
public struct WarningView: Codable, Sendable, Hashable {
    public let id: String
    public let message: String
}
