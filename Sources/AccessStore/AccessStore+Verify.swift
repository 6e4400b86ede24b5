public import AccessWorkflow
public import Foundation
import GRDB

extension AccessStore {
    /// Walks the whole audit log on one snapshot and reports the first broken record: a gap in seq, a `prev_hash`
    /// that is not the previous hash, a hash that does not match the fields (an edited record), an authentication
    /// code that is not the audit key's (a record written or rechained without the key), or a workflow record that
    /// does not decode or that the workflow refuses on replay under `sop` and `catalogue`. Also reports records
    /// missing at the end when other tables refer to them. Never uses the replay cache.
    public func verify(sop: SOPDefinition, catalogue: RoleCatalogue = .standard) throws(StoreError)
        -> AuditVerification
    {
        try verifiedState(sop: sop, catalogue: catalogue).verification
    }

    /// ``verify(sop:catalogue:)`` and, when the log is intact, the workflow state it replayed on the way.
    ///
    /// A full verification outranks every checkpoint: when it finds the log broken, the checkpoints and this
    /// process's cached state are discarded, so that every later reader walks the log from its first record and
    /// meets the broken record too. When it finds the log intact, its state becomes the cached one.
    public func verifiedState(sop: SOPDefinition, catalogue: RoleCatalogue = .standard) throws(StoreError)
        -> (verification: AuditVerification, state: WorkflowState?)
    {
        let result = try read { db in
            try Self.verify(db, key: key, state: WorkflowState(sop: sop, catalogue: catalogue), warn: replayCache.warn)
        }
        if let state = result.state, case .intact(let count, let head) = result.verification {
            replayCache.remember(state, seq: count, hash: head)
        } else {
            replayCache.forget()
            if !readsOnly { try transaction { tx in try Checkpoints.discardAll(tx.db) } }
        }
        return result
    }

    /// A full verification (see ``verifiedState(sop:catalogue:)``) and, when the log is intact, a checkpoint of the
    /// state it replayed (the scheduled verification of the office server).
    public func verifyAndCheckpoint(sop: SOPDefinition, catalogue: RoleCatalogue = .standard, at now: Date = Date())
        throws(StoreError) -> (verification: AuditVerification, checkpoint: CheckpointInfo?)
    {
        let result = try verifiedState(sop: sop, catalogue: catalogue)
        guard let state = result.state, case .intact(let count, let head) = result.verification, count > 0 else {
            return (result.verification, nil)
        }
        return (result.verification, try writeCheckpoint(state, head: AuditHead(seq: count, hash: head), at: now))
    }

    /// The workflow state at the end of the log and that end, every record after the cached end or the newest
    /// usable checkpoint checked (chain, hash, code, workflow rules), and no table referring to a record past the
    /// end: what the bridge and the reconciler act on. A broken record throws. With `keep` false, a state this
    /// process did not have yet is not kept for later calls (see ``ReplayCache``).
    public func checkedState(sop: SOPDefinition, catalogue: RoleCatalogue = .standard, keep: Bool = true)
        throws(StoreError) -> (state: WorkflowState, head: AuditHead)
    {
        try read { db in
            let walked = try replayCache.walked(db, key: key, sop: sop, catalogue: catalogue, remember: keep)
            if let problem = try Self.truncation(db, end: walked.head.seq) { throw StoreError.auditBroken(problem) }
            return walked
        }
    }

    /// The end of the log after checking every record up to it (walking on from the last checked record this
    /// process knows): what may be anchored in the directory.
    public func checkedHead(sop: SOPDefinition, catalogue: RoleCatalogue = .standard) throws(StoreError) -> AuditHead {
        try read { db in try replayCache.walked(db, key: key, sop: sop, catalogue: catalogue).head }
    }

    static func verify(_ db: Database, key: AuditKey, state: WorkflowState, acceptsUnsealedPrefix: Bool = false,
                       warn: (String) -> Void = { _ in }) throws
        -> (verification: AuditVerification, state: WorkflowState?)
    {
        var walk = AuditWalk(key: key, state: state, acceptsUnsealedPrefix: acceptsUnsealedPrefix)
        if let problem = try walk.walk(db) { return (.broken(problem), nil) }
        if walk.ignoredCompact > 0 {
            warn("\(walk.ignoredCompact) compact re-encodings of SK records do not carry the audit key's code; they were ignored and the original records read instead (someone without the key wrote to the database file)")
        }
        if let problem = try truncation(db, end: walk.seq) { return (.broken(problem), nil) }
        return (.intact(count: walk.seq, head: walk.hash), walk.state)
    }

    /// A table that refers to a record after `end`: records were cut off the end of the log.
    static func truncation(_ db: Database, end: Int64) throws -> AuditBreak? {
        for (table, column) in [("outbox", "cause_seq"), ("accounts", "cause_seq"), ("requests", "last_seq"),
                                ("decrees", "seq")] {
            if let referenced = try Int64.fetchOne(db, sql: "SELECT MAX(\(column)) FROM \(table)"), referenced > end {
                let problem = AuditProblem.truncated(referencedBy: table, referenced: referenced)
                return AuditBreak(seq: end + 1, problem: problem)
            }
        }
        return nil
    }
}
