public import AccessWorkflow
import Foundation
import GRDB

extension AccessStore {
    /// Walks the whole audit log on one snapshot and reports the first broken record: a gap in seq, a `prev_hash`
    /// that is not the previous hash, a hash that does not match the fields (an edited record), or a workflow record
    /// that does not decode or that the workflow refuses on replay under `sop` and `catalogue`. Also reports records
    /// missing at the end when other tables refer to them.
    public func verify(sop: SOPDefinition, catalogue: RoleCatalogue = .standard) throws(StoreError)
        -> AuditVerification
    {
        try read { db in
            var state = WorkflowState(sop: sop, catalogue: catalogue)
            let decoder = JSONDecoder()
            var expected: Int64 = 1
            var previous = StoreSchema.genesisHash
            let rows = try Row.fetchCursor(db, sql: "SELECT \(AuditLog.columns) FROM audit_log ORDER BY seq")
            while let row = try rows.next() {
                let seq: Int64 = try row.decode(forColumn: "seq")
                guard seq == expected else { return .broken(AuditBreak(seq: expected, problem: .missing(found: seq))) }
                if let problem = try Self.problem(in: row, seq: seq, previous: previous, state: &state,
                                                  decoder: decoder) {
                    return .broken(AuditBreak(seq: seq, problem: problem))
                }
                previous = try row.decode(forColumn: "hash")
                expected += 1
            }
            let last = expected - 1
            for (table, column) in [("outbox", "cause_seq"), ("accounts", "cause_seq"), ("requests", "last_seq"),
                                    ("decrees", "seq")] {
                if let referenced = try Int64.fetchOne(db, sql: "SELECT MAX(\(column)) FROM \(table)"),
                   referenced > last {
                    return .broken(AuditBreak(seq: expected, problem: .truncated(referencedBy: table,
                                                                                  referenced: referenced)))
                }
            }
            return .intact(count: last, head: previous)
        }
    }

    private static func problem(
        in row: Row, seq: Int64, previous: String, state: inout WorkflowState, decoder: JSONDecoder
    ) throws -> AuditProblem? {
        let prevHash: String = try row.decode(forColumn: "prev_hash")
        guard prevHash == previous else { return .prevHashMismatch(expected: previous, found: prevHash) }
        let kind: String = try row.decode(forColumn: "kind")
        let payload: String = try row.decode(forColumn: "payload")
        let stored: String = try row.decode(forColumn: "hash")
        let computed = AuditRecord.computeHash(
            prevHash: prevHash, seq: seq, recordedAt: try row.decode(forColumn: "recorded_at"), kind: kind,
            actor: try row.decode(forColumn: "actor"), subject: try row.decode(forColumn: "subject"),
            payload: payload)
        guard computed == stored else { return .hashMismatch(computed: computed, stored: stored) }
        guard kind == AuditKind.workflow else { return nil }
        let event: WorkflowEvent
        do {
            event = try WorkflowLog.decode(payload, seq: seq, decoder: decoder)
        } catch {
            if case let .undecodableRecord(_, reason) = error { return .undecodable(reason) }
            return .undecodable(error.description)
        }
        do {
            try state.apply(event)
        } catch {
            return .refused(error)
        }
        return nil
    }
}
