import Foundation
import GRDB

/// Reading and appending audit records inside a database access.
enum AuditLog {
    /// The last record's seq and hash (0 and 64 zeros for an empty log).
    struct Head: Sendable, Hashable {
        let seq: Int64
        let hash: String
    }

    static let columns = "seq, recorded_at, kind, actor, subject, payload, prev_hash, hash, mac"

    static func head(_ db: Database) throws -> Head {
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) else {
            return Head(seq: 0, hash: StoreSchema.genesisHash)
        }
        return Head(seq: try row.decode(forColumn: "seq"), hash: try row.decode(forColumn: "hash"))
    }

    /// Appends a record after `head`, authenticated with `key`, and moves `head` to it.
    static func append(
        _ db: Database, after head: inout Head, kind: String, actor: String, subject: String, payload: String,
        at instant: Date, key: AuditKey
    ) throws -> AuditRecord {
        let seq = head.seq + 1
        let recordedAt = StoreTime.iso(instant)
        let hash = AuditRecord.computeHash(
            prevHash: head.hash, seq: seq, recordedAt: recordedAt, kind: kind, actor: actor, subject: subject,
            payload: payload)
        let mac = key.mac(recordHash: hash)
        try db.cachedStatement(sql: "INSERT INTO audit_log (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [seq, recordedAt, kind, actor, subject, payload, head.hash, hash, mac])
        let record = AuditRecord(
            seq: seq, recordedAt: StoreTime.normalised(instant), kind: kind, actor: actor, subject: subject,
            payload: payload, prevHash: head.hash, hash: hash, mac: mac)
        head = Head(seq: seq, hash: hash)
        return record
    }

    static func records(_ db: Database, from seq: Int64, limit: Int) throws -> [AuditRecord] {
        try Row.fetchAll(
            db, sql: "SELECT \(columns) FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?",
            arguments: [seq, max(0, limit)]
        ).map(record)
    }

    /// The records about `subject`: those filed under it, and for a person key also the records about many people
    /// at once (filed under an empty subject, such as a batch of `account.assigned` or `sync.applied`) whose payload
    /// names it as a JSON string.
    static func records(_ db: Database, subject: String) throws -> [AuditRecord] {
        guard subject.hasPrefix("nip:") || subject.hasPrefix("nik:") else {
            return try Row.fetchAll(
                db, sql: "SELECT \(columns) FROM audit_log WHERE subject = ? ORDER BY seq", arguments: [subject]
            ).map(record)
        }
        return try Row.fetchAll(
            db, sql: """
                SELECT \(columns) FROM audit_log WHERE subject = ?1
                UNION ALL
                SELECT \(columns) FROM audit_log WHERE subject = '' AND instr(payload, '"' || ?1 || '"') > 0
                ORDER BY seq
                """,
            arguments: [subject]
        ).map(record)
    }

    static func record(_ row: Row) throws -> AuditRecord {
        let seq: Int64 = try row.decode(forColumn: "seq")
        let text: String = try row.decode(forColumn: "recorded_at")
        guard let recordedAt = StoreTime.parse(text) else {
            throw StoreError.invalidStoredValue(table: "audit_log", column: "recorded_at of #\(seq)", value: text)
        }
        return AuditRecord(
            seq: seq, recordedAt: recordedAt, kind: try row.decode(forColumn: "kind"),
            actor: try row.decode(forColumn: "actor"), subject: try row.decode(forColumn: "subject"),
            payload: try row.decode(forColumn: "payload"), prevHash: try row.decode(forColumn: "prev_hash"),
            hash: try row.decode(forColumn: "hash"), mac: try row.decode(forColumn: "mac"))
    }
}
