import Foundation
import GRDB

extension AccessStore {
    /// The system records of one kind (e.g. `document.generated`), oldest first, each checked on its own: its fields
    /// hash to its stored hash and it carries the audit key's authentication code. The first record that fails is
    /// reported as ``StoreError/auditBroken(_:)`` (``AccessStore/verify(sop:catalogue:)`` checks the chain as a
    /// whole). Records written before audit keys, not yet sealed, are refused the same way.
    public func authenticatedRecords(kind: String) throws(StoreError) -> [AuditRecord] {
        let key = self.key
        let found: (records: [AuditRecord], broken: AuditBreak?) = try read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT seq, recorded_at, kind, actor, subject, payload, prev_hash, hash, mac FROM audit_log WHERE kind = ? ORDER BY seq",
                arguments: [kind])
            var records: [AuditRecord] = []
            for row in rows {
                let seq: Int64 = try row.decode(forColumn: "seq")
                let recordedAt: String = try row.decode(forColumn: "recorded_at")
                let record = try AuditLog.record(row)
                let computed = AuditRecord.computeHash(
                    prevHash: record.prevHash, seq: seq, recordedAt: recordedAt, kind: record.kind, actor: record.actor,
                    subject: record.subject, payload: record.payload)
                guard computed == record.hash else {
                    return ([], AuditBreak(seq: seq, problem: .hashMismatch(computed: computed, stored: record.hash)))
                }
                guard let mac = record.mac else {
                    return ([], AuditBreak(seq: seq, problem: .unauthenticated(afterAuthenticated: true)))
                }
                guard key.isValid(mac: mac, recordHash: record.hash) else {
                    return ([], AuditBreak(seq: seq, problem: .macMismatch(firstRecord: seq == 1, keyFingerprint: key.fingerprint)))
                }
                records.append(record)
            }
            return (records, nil)
        }
        if let broken = found.broken { throw .auditBroken(broken) }
        return found.records
    }
}
