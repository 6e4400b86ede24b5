import Foundation
import GRDB

/// An audit record exactly as stored — every field as text, its code included — as a replica receives it.
public struct StoredRecord: Codable, Sendable, Hashable {
    public let seq: Int64
    /// As stored ("2025-01-09T01:30:00.000Z"): the hash covers this text.
    public let recordedAt: String
    public let kind: String
    public let actor: String
    public let subject: String
    public let payload: String
    public let prevHash: String
    public let hash: String
    public let mac: String?
}

extension AccessStore {
    /// Up to `limit` records after `seq`, exactly as stored.
    public func storedRecords(after seq: Int64, limit: Int) throws(StoreError) -> [StoredRecord] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(AuditLog.columns) FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
                arguments: [seq, max(0, limit)]
            ).map { row in
                StoredRecord(
                    seq: row["seq"], recordedAt: row["recorded_at"], kind: row["kind"], actor: row["actor"],
                    subject: row["subject"], payload: row["payload"], prevHash: row["prev_hash"], hash: row["hash"],
                    mac: row["mac"])
            }
        }
    }

    /// Appends records received from another copy of this log (a replica following the office server), each only if
    /// it extends this log's chain, its hash is its fields' hash, and its code was made with this store's audit key:
    /// a copy that only appends what it can verify. All of them or none.
    public func appendVerified(_ records: [StoredRecord]) throws(StoreError) {
        guard !records.isEmpty else { return }
        let key = self.key
        try writeAll { db in
            var head = try AuditLog.head(db)
            for record in records {
                guard record.seq == head.seq + 1, record.prevHash == head.hash else {
                    throw StoreError.replicationGap(expected: head.seq + 1, got: record.seq)
                }
                let hash = AuditRecord.computeHash(
                    prevHash: record.prevHash, seq: record.seq, recordedAt: record.recordedAt, kind: record.kind,
                    actor: record.actor, subject: record.subject, payload: record.payload)
                guard hash == record.hash, let mac = record.mac, key.isValid(mac: mac, recordHash: hash) else {
                    throw StoreError.replicationUnauthentic(seq: record.seq)
                }
                try db.cachedStatement(sql: "INSERT INTO audit_log (\(AuditLog.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .execute(arguments: [record.seq, record.recordedAt, record.kind, record.actor, record.subject,
                                         record.payload, record.prevHash, record.hash, mac])
                head = AuditLog.Head(seq: record.seq, hash: hash)
            }
        }
    }

    /// Fills the accounts table from the `account.assigned` records (a log received by a replica has the records
    /// but not the table); keeps what is there. How many were added.
    @discardableResult
    public func rebuildAccounts() throws(StoreError) -> Int {
        let records = try records(kind: AuditKind.accountAssigned)
        return try writeAll { db in
            var added = 0
            let insert = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO accounts (person_key, username, created_at, cause_seq) VALUES (?, ?, ?, ?)
                """)
            for record in records {
                // One person ({"username": …}, under the person's key) or many ({"assignments": [{person, username}]}).
                let payload = try JSONDecoder().decode(Assignments.self, from: Data(record.payload.utf8))
                var pairs = (payload.assignments ?? []).map { ($0.person, $0.username) }
                if let name = payload.username { pairs.append((record.subject, name)) }
                for (person, username) in pairs {
                    try insert.execute(arguments: [person, username, StoreTime.iso(record.recordedAt), record.seq])
                    added += db.changesCount
                }
            }
            return added
        }
    }

    private struct Assignments: Decodable {
        struct Item: Decodable {
            let person: String
            let username: String
        }
        let username: String?
        let assignments: [Item]?
    }

    /// A consistent copy of the whole database at `path` (SQLite's online backup: the records still in the
    /// write-ahead log included), taken while others keep writing. The file must not exist yet.
    public func backup(to path: String) throws(StoreError) {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw .cannotOpen(path: path, reason: "it exists already; a backup never overwrites a file")
        }
        do {
            let destination = try DatabaseQueue(path: path)
            try writer.backup(to: destination)
            try destination.close()
        } catch {
            throw .cannotOpen(path: path, reason: StoreError.sentenceFragment(error))
        }
    }
}

extension AccessStore {
    /// Runs `body` in one write transaction, turning its errors into ``StoreError``.
    func writeAll<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error)
        }
    }
}
