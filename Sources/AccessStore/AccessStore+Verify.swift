public import AccessWorkflow
import Foundation
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

    /// ``verify(sop:catalogue:)`` and, when the log is intact, the workflow state it replayed on the way: what the
    /// bridge and the reconciler act on, so that they replay once and only a verified log.
    public func verifiedState(sop: SOPDefinition, catalogue: RoleCatalogue = .standard) throws(StoreError)
        -> (verification: AuditVerification, state: WorkflowState?)
    {
        let result = try read { db in try Self.verify(db, key: key, state: WorkflowState(sop: sop, catalogue: catalogue)) }
        if let state = result.state, case .intact(let count, let head) = result.verification {
            replayCache.remember(state, seq: count, hash: head)
        }
        return result
    }

    /// The end of the log after checking every record up to it (walking on from the last checked record this
    /// process knows): what may be anchored in the directory.
    public func checkedHead(sop: SOPDefinition, catalogue: RoleCatalogue = .standard) throws(StoreError) -> AuditHead {
        try read { db in try replayCache.walked(db, key: key, sop: sop, catalogue: catalogue).head }
    }

    static func verify(_ db: Database, key: AuditKey, state: WorkflowState, acceptsUnsealedPrefix: Bool = false) throws
        -> (verification: AuditVerification, state: WorkflowState?)
    {
        var walk = AuditWalk(key: key, state: state, acceptsUnsealedPrefix: acceptsUnsealedPrefix)
        if let problem = try walk.walk(db) { return (.broken(problem), nil) }
        for (table, column) in [("outbox", "cause_seq"), ("accounts", "cause_seq"), ("requests", "last_seq"),
                                ("decrees", "seq")] {
            if let referenced = try Int64.fetchOne(db, sql: "SELECT MAX(\(column)) FROM \(table)"), referenced > walk.seq {
                let problem = AuditProblem.truncated(referencedBy: table, referenced: referenced)
                return (.broken(AuditBreak(seq: walk.seq + 1, problem: problem)), nil)
            }
        }
        return (.intact(count: walk.seq, head: walk.hash), walk.state)
    }
}
