import AccessWorkflow
import Foundation
import GRDB

/// The workflow records of the audit log: replay, and the subject each event is filed under.
enum WorkflowLog {
    /// Walks the whole log (see ``AuditWalk``) into a fresh state; `observe` sees each workflow event with its seq
    /// after it is applied. A broken record is an error naming its seq.
    static func replay(
        _ db: Database, key: AuditKey, sop: SOPDefinition, catalogue: RoleCatalogue,
        observe: (Int64, WorkflowEvent) -> Void = { _, _ in }
    ) throws -> WorkflowState {
        var walk = AuditWalk(key: key, state: try initialState(db, sop: sop, catalogue: catalogue))
        if let problem = try walk.walk(db, observe: observe) { throw StoreError(walk: problem) }
        try requireAdopted(walk.state, file: sop)
        return walk.state
    }

    /// The state a walk from the first record starts with: the office's original SOP — the text the first adoption
    /// kept (``SOPAdopted/replaces``) once a version was adopted, else the SOP file given.
    static func initialState(_ db: Database, sop: SOPDefinition, catalogue: RoleCatalogue) throws -> WorkflowState {
        let rows = try Row.fetchCursor(
            db, sql: "SELECT seq, payload FROM audit_log WHERE kind = ? AND instr(payload, '\"sopAdopted\"') > 0 ORDER BY seq",
            arguments: [AuditKind.workflow])
        let decoder = JSONDecoder()
        while let row = try rows.next() {
            let seq: Int64 = try row.decode(Int64.self, atIndex: 0)
            guard case .sopAdopted(let adopted) = try decode(try row.decode(String.self, atIndex: 1), seq: seq, decoder: decoder) else {
                continue
            }
            // A first adoption without the original is refused when the walk reaches it.
            guard let original = adopted.replaces else { break }
            do {
                return WorkflowState(sop: try SOPDefinition(yaml: original), catalogue: catalogue)
            } catch {
                throw StoreError.replayRefused(seq: seq, reason: .sopNotAdoptable(.unreadable(error)), authenticated: false)
            }
        }
        return WorkflowState(sop: sop, catalogue: catalogue)
    }

    /// Refuses a state whose last adopted SOP is not the file the office was opened with (the file was edited in
    /// place instead of adopted). Without any adoption there is nothing to compare.
    static func requireAdopted(_ state: WorkflowState, file sop: SOPDefinition) throws(StoreError) {
        guard let last = state.sopVersions.last, last.number > 0, last.sop != sop else { return }
        throw .sopNotAdopted(version: last.number, sha256: last.sha256)
    }

    static func decode(_ payload: String, seq: Int64, decoder: JSONDecoder) throws(StoreError) -> WorkflowEvent {
        do {
            // Decodes from the string's own UTF-8 storage: an SK's payload can be megabytes, and a copy of it would
            // be alive at the peak of a replay.
            var payload = payload
            return try payload.withUTF8 { bytes throws -> WorkflowEvent in
                guard let base = bytes.baseAddress else { return try decoder.decode(WorkflowEvent.self, from: Data()) }
                let view = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none)
                return try decoder.decode(WorkflowEvent.self, from: view)
            }
        } catch {
            throw .undecodableRecord(seq: seq, reason: StoreError.sentenceFragment(error))
        }
    }

    /// The JSON of an event, checked to decode back to the same event so that the log always replays.
    static func encode(_ event: WorkflowEvent) throws(StoreError) -> String {
        let json = try StoreJSON.encode(event)
        guard (try? JSONDecoder().decode(WorkflowEvent.self, from: Data(json.utf8))) == event else {  // try?: an event that does not decode back to itself is refused by the guard
            throw .encoding("\(event.description) does not read back as the same event")
        }
        return json
    }

    /// What a workflow record is about: its request, else its SK number, else the revoked person.
    static func subject(of event: WorkflowEvent) -> String {
        if let request = event.requestID { return request.rawValue }
        switch event {
        case .decreeImported(let e): return e.decree.number.rawValue
        case .decreeConfirmed(let e): return e.decree.rawValue
        case .decreeWithdrawn(let e): return e.decree.rawValue
        case .accessRevoked(let e): return e.person.description
        case .reviewStarted(let e): return e.review.rawValue
        case .reviewDecided(let e): return e.review.rawValue
        case .reviewSigned(let e): return e.review.rawValue
        default: return ""
        }
    }
}
