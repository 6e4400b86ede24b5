public import AccessWorkflow
public import Foundation
import GRDB

extension AccessStore {
    /// The newest checkpoint made under `sop` and `catalogue` by this program version, if any.
    public func checkpoint(sop: SOPDefinition, catalogue: RoleCatalogue = .standard) throws(StoreError)
        -> CheckpointInfo?
    {
        let context = replayCache.context(sop: sop, catalogue: catalogue)
        return try read { db in try Checkpoints.latest(db, context: context) }
    }

    /// Writes a checkpoint of the workflow state at the end of the log (every record up to it checked, walking on
    /// from what this process already checked), authenticated with the audit key; it replaces older ones.
    @discardableResult
    public func writeCheckpoint(sop: SOPDefinition, catalogue: RoleCatalogue = .standard, at now: Date = Date())
        throws(StoreError) -> CheckpointInfo
    {
        let (state, head) = try read { db in try replayCache.walked(db, key: key, sop: sop, catalogue: catalogue) }
        return try writeCheckpoint(state, head: head, at: now)
    }

    /// Writes a checkpoint if the log has grown by at least `every` records since the newest one (or holds that
    /// many and has none), or if this process discarded the stored one; returns it, or nil when none was due.
    @discardableResult
    public func checkpointIfDue(every: Int64, sop: SOPDefinition, catalogue: RoleCatalogue = .standard,
                                at now: Date = Date()) throws(StoreError) -> CheckpointInfo?
    {
        let context = replayCache.context(sop: sop, catalogue: catalogue)
        let (latest, head) = try read { db in (try Checkpoints.latest(db, context: context), try AuditLog.head(db)) }
        let replacing = replayCache.discardedCheckpoint.load(ordering: .relaxed) && head.seq > 0
        guard replacing || head.seq - (latest?.seq ?? 0) >= max(every, 1) else { return nil }
        return try writeCheckpoint(sop: sop, catalogue: catalogue, at: now)
    }

    /// Writes a checkpoint of a state the caller checked up to `head` (a full verification's, or the replay
    /// cache's).
    func writeCheckpoint(_ state: WorkflowState, head: AuditHead, at now: Date) throws(StoreError) -> CheckpointInfo {
        guard head.seq > 0 else { throw .encoding("there is no audit record to make a checkpoint at") }
        let bytes: [UInt8]
        do {
            bytes = try state.snapshot()
        } catch {
            throw .encoding(error.description)
        }
        let context = replayCache.context(sop: state.sop, catalogue: state.catalogue)
        try transaction { tx in
            try Checkpoints.write(tx.db, key: key, context: context, seq: head.seq, hash: head.hash, state: bytes, at: now)
        }
        replayCache.discardedCheckpoint.store(false, ordering: .relaxed)
        return CheckpointInfo(seq: head.seq, hash: head.hash, createdAt: StoreTime.normalised(now))
    }
}
