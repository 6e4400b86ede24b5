public import Foundation

// Payloads of the events about SKs and revocations. Field names are part of the stored JSON shape: never rename
// or retype a field; add a new event case instead.

/// The SK for a request was issued at its decree step; the grants are the request's candidates.
public struct DecreeIssued: Sendable, Hashable, Codable {
    /// When.
    @EventInstant public private(set) var at: Date
    /// Who recorded the SK (holder of the decree step's role).
    public let actor: WorkflowActor
    /// The request.
    public let request: RequestID
    /// The decree step.
    public let step: StepID
    /// The SK.
    public let decree: Decree
    /// A free note.
    public let note: String
    /// True if the SK takes effect only when a second official confirms it (``DecreeConfirmed``): one whose
    /// supersession would revoke more people than the office lets a reconciliation change unconfirmed. nil in events
    /// recorded before four eyes existed (the SK took effect when issued).
    public let awaitsConfirmation: Bool?
    /// True if the SK is a draft that takes effect only when the Kadis signs it at the SOP's `sign` step
    /// (``DecreeSigned``); its ``Decree/signer`` is then nil. nil in offices without a sign step.
    public let awaitsSignature: Bool?
    /// Departures from the SOP's standard recorded with the step (equipment, output); nil (absent) when none.
    public let deviations: [Deviation]?

    /// Creates the payload.
    public init(at: Date, actor: WorkflowActor, request: RequestID, step: StepID, decree: Decree, note: String,
                awaitsConfirmation: Bool? = nil, awaitsSignature: Bool? = nil, deviations: [Deviation] = []) {
        self.at = at
        self.actor = actor
        self.request = request
        self.step = step
        self.decree = decree
        self.note = note
        self.awaitsConfirmation = awaitsConfirmation
        self.awaitsSignature = awaitsSignature
        self.deviations = deviations.isEmpty ? nil : deviations
    }
}

/// The Kadis signed the SK drafted for a request (the SOP's `sign` step): the SK is in the record, and in force by
/// its dates, from then on.
public struct DecreeSigned: Sendable, Hashable, Codable {
    /// When it was recorded.
    @EventInstant public private(set) var at: Date
    /// Who signed: the logged-in official of the sign step's role (the Kadis).
    public let actor: WorkflowActor
    /// The request.
    public let request: RequestID
    /// The sign step.
    public let step: StepID
    /// The SK signed.
    public let decree: DecreeNumber
    /// The signer as printed on the SK: the actor's name and NIP from the directory (checked against ``actor``).
    public let signer: Decree.Signer
    /// The date on the signature (tanggal ditetapkan): not before the approval of the list, not after recording.
    public let signedOn: CivilDate
    /// The scan of the signed SK, kept in the office's archive (its SHA-256 and file name).
    public let scan: Evidence
    /// A free note.
    public let note: String
    /// Departures from the SOP's standard recorded with the step (equipment, output); nil (absent) when none.
    public let deviations: [Deviation]?

    /// Creates the payload.
    public init(at: Date, actor: WorkflowActor, request: RequestID, step: StepID, decree: DecreeNumber,
                signer: Decree.Signer, signedOn: CivilDate, scan: Evidence, note: String, deviations: [Deviation] = []) {
        self.at = at
        self.actor = actor
        self.request = request
        self.step = step
        self.decree = decree
        self.signer = signer
        self.signedOn = signedOn
        self.scan = scan
        self.note = note
        self.deviations = deviations.isEmpty ? nil : deviations
    }
}

/// An existing SK was entered from its attachment (for example a spreadsheet of the lampiran).
public struct DecreeImported: Sendable, Hashable, Codable {
    /// When.
    @EventInstant public private(set) var at: Date
    /// Who entered it.
    public let actor: WorkflowActor
    /// The SK.
    public let decree: Decree
    /// Where it came from, e.g. the attachment's file name and hash.
    public let note: String
    /// Identity warnings of the grants confirmed with notes; nil only in events recorded before confirmations
    /// existed (then a NIP/NIK disagreement was refused outright, and replay keeps that rule).
    public let confirmations: [WarningID: String]?
    /// True if the SK takes effect only when a second official confirms it with its signed scan
    /// (``DecreeConfirmed``): every import since four eyes existed. nil in events recorded before (the SK took effect
    /// when imported, and replay keeps that).
    public let awaitsConfirmation: Bool?
    /// True if a grant without a NIP or NI PPPK raised the no-NIP warning (every event since that check existed);
    /// nil in events recorded before, which replay as they were recorded.
    public let nipWarning: Bool?

    /// Creates the payload.
    public init(at: Date, actor: WorkflowActor, decree: Decree, note: String,
                confirmations: [WarningID: String]? = nil, awaitsConfirmation: Bool? = nil, nipWarning: Bool = false) {
        self.at = at
        self.actor = actor
        self.decree = decree
        self.note = note
        self.confirmations = confirmations
        self.awaitsConfirmation = awaitsConfirmation
        self.nipWarning = nipWarning ? true : nil
    }
}

/// A second official confirmed an SK that awaited confirmation (imported, or issued with a large supersession),
/// with the scan of the signed SK: it is recorded as in force from then on (four eyes).
public struct DecreeConfirmed: Sendable, Hashable, Codable {
    /// When.
    @EventInstant public private(set) var at: Date
    /// Who confirmed it (a role of `permissions.confirmDecree`; not who recorded it, not a person it names).
    public let actor: WorkflowActor
    /// The SK.
    public let decree: DecreeNumber
    /// The scan of the signed SK, kept in the office's archive (its SHA-256 and file name).
    public let scan: Evidence
    /// A free note.
    public let note: String

