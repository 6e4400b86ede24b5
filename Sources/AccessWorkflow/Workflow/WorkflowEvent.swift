public import Foundation

/// Something that happened, as stored in the audit log. The JSON is one object: a `type` discriminator plus the
/// payload's fields, e.g. `{"type":"stepApproved","at":"2025-01-09T01:30:00.000Z","actor":{…},"request":…}`.
///
/// The shape is stable: never change an existing case's payload; add a new case instead.
public enum WorkflowEvent: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A request was filed (submit step done).
    case requestFiled(RequestFiled)
    /// A review, provision or handover step was done (or a draft's submit step submitted).
    case stepApproved(StepApproved)
    /// One link of a paraf chain initialled the current step, which now waits for the next link.
    case stepInitialled(StepApproved)
    /// The request was rejected at its current step (final).
    case requestRejected(RequestStopped)
    /// The request was returned to the first step for revision.
    case requestReturned(RequestStopped)
    /// A returned request was filed again.
    case requestResubmitted(RequestResubmitted)
    /// The request was cancelled (final).
    case requestCancelled(RequestCancelled)
    /// The SK for the request was issued (decree step done).
    case decreeIssued(DecreeIssued)
    /// The Kadis signed the SK drafted for a request (sign step done).
    case decreeSigned(DecreeSigned)
    /// An existing SK was entered.
    case decreeImported(DecreeImported)
    /// A second official confirmed an SK that awaited it.
    case decreeConfirmed(DecreeConfirmed)
    /// An imported SK that awaited confirmation was withdrawn or refused.
    case decreeWithdrawn(DecreeWithdrawn)
    /// Receipt of the username and password was recorded (handover step done).
    case handoverRecorded(StepApproved)
    /// A person's access was revoked.
    case accessRevoked(AccessRevoked)
    /// A new version of the SOP was adopted.
    case sopAdopted(SOPAdopted)
    /// An access review began.
    case reviewStarted(ReviewStarted)
    /// A reviewer decided on one holder.
    case reviewDecided(ReviewDecided)
    /// The Kadis signed a review off.
    case reviewSigned(ReviewSigned)
    /// An acting assignment (Plt./Plh.) was recorded.
    case actingAssigned(ActingAssigned)

    /// The `type` discriminator written in JSON.
    public var type: String {
        switch self {
        case .requestFiled: "requestFiled"
        case .stepApproved: "stepApproved"
        case .stepInitialled: "stepInitialled"
        case .requestRejected: "requestRejected"
        case .requestReturned: "requestReturned"
        case .requestResubmitted: "requestResubmitted"
        case .requestCancelled: "requestCancelled"
        case .decreeIssued: "decreeIssued"
        case .decreeSigned: "decreeSigned"
        case .decreeImported: "decreeImported"
        case .decreeConfirmed: "decreeConfirmed"
        case .decreeWithdrawn: "decreeWithdrawn"
        case .handoverRecorded: "handoverRecorded"
        case .accessRevoked: "accessRevoked"
        case .sopAdopted: "sopAdopted"
        case .reviewStarted: "reviewStarted"
        case .reviewDecided: "reviewDecided"
        case .reviewSigned: "reviewSigned"
        case .actingAssigned: "actingAssigned"
        }
    }

    /// When it happened.
    public var at: Date {
        switch self {
        case .requestFiled(let e): e.at
        case .stepApproved(let e), .stepInitialled(let e), .handoverRecorded(let e): e.at
        case .requestRejected(let e), .requestReturned(let e): e.at
        case .requestResubmitted(let e): e.at
        case .requestCancelled(let e): e.at
        case .decreeIssued(let e): e.at
        case .decreeSigned(let e): e.at
        case .decreeImported(let e): e.at
        case .decreeConfirmed(let e): e.at
        case .decreeWithdrawn(let e): e.at
        case .accessRevoked(let e): e.at
        case .sopAdopted(let e): e.at
        case .reviewStarted(let e): e.at
        case .reviewDecided(let e): e.at
        case .reviewSigned(let e): e.at
        case .actingAssigned(let e): e.at
        }
    }

    /// Who did it.
    public var actor: WorkflowActor {
        switch self {
        case .requestFiled(let e): e.actor
        case .stepApproved(let e), .stepInitialled(let e), .handoverRecorded(let e): e.actor
        case .requestRejected(let e), .requestReturned(let e): e.actor
        case .requestResubmitted(let e): e.actor
        case .requestCancelled(let e): e.actor
        case .decreeIssued(let e): e.actor
        case .decreeSigned(let e): e.actor
        case .decreeImported(let e): e.actor
        case .decreeConfirmed(let e): e.actor
        case .decreeWithdrawn(let e): e.actor
        case .accessRevoked(let e): e.actor
        case .sopAdopted(let e): e.actor
        case .reviewStarted(let e): e.actor
        case .reviewDecided(let e): e.actor
        case .reviewSigned(let e): e.actor
        case .actingAssigned(let e): e.actor
        }
    }

    /// The request concerned, if any.
    public var requestID: RequestID? {
        switch self {
        case .requestFiled(let e): e.request
        case .stepApproved(let e), .stepInitialled(let e), .handoverRecorded(let e): e.request
        case .requestRejected(let e), .requestReturned(let e): e.request
        case .requestResubmitted(let e): e.request
        case .requestCancelled(let e): e.request
        case .decreeIssued(let e): e.request
        case .decreeSigned(let e): e.request
        case .decreeImported, .decreeConfirmed, .decreeWithdrawn, .accessRevoked, .sopAdopted, .reviewStarted, .reviewDecided,
             .reviewSigned, .actingAssigned:
            nil
        }
    }

    /// The step acted on, if any.
    public var stepID: StepID? {
        switch self {
        case .requestFiled(let e): e.step
        case .stepApproved(let e), .stepInitialled(let e), .handoverRecorded(let e): e.step
        case .requestRejected(let e), .requestReturned(let e): e.step
        case .requestResubmitted(let e): e.step
        case .decreeIssued(let e): e.step
        case .decreeSigned(let e): e.step
        case .requestCancelled, .decreeImported, .decreeConfirmed, .decreeWithdrawn, .accessRevoked, .sopAdopted, .reviewStarted,
             .reviewDecided, .reviewSigned, .actingAssigned:
            nil
        }
    }

    /// "stepApproved by uid on REQ-1 step kajian-kasi at 2025-01-09T01:30:00.000Z".
    public var description: String {
        var text = "\(type) by \(actor.uid)"
        if let requestID { text += " on \(requestID)" }
        if let stepID { text += " step \(stepID)" }
        return text + " at \(Timestamp.iso(at))"
    }

    private enum TypeKey: String, CodingKey { case type }

    /// Decodes `type` and the payload from the same object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: TypeKey.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "requestFiled": self = .requestFiled(try RequestFiled(from: decoder))
        case "stepApproved": self = .stepApproved(try StepApproved(from: decoder))
        case "stepInitialled": self = .stepInitialled(try StepApproved(from: decoder))
        case "requestRejected": self = .requestRejected(try RequestStopped(from: decoder))
        case "requestReturned": self = .requestReturned(try RequestStopped(from: decoder))
        case "requestResubmitted": self = .requestResubmitted(try RequestResubmitted(from: decoder))
        case "requestCancelled": self = .requestCancelled(try RequestCancelled(from: decoder))
        case "decreeIssued": self = .decreeIssued(try DecreeIssued(from: decoder))
        case "decreeSigned": self = .decreeSigned(try DecreeSigned(from: decoder))
        case "decreeImported": self = .decreeImported(try DecreeImported(from: decoder))
        case "decreeConfirmed": self = .decreeConfirmed(try DecreeConfirmed(from: decoder))
        case "decreeWithdrawn": self = .decreeWithdrawn(try DecreeWithdrawn(from: decoder))
        case "handoverRecorded": self = .handoverRecorded(try StepApproved(from: decoder))
        case "accessRevoked": self = .accessRevoked(try AccessRevoked(from: decoder))
        case "sopAdopted": self = .sopAdopted(try SOPAdopted(from: decoder))
        case "reviewStarted": self = .reviewStarted(try ReviewStarted(from: decoder))
        case "reviewDecided": self = .reviewDecided(try ReviewDecided(from: decoder))
        case "reviewSigned": self = .reviewSigned(try ReviewSigned(from: decoder))
        case "actingAssigned": self = .actingAssigned(try ActingAssigned(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container,
                debugDescription: "unknown event type '\(type)'; this event was written by a newer version, so upgrade")
        }
    }

    /// Encodes `type` and the payload's fields in one object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: TypeKey.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .requestFiled(let e): try e.encode(to: encoder)
        case .stepApproved(let e), .stepInitialled(let e), .handoverRecorded(let e): try e.encode(to: encoder)
        case .requestRejected(let e), .requestReturned(let e): try e.encode(to: encoder)
        case .requestResubmitted(let e): try e.encode(to: encoder)
        case .requestCancelled(let e): try e.encode(to: encoder)
        case .decreeIssued(let e): try e.encode(to: encoder)
        case .decreeSigned(let e): try e.encode(to: encoder)
        case .decreeImported(let e): try e.encode(to: encoder)
        case .decreeConfirmed(let e): try e.encode(to: encoder)
        case .decreeWithdrawn(let e): try e.encode(to: encoder)
        case .accessRevoked(let e): try e.encode(to: encoder)
        case .sopAdopted(let e): try e.encode(to: encoder)
        case .reviewStarted(let e): try e.encode(to: encoder)
        case .reviewDecided(let e): try e.encode(to: encoder)
        case .reviewSigned(let e): try e.encode(to: encoder)
        case .actingAssigned(let e): try e.encode(to: encoder)
        }
    }
}
