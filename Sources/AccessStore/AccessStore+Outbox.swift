public import AccessWorkflow
public import Foundation

extension AccessStore {
    /// Pending rows due at `now` (their `nextAttemptAt` has come), earliest first.
    public func dueOutbox(now: Date, limit: Int = 100) throws(StoreError) -> [OutboxItem] {
        try read { db in try Outbox.due(db, now: now, limit: limit) }
    }

    /// How many outbox rows wait for the bridge, and when the oldest was queued (for monitoring).
    public func outboxBacklog() throws(StoreError) -> (pending: Int, oldest: Date?) {
        try read { db in try Outbox.backlog(db) }
    }

    /// Every outbox row about `person`, oldest first.
    public func outbox(person: PersonKey) throws(StoreError) -> [OutboxItem] {
        try read { db in try Outbox.items(db, person: person) }
    }

    /// Queues intents from outside the workflow (for example the reconciler): appends a `sync.queued` record with
    /// `note` and the intents, and queues them as caused by it, in one transaction.
    @discardableResult
    public func enqueue(_ intents: [SyncIntent], actor: String, note: String, at now: Date = Date())
        throws(StoreError) -> EnqueueResult
    {
        try transaction { tx in
            let record = try tx.append(kind: AuditKind.syncQueued, actor: actor, subject: "",
                                       payload: QueuedIntents(note: note, intents: intents), at: now)
            return try tx.enqueue(intents, cause: record.seq, at: now)
        }
    }

    /// See ``StoreTransaction/completeOutbox(id:actor:detail:at:)``.
    @discardableResult
    public func completeOutbox<Detail: Encodable>(id: Int64, actor: String, detail: Detail, at now: Date = Date())
        throws(StoreError) -> AuditRecord
    {
        try transaction { tx in try tx.completeOutbox(id: id, actor: actor, detail: detail, at: now) }
    }

    /// See ``StoreTransaction/failOutbox(id:actor:error:retryAt:at:)``.
    @discardableResult
    public func failOutbox(id: Int64, actor: String, error: String, retryAt: Date, at now: Date = Date())
        throws(StoreError) -> AuditRecord
    {
        try transaction { tx in try tx.failOutbox(id: id, actor: actor, error: error, retryAt: retryAt, at: now) }
    }

    /// See ``StoreTransaction/refuseOutbox(id:actor:reason:at:)``.
    @discardableResult
    public func refuseOutbox(id: Int64, actor: String, reason: String, at now: Date = Date()) throws(StoreError)
        -> AuditRecord
    {
        try transaction { tx in try tx.refuseOutbox(id: id, actor: actor, reason: reason, at: now) }
    }
}

/// The payload of a `sync.queued` record.
private struct QueuedIntents: Encodable {
    let note: String
    let intents: [SyncIntent]
}
