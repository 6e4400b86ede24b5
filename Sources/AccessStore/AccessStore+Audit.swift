public import Foundation
import GRDB

extension AccessStore {
    /// Appends a system record in its own transaction; see ``StoreTransaction/append(kind:actor:subject:payload:at:)``
    /// to append together with other writes.
    @discardableResult
    public func append<Payload: Encodable>(
        kind: String, actor: String, subject: String, payload: Payload, at instant: Date = Date()
    ) throws(StoreError) -> AuditRecord {
        try transaction { tx in try tx.append(kind: kind, actor: actor, subject: subject, payload: payload, at: instant) }
    }

    /// Up to `limit` records starting at `seq`, in order.
    public func records(from seq: Int64 = 1, limit: Int = 1000) throws(StoreError) -> [AuditRecord] {
        try read { db in try AuditLog.records(db, from: seq, limit: limit) }
    }

    /// The records about `subject` (a request id, SK number or person key), oldest first.
    public func records(subject: String) throws(StoreError) -> [AuditRecord] {
        try read { db in try AuditLog.records(db, subject: subject) }
    }

    /// When the newest record was written (nil for an empty log): a lock the directory shows as made later was made
    /// by records this log does not hold.
    public func lastRecordedAt() throws(StoreError) -> Date? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT recorded_at FROM audit_log ORDER BY seq DESC LIMIT 1").flatMap(StoreTime.parse)
        }
    }

    /// The end of the audit log: its last seq and hash.
    public func head() throws(StoreError) -> AuditHead {
        let head = try read { db in try AuditLog.head(db) }
        return AuditHead(seq: head.seq, hash: head.hash)
    }
}

extension AccessStore {
    /// Whether a record with this hash is in the log.
    public func contains(hash: String) throws(StoreError) -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM audit_log WHERE hash = ?)", arguments: [hash]) ?? false }
    }
}

extension AccessStore {
    /// The records of one kind (e.g. `notification.sent`), oldest first.
    public func records(kind: String) throws(StoreError) -> [AuditRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(AuditLog.columns) FROM audit_log WHERE kind = ? ORDER BY seq", arguments: [kind])
                .map(AuditLog.record)
        }
    }
}
