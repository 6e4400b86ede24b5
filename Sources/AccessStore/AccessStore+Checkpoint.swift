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
    /// many and has none), if this process discarded the stored one, if the newest one's day roster is not of
    /// today (the first call of an office day), or, with `quietFor`, if records follow the newest one and none was
    /// recorded for that many seconds (an office that paused, or the night: a reconciliation then finds a day
    /// roster at the end of the log); returns it, or nil when none was due.
    @discardableResult
    public func checkpointIfDue(every: Int64, sop: SOPDefinition, catalogue: RoleCatalogue = .standard,
                                quietFor: TimeInterval? = nil, at now: Date = Date()) throws(StoreError) -> CheckpointInfo?
    {
        let context = replayCache.context(sop: sop, catalogue: catalogue)
        let today = CivilDate(now, offset: sop.office.utcOffset).description
        let (latest, rosterDay, head, lastRecorded) = try read { db in
            (try Checkpoints.latest(db, context: context), try DayRosters.latestDay(db, context: context), try AuditLog.head(db),
             try String.fetchOne(db, sql: "SELECT recorded_at FROM audit_log ORDER BY seq DESC LIMIT 1"))
        }
        let replacing = replayCache.discardedCheckpoint.load(ordering: .relaxed) && head.seq > 0
        // A new office day gets its own day roster (once; with the checkpoint, at the same record or a later one).
        let newDay = latest != nil && rosterDay != today
        let quiet = quietFor.map { quiet in
            guard let latest, head.seq > latest.seq, let text = lastRecorded, let recorded = StoreTime.parse(text) else { return false }
            return now.timeIntervalSince(recorded) >= quiet
        } ?? false
        guard replacing || newDay || quiet || head.seq - (latest?.seq ?? 0) >= max(every, 1) else { return nil }
        return try writeCheckpoint(sop: sop, catalogue: catalogue, at: now)
    }

    /// The roster of `day` and its departures as the newest checkpoint's writer computed them from the checked state,
    /// if that checkpoint ends the log now (no record after it), was made on `day` under `sop` and `catalogue`, and
    /// its day roster carries the audit key's code; nil otherwise (the caller builds them from ``checkedState(sop:
    /// catalogue:keep:)``). An untrusted one is reported through the store's warning and never used.
    public func checkedDayRoster(sop: SOPDefinition, catalogue: RoleCatalogue = .standard, on day: CivilDate)
        throws(StoreError) -> DayRoster?
    {
        let context = replayCache.context(sop: sop, catalogue: catalogue)
        return try read { db -> DayRoster? in
            switch try DayRosters.load(db, key: key, context: context, day: day) {
            case .none:
                return nil
            case .otherVersion:
                // Replaced by the next checkpoint that is due, as an unusable one is.
                replayCache.discardedCheckpoint.store(true, ordering: .relaxed)
                return nil
            case .discarded(let seq, let reason):
                replayCache.discardedCheckpoint.store(true, ordering: .relaxed)
                replayCache.warn("the day roster at audit record #\(seq) \(reason); it is not trusted: the roster is rebuilt from the checked audit log instead")
                return nil
            case let .usable(roster, seq):
                if let problem = try Self.truncation(db, end: seq) { throw StoreError.auditBroken(problem) }
                return roster
            }
        }
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
        let roster = DayRoster(state: state, on: CivilDate(now, offset: state.sop.office.utcOffset))
        try transaction { tx in
            try Checkpoints.write(tx.db, key: key, context: context, seq: head.seq, hash: head.hash, state: bytes, at: now)
            try DayRosters.write(tx.db, key: key, context: context, seq: head.seq, hash: head.hash, roster: roster)
        }
        replayCache.discardedCheckpoint.store(false, ordering: .relaxed)
        return CheckpointInfo(seq: head.seq, hash: head.hash, createdAt: StoreTime.normalised(now))
    }
}
