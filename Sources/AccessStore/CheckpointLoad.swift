import AccessWorkflow

/// What a cold start found in the `checkpoints` table for its context.
enum CheckpointLoad {
    /// None was written for this SOP, catalogue and program version.
    case none
    /// An authenticated checkpoint that matches the log: walk on from its record.
    case usable(seq: Int64, hash: String, state: WorkflowState)
    /// One was found but is not trusted (why, as a clause): the whole log is walked instead.
    case discarded(seq: Int64, reason: String)
}
