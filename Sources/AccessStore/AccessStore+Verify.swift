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
        let state = try read { db in try WorkflowLog.initialState(db, sop: sop, catalogue: catalogue) }
        let result = try readsOnly ? verifiedInTwo(state: state)
            : read { db in try Self.verify(db, key: key, state: state, warn: replayCache.warn) }
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

    /// A full verification of a file opened for reading only, on two cores: the ordered walk (chain links, workflow
    /// events) on this connection, and the hashes and codes of the later half of the records on a second connection
    /// beside it. The second reads inside the first's read transaction, whose shared lock keeps every writer out until
    /// both are done, so both read the same records. The same verdict as one walk: the first broken record, named
    /// as one walk would name it.
    func verifiedInTwo(state: WorkflowState) throws(StoreError) -> (verification: AuditVerification, state: WorkflowState?) {
        let key = self.key
        guard let path else { return try read { db in try Self.verify(db, key: key, state: state) } }
        return try read { db in
            let end = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM audit_log") ?? 0  // takes the shared lock
            // Below a few thousand records a second connection costs more than it saves.
            guard end >= 4_000 else { return try Self.verify(db, key: key, state: state) }
            let half = end / 2
            let second = try DatabaseQueue(path: path, configuration: Self.readingConfiguration)
            let codes = CodePass()
            let thread = Thread {
                codes.result = Result { try second.read { db in try AuditWalk.checkCodes(db, key: key, after: half) } }
                codes.done.signal()
            }
            thread.start()
            let walked = Result { try Self.verify(db, key: key, state: state, codesCheckedElsewhereAfter: half) }
            codes.done.wait()
            guard let checked = codes.result else { throw StoreError.aborted("the second pass of the verification did not run") }
            let found = try checked.get()
            let (verification, walkedState) = try walked.get()
            guard let found else { return (verification, walkedState) }
            if case .broken(let problem) = verification, Self.outranks(problem, found) { return (verification, nil) }
            return (.broken(found), nil)
        }
    }

    /// Whether the walk's broken record `walked` is the one a single walk would have reported before `coded`, the
    /// first record of the other pass with a wrong hash or code: an earlier record, or the same record broken in a
    /// way a walk checks before its hash (a gap, a wrong link).
    private static func outranks(_ walked: AuditBreak, _ coded: AuditBreak) -> Bool {
        if walked.seq != coded.seq { return walked.seq < coded.seq }
        switch walked.problem {
        case .missing, .prevHashMismatch: return true
        default: return false
        }
    }

    /// The result of the pass beside the walk, set by its thread before it signals.
    private final class CodePass: @unchecked Sendable {
        // @unchecked: `result` is written once by the pass's thread before `done` is signalled and read only after
        // waiting for `done`, which orders the two.
        var result: Result<AuditBreak?, any Error>?
        let done = DispatchSemaphore(value: 0)
    }

    static func verify(_ db: Database, key: AuditKey, state: WorkflowState, acceptsUnsealedPrefix: Bool = false,
                       codesCheckedElsewhereAfter: Int64 = .max, warn: (String) -> Void = { _ in }) throws
        -> (verification: AuditVerification, state: WorkflowState?)
    {
        var walk = AuditWalk(key: key, state: state, acceptsUnsealedPrefix: acceptsUnsealedPrefix)
        walk.codesCheckedElsewhereAfter = codesCheckedElsewhereAfter
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
