public import AccessWorkflow

/// What ``AccessStore/execute(_:by:at:sop:catalogue:requestIDs:)`` committed.
public struct ExecutionResult: Sendable {
    /// The audit records written, one per event.
    public let records: [AuditRecord]
    /// The events decided.
    public let events: [WorkflowEvent]
    /// The workflow state after the events.
    public let state: WorkflowState
    /// The request the command concerned, with the allocated id for a filing; nil for SK imports and revocations.
    public let requestID: RequestID?
    /// The directory synchronisations queued in the outbox.
    public let intents: [SyncIntent]
}
