import AccessWorkflow
import Foundation
import GRDB

/// The workflow records of the audit log: replay, and the subject each event is filed under.
enum WorkflowLog {
    /// Folds every `workflow` record in seq order into a fresh state, re-validating each event; `observe` sees each
    /// event with its seq after it is applied.
    static func replay(
        _ db: Database, sop: SOPDefinition, catalogue: RoleCatalogue,
        observe: (Int64, WorkflowEvent) -> Void = { _, _ in }
    ) throws -> WorkflowState {
        try replay(db, onto: WorkflowState(sop: sop, catalogue: catalogue), after: 0, observe: observe)
    }

    /// Folds the `workflow` records after seq `after` into `state`, which must be the state at `after`.
    static func replay(
        _ db: Database, onto start: WorkflowState, after: Int64, observe: (Int64, WorkflowEvent) -> Void = { _, _ in }
    ) throws -> WorkflowState {
        var state = start
        let decoder = JSONDecoder()
        let rows = try Row.fetchCursor(
            db, sql: "SELECT seq, payload FROM audit_log WHERE kind = ? AND seq > ? ORDER BY seq",
            arguments: [AuditKind.workflow, after])
        while let row = try rows.next() {
            let seq: Int64 = try row.decode(forColumn: "seq")
            let event = try decode(try row.decode(forColumn: "payload"), seq: seq, decoder: decoder)
            do {
                try state.apply(event)
            } catch {
                throw StoreError.replayRefused(seq: seq, reason: error)
            }
            observe(seq, event)
        }
        return state
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
        guard (try? JSONDecoder().decode(WorkflowEvent.self, from: Data(json.utf8))) == event else {
            throw .encoding("\(event.description) does not read back as the same event")
        }
        return json
    }

    /// What a workflow record is about: its request, else its SK number, else the revoked person.
    static func subject(of event: WorkflowEvent) -> String {
        if let request = event.requestID { return request.rawValue }
        switch event {
        case .decreeImported(let e): return e.decree.number.rawValue
        case .accessRevoked(let e): return e.person.description
        default: return ""
        }
    }
}
