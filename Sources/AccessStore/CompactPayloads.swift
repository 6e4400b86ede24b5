import AccessWorkflow
import Foundation
import GRDB

/// Compact re-encodings of large SK records written before SKs were stored compactly (see `GrantRows` in the
/// workflow module: the grants as rows of fields, which decode several times faster than keyed objects).
///
/// Records are never rewritten: their hashes chain the log and the directory's anchor names one. Instead the first
/// process that opens a migrated database (it needs the audit key) writes, for each such record whose hash and
/// authentication code check out, the same event in the compact form into `audit_compact`, with an HMAC under the
/// audit key over the record's hash and the compact payload. Walking the log, the record's own hash and code are
/// still checked on its original payload; the event is then decoded from the compact payload when that carries the
/// key's code for this record, else from the original (a compact payload someone without the key wrote or altered
/// is ignored, never believed). Each translation is checked to decode to exactly the event of the original.
enum CompactPayloads {
    /// The `store_tasks` entry that says translations are due.
    static let task = "compact-payloads"

    static func code(key: AuditKey, recordHash: String, payload: String) -> String {
        key.code(domain: "compact payload v1", fields: [recordHash, payload])
    }

    static func isValid(key: AuditKey, recordHash: String, payload: String, mac: String) -> Bool {
        AuditKey.same(code(key: key, recordHash: recordHash, payload: payload), mac)
    }

    /// Translates every SK record that needs it, if the task is due; the task stays due while a candidate record
    /// does not check out under this key (a log not yet sealed, or a wrong key), so a later open tries again.
    static func translatePending(_ writer: any DatabaseWriter, key: AuditKey) throws(StoreError) {
        do {
            let due = try writer.read { db in
                try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM store_tasks WHERE task = ?)", arguments: [task]) ?? false
            }
            guard due else { return }
            try writer.write { db in
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM store_tasks WHERE task = ?)", arguments: [task]) == true
                else { return }
                if try translate(db, key: key) {
                    try db.execute(sql: "DELETE FROM store_tasks WHERE task = ?", arguments: [task])
                }
            }
        } catch {
            throw StoreError(error)
        }
    }

    /// Writes the missing translations; whether every candidate was translated or needed none.
    static func translate(_ db: Database, key: AuditKey) throws -> Bool {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(AuditLog.columns) FROM audit_log
            WHERE kind = '\(AuditKind.workflow)' AND instr(payload, '"type":"decree') > 0
              AND instr(payload, '"grantRows"') = 0 AND seq NOT IN (SELECT seq FROM audit_compact)
            ORDER BY seq
            """)
        var complete = true
        let decoder = JSONDecoder()
        while let row = try rows.next() {
            let record = try RawAuditRow(row)
            let computed = AuditRecord.computeHash(
                prevHash: record.prevHash, seq: record.seq, recordedAt: record.recordedAt, kind: record.kind,
                actor: record.actor, subject: record.subject, payload: record.payload)
            guard computed == record.hash, let mac = record.mac, key.isValid(mac: mac, recordHash: record.hash) else {
                complete = false
                continue
            }
            guard let event = try? WorkflowLog.decode(record.payload, seq: record.seq, decoder: decoder) else {  // try?: an undecodable event is left as it is; verification names it
                // Not a readable event: verification names it; there is nothing to translate.
                continue
            }
            let compact = try WorkflowLog.encode(event)
            guard compact != record.payload,
                  try WorkflowLog.decode(compact, seq: record.seq, decoder: decoder) == event
            else { continue }
            try db.execute(
                sql: "INSERT INTO audit_compact (seq, payload, mac) VALUES (?, ?, ?)",
                arguments: [record.seq, compact, code(key: key, recordHash: record.hash, payload: compact)])
        }
        return complete
    }
}
