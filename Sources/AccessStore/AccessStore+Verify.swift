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
        try verifiedState(sop: sop, catalogue: catalogue).verification
    }

    /// ``verify(sop:catalogue:)`` and, when the log is intact, the workflow state it replayed on the way: what the
    /// bridge and the reconciler act on, so that they replay once and only a verified log.
    public func verifiedState(sop: SOPDefinition, catalogue: RoleCatalogue = .standard) throws(StoreError)
        -> (verification: AuditVerification, state: WorkflowState?)
    {
        try read { db in
            var state = WorkflowState(sop: sop, catalogue: catalogue)
            let decoder = JSONDecoder()
            var expected: Int64 = 1
            var previous = StoreSchema.genesisHash
            let rows = try Row.fetchCursor(db, sql: "SELECT \(AuditLog.columns) FROM audit_log ORDER BY seq")
            while let row = try rows.next() {
                let record = try VerifiedRow(row)
                guard record.seq == expected else {
                    return (.broken(AuditBreak(seq: expected, problem: .missing(found: record.seq))), nil)
                }
                if let problem = Self.problem(in: record, previous: previous, state: &state, decoder: decoder) {
                    return (.broken(AuditBreak(seq: record.seq, problem: problem)), nil)
                }
                previous = record.hash
                expected += 1
            }
            let last = expected - 1
            for (table, column) in [("outbox", "cause_seq"), ("accounts", "cause_seq"), ("requests", "last_seq"),
                                    ("decrees", "seq")] {
                if let referenced = try Int64.fetchOne(db, sql: "SELECT MAX(\(column)) FROM \(table)"),
                   referenced > last {
                    return (.broken(AuditBreak(seq: expected, problem: .truncated(referencedBy: table,
                                                                                   referenced: referenced))), nil)
                }
            }
            return (.intact(count: last, head: previous), state)
        }
    }

    /// One audit row read by column position (`AuditLog.columns` order), which is much cheaper than by name.
    private struct VerifiedRow {
        let seq: Int64, recordedAt: String, kind: String, actor: String, subject: String, payload: String
        let prevHash: String, hash: String
        init(_ row: Row) throws {
            seq = try row.decode(Int64.self, atIndex: 0)
            recordedAt = try row.decode(String.self, atIndex: 1)
            kind = try row.decode(String.self, atIndex: 2)
            actor = try row.decode(String.self, atIndex: 3)
            subject = try row.decode(String.self, atIndex: 4)
            payload = try row.decode(String.self, atIndex: 5)
            prevHash = try row.decode(String.self, atIndex: 6)
            hash = try row.decode(String.self, atIndex: 7)
        }
    }

    private static func problem(
        in row: VerifiedRow, previous: String, state: inout WorkflowState, decoder: JSONDecoder
    ) -> AuditProblem? {
        guard row.prevHash == previous else { return .prevHashMismatch(expected: previous, found: row.prevHash) }
        let computed = AuditRecord.computeHash(
            prevHash: row.prevHash, seq: row.seq, recordedAt: row.recordedAt, kind: row.kind, actor: row.actor,
            subject: row.subject, payload: row.payload)
        guard computed == row.hash else { return .hashMismatch(computed: computed, stored: row.hash) }
        guard row.kind == AuditKind.workflow else { return nil }
        let event: WorkflowEvent
        do {
            event = try WorkflowLog.decode(row.payload, seq: row.seq, decoder: decoder)
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
