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
        var walk = AuditWalk(key: key, state: WorkflowState(sop: sop, catalogue: catalogue))
        if let problem = try walk.walk(db, observe: observe) { throw StoreError(walk: problem) }
        return walk.state
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
        case .decreeConfirmed(let e): return e.decree.rawValue
        case .decreeWithdrawn(let e): return e.decree.rawValue
        case .accessRevoked(let e): return e.person.description
        default: return ""
        }
    }
}