    /// Creates the payload.
    public init(at: Date, actor: WorkflowActor, decree: DecreeNumber, scan: Evidence, note: String) {
        self.at = at
        self.actor = actor
        self.decree = decree
        self.scan = scan
        self.note = note
    }
}

/// All SIAK roles of a person were revoked.
public struct AccessRevoked: Sendable, Hashable, Codable {
    /// When; the revocation applies from this instant.
    @EventInstant public private(set) var at: Date
    /// Who revoked it.
    public let actor: WorkflowActor
    /// Whose access.
    public let person: PersonKey
    /// Why.
    public let reason: RevocationReason
    /// Details.
    public let text: String

    /// Creates the payload.
    public init(at: Date, actor: WorkflowActor, person: PersonKey, reason: RevocationReason, text: String) {
        self.at = at
        self.actor = actor
        self.person = person
        self.reason = reason
        self.text = text
    }
}

/// An imported SK awaiting confirmation was withdrawn — by the official who recorded it, or refused by a confirming
/// official — with the reason: it never takes effect, and its number is free again.
public struct DecreeWithdrawn: Sendable, Hashable, Codable {
    /// When.
    @EventInstant public private(set) var at: Date
    /// Who withdrew it.
    public let actor: WorkflowActor
    /// The SK.
    public let decree: DecreeNumber
    /// Why.
    public let reason: String

    /// Creates the payload.
    public init(at: Date, actor: WorkflowActor, decree: DecreeNumber, reason: String) {
        self.at = at
        self.actor = actor
        self.decree = decree
        self.reason = reason
    }
}

/// A new version of the office's SOP was adopted (`hakakses sop adopt`): requests filed from now on are decided
/// under it; requests filed before stay under the version in force when they were filed.
public struct SOPAdopted: Sendable, Hashable, Codable {
    /// When.
    @EventInstant public private(set) var at: Date
    /// Who recorded the adoption (the office's administrator on the server host, by name).
    public let actor: WorkflowActor
    /// The adopted SOP file, whole (YAML), so that the log alone replays every request under its own version.
    public let text: String
    /// The SHA-256 of ``text`` (hexadecimal), as reports name the version.
    public let sha256: String
    /// The whole text of the version in force until now, when that is the office's first (not yet in the log); nil
    /// for later adoptions.
    public let replaces: String?
    /// The version number this adoption gives the SOP: 1 for the first adopted after the office's original, then 2, …
    public let version: Int
    /// Why, or the letter that approved it.
    public let note: String

    /// Creates the payload.
    public init(at: Date, actor: WorkflowActor, text: String, sha256: String, replaces: String?, version: Int, note: String) {
        self.at = at
        self.actor = actor
        self.text = text
        self.sha256 = sha256
        self.replaces = replaces
        self.version = version
        self.note = note
    }
}

/// An access review began: the holders on the roster of its day, to be confirmed or removed.
public struct ReviewStarted: Sendable, Hashable, Codable {
    @EventInstant public private(set) var at: Date
    public let actor: WorkflowActor
    public let review: ReviewID
    /// The roster's day (the office day of ``at``) and the day decisions are due.
    public let asOf: CivilDate, dueOn: CivilDate
    /// Every holder on the roster of ``asOf``, checked against it.
    public let holders: [ReviewHolder]
    public let note: String

    public init(at: Date, actor: WorkflowActor, review: ReviewID, asOf: CivilDate, dueOn: CivilDate, holders: [ReviewHolder], note: String) {
        self.at = at
        self.actor = actor
        self.review = review
        self.asOf = asOf
        self.dueOn = dueOn
        self.holders = holders
        self.note = note
    }
}

/// A reviewer confirmed (keep) or removed one holder in a review.
public struct ReviewDecided: Sendable, Hashable, Codable {
    @EventInstant public private(set) var at: Date
    public let actor: WorkflowActor
    public let review: ReviewID
    public let person: PersonKey
    public let keep: Bool
    public let note: String

    public init(at: Date, actor: WorkflowActor, review: ReviewID, person: PersonKey, keep: Bool, note: String) {
        self.at = at
        self.actor = actor
        self.review = review
        self.person = person
        self.keep = keep
        self.note = note
    }
}

/// The Kadis signed a review off: the removed lose access now, the holders nobody confirmed after the grace period.
public struct ReviewSigned: Sendable, Hashable, Codable {
    @EventInstant public private(set) var at: Date
    public let actor: WorkflowActor
    public let review: ReviewID
    /// The days the holders nobody confirmed keep access after the sign-off (the SOP's `review.graceDays` then).
    public let graceDays: Int
    public let note: String

    public init(at: Date, actor: WorkflowActor, review: ReviewID, graceDays: Int, note: String) {
        self.at = at
        self.actor = actor
        self.review = review
        self.graceDays = graceDays
        self.note = note
    }
}

/// An acting assignment (Plt./Plh.) was recorded.
public struct ActingAssigned: Sendable, Hashable, Codable {
    @EventInstant public private(set) var at: Date
    public let actor: WorkflowActor
    public let uid: String
    public let role: WorkflowRole
    public let kind: ActingKind
    public let from: CivilDate, until: CivilDate
    public let letter: String

    public init(at: Date, actor: WorkflowActor, uid: String, role: WorkflowRole, kind: ActingKind, from: CivilDate, until: CivilDate,
                letter: String) {
        self.at = at
        self.actor = actor
        self.uid = uid
        self.role = role
        self.kind = kind
        self.from = from
        self.until = until
        self.letter = letter
    }
}
