import AccessWorkflow
import GRDB
import Synchronization

/// The end of the last walk along the audit log of one ``AccessStore`` (shared by its copies): seq, hash and the
/// workflow state folded so far, so that a long-running process walks only the records appended since.
///
/// Every record folded in is checked by ``AuditWalk`` (chain, hash, authentication code, workflow rules), so the
/// state handed out is always the state of a verified log; a record appended to the file behind the process's back
/// without the audit key is refused at the next read. The cached end is used only while the record it ends at still
/// carries the hash it had, and only for the same SOP and catalogue; a new process walks the whole log.
final class ReplayCache: Sendable {
    private struct Entry: Sendable {
        let seq: Int64
        let hash: String
        let state: WorkflowState
    }

    private let entry = Mutex<Entry?>(nil)

    /// The state at the current end of the log as `db` sees it, walking what the cache does not cover.
    func state(_ db: Database, key: AuditKey, sop: SOPDefinition, catalogue: RoleCatalogue) throws -> WorkflowState {
        try walked(db, key: key, sop: sop, catalogue: catalogue).state
    }

    /// The state at the current end of the log and that end (seq and hash of the last record walked).
    func walked(_ db: Database, key: AuditKey, sop: SOPDefinition, catalogue: RoleCatalogue) throws
        -> (state: WorkflowState, head: AuditHead)
    {
        var walk = AuditWalk(key: key, state: WorkflowState(sop: sop, catalogue: catalogue))
        if let cached = entry.withLock({ $0 }), cached.state.sop == sop, cached.state.catalogue == catalogue,
           try String.fetchOne(db.cachedStatement(sql: "SELECT hash FROM audit_log WHERE seq = ?"), arguments: [cached.seq])
            == cached.hash
        {
            walk = AuditWalk(key: key, state: cached.state, seq: cached.seq, hash: cached.hash)
        }
        if let problem = try walk.walk(db) { throw StoreError(walk: problem) }
        remember(walk.state, seq: walk.seq, hash: walk.hash)
        return (walk.state, AuditHead(seq: walk.seq, hash: walk.hash))
    }

    /// Keeps `state` as the state at record `seq` unless a later one is already kept. Call only with committed data
    /// that was checked (walked, or just written by this process).
    func remember(_ state: WorkflowState, seq: Int64, hash: String) {
        guard seq > 0 else { return }
        entry.withLock { current in
            if (current?.seq ?? 0) <= seq { current = Entry(seq: seq, hash: hash, state: state) }
        }
    }
}
