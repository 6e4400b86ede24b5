import AccessWorkflow
import GRDB
import Synchronization

/// The end of the last walk along the audit log of one ``AccessStore`` (shared by its copies): seq, hash and the
/// workflow state folded so far, so that a long-running process walks only the records appended since.
///
/// Every record folded in is checked by ``AuditWalk`` (chain, hash, authentication code, workflow rules), so the
/// state handed out is always the state of a verified log; a record appended to the file behind the process's back
/// without the audit key is refused at the next read. The cached end is used only while the record it ends at still
/// carries the hash it had, and only for the same SOP and catalogue. A process starting cold begins at the newest
/// authenticated checkpoint (see ``Checkpoints``) and walks the records after it; when there is none, or it is not
/// trusted (then `warn` says why), it walks the whole log.
final class ReplayCache: Sendable {
    private struct Entry: Sendable {
        let seq: Int64
        let hash: String
        let state: WorkflowState
    }

    private let entry = Mutex<Entry?>(nil)
    /// Set when a checkpoint was discarded: the next ``AccessStore/checkpointIfDue(every:sop:catalogue:at:)``
    /// replaces it whatever its seq.
    let discardedCheckpoint = Atomic<Bool>(false)
    private let contexts = Mutex<[(sop: SOPDefinition, catalogue: RoleCatalogue, context: CheckpointContext)]>([])
    let warn: @Sendable (String) -> Void

    init(warn: @escaping @Sendable (String) -> Void) { self.warn = warn }

    /// The state at the current end of the log as `db` sees it, walking what the cache does not cover.
    func state(_ db: Database, key: AuditKey, sop: SOPDefinition, catalogue: RoleCatalogue) throws -> WorkflowState {
        try walked(db, key: key, sop: sop, catalogue: catalogue).state
    }

    /// The state at the current end of the log and that end (seq and hash of the last record walked). With
    /// `remember` false the state is not kept for later calls (a one-shot process that needs memory for other
    /// things; a cached end already kept stays).
    func walked(_ db: Database, key: AuditKey, sop: SOPDefinition, catalogue: RoleCatalogue, remember: Bool = true) throws
        -> (state: WorkflowState, head: AuditHead)
    {
        var walk = try start(db, key: key, sop: sop, catalogue: catalogue)
        if let problem = try walk.walk(db) { throw StoreError(walk: problem) }
        try WorkflowLog.requireAdopted(walk.state, file: sop)
        if walk.ignoredCompact > 0 {
            warn("\(walk.ignoredCompact) compact re-encodings of SK records do not carry the audit key's code; they were ignored and the original records read instead")
        }
        if remember { self.remember(walk.state, seq: walk.seq, hash: walk.hash) }
        return (walk.state, AuditHead(seq: walk.seq, hash: walk.hash))
    }

    /// Where to walk from: the cached end, else the newest usable checkpoint, else the start of the log.
    private func start(_ db: Database, key: AuditKey, sop: SOPDefinition, catalogue: RoleCatalogue) throws -> AuditWalk {
        if let cached = entry.withLock({ $0 }), cached.state.sop == sop, cached.state.catalogue == catalogue,
           try String.fetchOne(db.cachedStatement(sql: "SELECT hash FROM audit_log WHERE seq = ?"), arguments: [cached.seq])
            == cached.hash
        {
            return AuditWalk(key: key, state: cached.state, seq: cached.seq, hash: cached.hash)
        }
        switch try Checkpoints.load(db, key: key, context: context(sop: sop, catalogue: catalogue), sop: sop,
                                    catalogue: catalogue) {
        case let .usable(seq, hash, state):
            return AuditWalk(key: key, state: state, seq: seq, hash: hash)
        case let .discarded(seq, reason):
            discardedCheckpoint.store(true, ordering: .relaxed)
            warn("the checkpoint at audit record #\(seq) \(reason); it is not trusted: walking and checking the whole audit log instead")
        case .none:
            break
        }
        return AuditWalk(key: key, state: try WorkflowLog.initialState(db, sop: sop, catalogue: catalogue))
    }

    /// The checkpoint context of `sop` and `catalogue` (computed once per pair).
    func context(sop: SOPDefinition, catalogue: RoleCatalogue) -> CheckpointContext {
        if let known = contexts.withLock({ list in list.first { $0.sop == sop && $0.catalogue == catalogue }?.context }) {
            return known
        }
        let context = CheckpointContext(sop: sop, catalogue: catalogue)
        contexts.withLock { list in
            if list.count >= 4 { list.removeFirst() }
            list.append((sop, catalogue, context))
        }
        return context
    }

    /// The cached end, if any: what a checkpoint is written from.
    func current(sop: SOPDefinition, catalogue: RoleCatalogue) -> (state: WorkflowState, head: AuditHead)? {
        guard let cached = entry.withLock({ $0 }), cached.state.sop == sop, cached.state.catalogue == catalogue else {
            return nil
        }
        return (cached.state, AuditHead(seq: cached.seq, hash: cached.hash))
    }

    /// Keeps `state` as the state at record `seq` unless a later one is already kept. Call only with committed data
    /// that was checked (walked, or just written by this process).
    func remember(_ state: WorkflowState, seq: Int64, hash: String) {
        guard seq > 0 else { return }
        entry.withLock { current in
            if (current?.seq ?? 0) <= seq { current = Entry(seq: seq, hash: hash, state: state) }
        }
    }

    /// Forgets the cached end: after a full verification found the log broken.
    func forget() {
        entry.withLock { $0 = nil }
    }
}
