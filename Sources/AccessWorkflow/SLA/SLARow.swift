public import Foundation

/// How long one step of one request took in office time, against its time standard.
public struct SLARow: Sendable, Hashable {
    /// One official's part of a step: from the previous action on the step (or its start) to their own.
    public struct Share: Sendable, Hashable {
        /// Who acted.
        public let actorUID: String
        /// Office time they held the step, in seconds.
        public let elapsed: TimeInterval
    }

    /// The request.
    public let request: RequestID
    /// 1 for the first filing, 2 after the first resubmission, and so on.
    public let round: Int
    /// The step.
    public let step: StepID
    /// The role that completes the step (see ``executors`` for a paraf chain or alternatives).
    public let executor: WorkflowRole
    /// Everyone who executes the step.
    public let executors: StepExecutors
    /// Who completed it (or stopped the request there), or nil while pending.
    public let actorUID: String?
    /// When the step became due: the previous step's completion, the filing, or the recorded letter date.
    public let started: Date
    /// When it was done, or nil while pending.
    public let completed: Date?
    /// What the completing action was, or nil while pending.
    public let outcome: StepRecord.Outcome?
    /// Office time from start to completion (or to `now` while pending), in seconds.
    public let elapsed: TimeInterval
    /// Each official's part, in order, for steps done by a paraf chain (one share for a one-link step).
    public let shares: [Share]
    /// The SOP's time standard.
    public let standard: TimeStandard
    /// Whether the standard counts per request or per person.
    public let timePer: TimeBasis
    /// The number of people the standard was multiplied by (1 for a standard per request).
    public let people: Int
    /// The time allowed in seconds of office time: the standard, times ``people`` for a standard per person.
    public let standardSeconds: Int

    /// Departures from the standard in equipment or output recorded by those who acted on the step.
    public let deviations: [Deviation]

    /// True if more office time passed than the standard allows.
    public var breached: Bool { elapsed > Double(standardSeconds) }
    /// True if the step failed the SOP's standard in time, equipment or output ("kegagalan", the SOP's Peringatan).
    public var failed: Bool { breached || !deviations.isEmpty }
    /// True if the step is still pending.
    public var isPending: Bool { completed == nil }
    /// The official who held the step longest, who answers for a breach (nil while nobody acted).
    public var longestHolder: String? { shares.max { $0.elapsed < $1.elapsed }?.actorUID ?? actorUID }
}
