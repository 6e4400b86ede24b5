/// Where a request stands.
public enum RequestStatus: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Waiting for this step to be done.
    case inProgress(step: StepID)
    /// Sent back to the first step for revision; waiting for resubmission.
    case returned(reason: String)
    /// Refused for good (final).
    case rejected(reason: String)
    /// Withdrawn (final).
    case cancelled(reason: String)
    /// Every step is done.
    case completed

    /// True for rejected and cancelled requests, which nothing can change any more.
    public var isTerminal: Bool {
        switch self {
        case .rejected, .cancelled: true
        case .inProgress, .returned, .completed: false
        }
    }

    /// "in progress at step X", "returned (reason)", …
    public var description: String {
        switch self {
        case .inProgress(let step): "in progress at step \(step)"
        case .returned(let reason): "returned for revision (\(reason))"
        case .rejected(let reason): "rejected (\(reason))"
        case .cancelled(let reason): "cancelled (\(reason))"
        case .completed: "completed"
        }
    }
}
