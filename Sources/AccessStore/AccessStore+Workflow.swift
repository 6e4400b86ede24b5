public import AccessWorkflow
public import Foundation
import GRDB

extension AccessStore {
    /// The workflow state folded from every `workflow` record in seq order, each re-validated; a record that does not
    /// decode or is refused is an error naming its seq.
    public func state(sop: SOPDefinition, catalogue: RoleCatalogue = .standard) throws(StoreError) -> WorkflowState {
        try read { db in try replayCache.state(db, key: key, sop: sop, catalogue: catalogue) }
    }

    /// Decides `command` on the latest state and commits the outcome, all in one `IMMEDIATE` transaction: replays
    /// the log, allocates the request id of a filing whose id is ``RequestIDPolicy/placeholder``, decides, appends
    /// each event to the audit log, refreshes the projections it touched and queues the directory synchronisations it
    /// calls for. A refused command throws ``StoreError/workflow(_:)`` with the workflow's reason and writes nothing.
    @discardableResult
    public func execute(
        _ command: WorkflowCommand, by actor: WorkflowActor, at now: Date, sop: SOPDefinition,
        catalogue: RoleCatalogue = .standard, requestIDs: RequestIDPolicy = .standard
    ) throws(StoreError) -> ExecutionResult {
        let result = try transaction { tx in
            let db = tx.db
            let before = try replayCache.state(db, key: key, sop: sop, catalogue: catalogue)
            let resolved = requestIDs.resolve(command, in: before, at: now)
            let events = try before.decide(resolved, by: actor, at: now)
            var after = before
            var head = try AuditLog.head(db)
            var records: [AuditRecord] = []
            var intents: [SyncIntent] = []
            for event in events {
                try after.apply(event)
                let record = try AuditLog.append(
                    db, after: &head, kind: AuditKind.workflow, actor: event.actor.uid,
                    subject: WorkflowLog.subject(of: event), payload: try WorkflowLog.encode(event), at: now, key: key)
                records.append(record)
                let caused = SyncIntent.derive(from: [event], after: after)
                try Outbox.enqueue(db, caused, cause: record.seq, at: now)
                intents += caused
            }
            try Projections.refresh(db, events: zip(records.map(\.seq), events).map { ($0, $1) }, state: after,
                                    at: now)
            return ExecutionResult(
                records: records, events: events, state: after, requestID: events.lazy.compactMap(\.requestID).first,
                intents: intents)
        }
        if let last = result.records.last { replayCache.remember(result.state, seq: last.seq, hash: last.hash) }
        return result
    }

    /// Decides `command` on the latest state as ``execute(_:by:at:sop:catalogue:requestIDs:)`` would, writing
    /// nothing: a refusal throws ``StoreError/workflow(_:)``. For a client that checks a step before it sends the
    /// scans that go with it.
    public func check(
        _ command: WorkflowCommand, by actor: WorkflowActor, at now: Date, sop: SOPDefinition,
        catalogue: RoleCatalogue = .standard, requestIDs: RequestIDPolicy = .standard
    ) throws(StoreError) {
        try read { db in
            let state = try replayCache.state(db, key: key, sop: sop, catalogue: catalogue)
            _ = try state.decide(requestIDs.resolve(command, in: state, at: now), by: actor, at: now)
        }
    }

    /// Rebuilds every projection (requests, candidates, SKs, grants, roster as of `date`) from the audit log, for
    /// example after restoring a copy or adding a projection in a new schema version.
    public func rebuildProjections(sop: SOPDefinition, catalogue: RoleCatalogue = .standard, rosterOn date: CivilDate)
        throws(StoreError)
    {
        try transaction { tx in
            var touched: [(Int64, WorkflowEvent)] = []
            let state = try WorkflowLog.replay(tx.db, key: key, sop: sop, catalogue: catalogue) { touched.append(($0, $1)) }
            try Projections.rebuild(tx.db, events: touched, state: state, rosterOn: date)
        }
    }

    /// Brings the roster table to `date` (office time), so that SKs taking effect or ending on that day show up.
    ///
    /// ``execute(_:by:at:sop:catalogue:requestIDs:)`` recomputes the table in the same transaction as any event that
    /// can change who holds access, so a table already computed for `date` is current and is left alone (one read,
    /// instead of rewriting every row of a large SK's roster). Returns whether it was recomputed.
    @discardableResult
    public func refreshRoster(sop: SOPDefinition, catalogue: RoleCatalogue = .standard, on date: CivilDate)
        throws(StoreError) -> Bool
    {
        try transaction { tx in
            guard try Projections.rosterDate(tx.db) != date.description else { return false }
            let state = try replayCache.state(tx.db, key: key, sop: sop, catalogue: catalogue)
            try Projections.refreshRoster(tx.db, state: state, on: date)
            return true
        }
    }
}
