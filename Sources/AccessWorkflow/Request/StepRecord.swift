public import Foundation

/// One action on one step of a request, as kept in the request's history.
public struct StepRecord: Sendable, Hashable, Codable {
    /// What the action did.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// The request was filed (completes the submit step).
        case filed
        /// The request was filed as a draft: the submit step stays open, timed from now, until it is submitted.
        case drafted
        /// One link of a paraf chain initialled the step; the step waits for the next link.
        case initialled
        /// A returned request was filed again (completes the submit step).
        case resubmitted
        /// The step was approved or done.
        case approved
        /// The SK was issued (completes the decree step).
        case decreeIssued
        /// The Kadis signed the SK (completes the sign step).
        case signed
        /// Receipt of the username and password was recorded (completes the handover step).
        case handedOver
        /// The request was rejected at this step.
        case rejected
        /// The request was returned for revision at this step.
        case returned

        /// True if the outcome completes the step (rather than stopping the request).
        public var completesStep: Bool {
            switch self {
            case .filed, .resubmitted, .approved, .decreeIssued, .signed, .handedOver: true
            case .drafted, .initialled, .rejected, .returned: false
            }
        }
    }

    /// The step acted on.
    public let step: StepID
    /// Who acted.
    public let actor: WorkflowActor
    /// When.
    public let at: Date
    /// What the action did.
    public let outcome: Outcome
    /// The note, or the reason for a rejection or return.
    public let note: String
    /// Evidence supplied with the action.
    public let evidence: [DocumentID: Evidence]
    /// Names struck from the list by this action (a partial approval).
    public let struck: [StruckCandidate]
    /// Identity warnings confirmed with this action, with the official's note.
    public let confirmations: [WarningID: String]
    /// How many candidates the request named after the action (for time standards per person).
    public let candidateCount: Int
    /// Departures from the SOP's standard recorded with the action (equipment, output).
    public let deviations: [Deviation]
    /// True once a later return for revision has voided the action; it stays in the history.
    public internal(set) var voided: Bool

    init(step: StepID, actor: WorkflowActor, at: Date, outcome: Outcome, note: String, evidence: [DocumentID: Evidence],
         candidateCount: Int, struck: [StruckCandidate] = [], confirmations: [WarningID: String] = [:],
         deviations: [Deviation] = []) {
        self.step = step
        self.actor = actor
        self.at = at
        self.outcome = outcome
        self.note = note
        self.evidence = evidence
        self.struck = struck
        self.confirmations = confirmations
        self.candidateCount = candidateCount
        self.deviations = deviations
        self.voided = false
    }
}
