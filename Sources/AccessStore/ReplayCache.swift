import AccessWorkflow
import GRDB
import Synchronization

/// The last replayed workflow state of one ``AccessStore`` (shared by its copies), so that a long-running process
/// folds only the records appended since its previous replay instead of the whole log.
///
/// The cache is used only while the record it ends at still carries the hash it had when cached, and only for the
/// same SOP and catalogue; records after it are always re-validated. A new process always replays the whole log, and
/// ``AccessStore/verify(sop:catalogue:)`` never uses the cache.
final class ReplayCache: Sendable {
    private struct Entry: Sendable {
        let seq: Int64
        let hash: String
        let state: WorkflowState
    }

    private let entry = Mutex<Entry?>(nil)

    /// The state at the current end of the log as `db` sees it, replaying what the cache does not cover.
    func state(_ db: Database, sop: SOPDefinition, catalogue: RoleCatalogue) throws -> WorkflowState {
        let head = try AuditLog.head(db)
        var start = WorkflowState(sop: sop, catalogue: catalogue)
        var after: Int64 = 0
        if let cached = entry.withLock({ $0 }), cached.seq <= head.seq, cached.state.sop == sop,
           cached.state.catalogue == catalogue,
           try String.fetchOne(db, sql: "SELECT hash FROM audit_log WHERE seq = ?", arguments: [cached.seq])
            == cached.hash {
            start = cached.state
            after = cached.seq
        }
        let state = try WorkflowLog.replay(db, onto: start, after: after)
        remember(state, seq: head.seq, hash: head.hash)
        return state
    }

    /// Keeps `state` as the state at record `seq` unless a later one is already kept. Call only with committed data.
    func remember(_ state: WorkflowState, seq: Int64, hash: String) {
        guard seq > 0 else { return }
        entry.withLock { current in
            if (current?.seq ?? 0) <= seq { current = Entry(seq: seq, hash: hash, state: state) }
        }
    }
}
