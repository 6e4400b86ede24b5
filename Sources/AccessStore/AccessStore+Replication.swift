public import AccessWorkflow
public import Foundation
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

    public init(seq: Int64, recordedAt: String, kind: String, actor: String, subject: String, payload: String, prevHash: String,
                hash: String, mac: String?) {
        self.seq = seq
        self.recordedAt = recordedAt
        self.kind = kind
        self.actor = actor
        self.subject = subject
        self.payload = payload
        self.prevHash = prevHash
        self.hash = hash
        self.mac = mac
    }

    /// When it was recorded (office time), read from ``recordedAt``.
    public var recordedDate: Date? { StoreTime.parse(recordedAt) }
}

extension AccessStore {
    /// The fingerprint of the audit key this store authenticates records with (never the key).
    public var keyFingerprint: String { key.fingerprint }

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

    /// Checks records received from another copy of this log (a replica following the office server) without
    /// keeping them: each must extend this log's chain, its hash must be its fields' hash, and its code must be made
    /// with this store's audit key.
    public func checkReceived(_ records: [StoredRecord]) throws(StoreError) {
        let key = self.key
        try read { db in try Self.check(records, after: try AuditLog.head(db), key: key) }
    }

    /// Appends records received from another copy of this log, each only if it passes ``checkReceived(_:)``: a copy
    /// that only appends what it can verify. All of them or none.
    public func appendVerified(_ records: [StoredRecord]) throws(StoreError) {
        guard !records.isEmpty else { return }
        let key = self.key
        try writeAll { db in
            try Self.check(records, after: try AuditLog.head(db), key: key)
            let insert = try db.cachedStatement(sql: "INSERT INTO audit_log (\(AuditLog.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            for record in records {
                try insert.execute(arguments: [record.seq, record.recordedAt, record.kind, record.actor, record.subject,
                                               record.payload, record.prevHash, record.hash, record.mac])
            }
        }
    }

    private static func check(_ records: [StoredRecord], after start: AuditLog.Head, key: AuditKey) throws(StoreError) {
        var head = start
        for record in records {
            guard record.seq == head.seq + 1, record.prevHash == head.hash else {
                throw .replicationGap(expected: head.seq + 1, got: record.seq)
            }
            let hash = AuditRecord.computeHash(
                prevHash: record.prevHash, seq: record.seq, recordedAt: record.recordedAt, kind: record.kind,
                actor: record.actor, subject: record.subject, payload: record.payload)
            guard hash == record.hash, let mac = record.mac, key.isValid(mac: mac, recordHash: hash) else {
                throw .replicationUnauthentic(seq: record.seq)
            }
            head = AuditLog.Head(seq: record.seq, hash: hash)
        }
    }

    /// Queues again the directory synchronisations the log's workflow records call for, in a database put together
    /// from a log alone (a replica's: its outbox was not copied): those still to come as the records scheduled them
    /// (an SK taking effect or ending later), and one now for every other person the log ever synchronised, so that
    /// whatever was pending when the server was lost is done (each synchronisation brings an entry to the roster as
    /// it is, so doing one twice changes nothing). How many were queued.
    @discardableResult
    public func rebuildOutbox(sop: SOPDefinition, catalogue: RoleCatalogue = .standard, now: Date) throws(StoreError) -> Int {
        let key = self.key
        return try writeAll { db in
            var events: [(Int64, WorkflowEvent)] = []
            let state = try WorkflowLog.replay(db, key: key, sop: sop, catalogue: catalogue) { events.append(($0, $1)) }
            var past: [PersonKey: (seq: Int64, reason: String)] = [:]
            var queued = 0
            for (seq, event) in events {
                for intent in SyncIntent.derive(from: [event], after: state) {
                    if intent.notBefore > now {
                        queued += try Outbox.enqueue(db, [intent], cause: seq, at: now).inserted
                    } else {
                        past[intent.person] = (seq, intent.reason)
                    }
                }
            }
            for (person, last) in past.sorted(by: { $0.key.description < $1.key.description }) {
                let intent = SyncIntent(person: person, notBefore: now, reason: "restored from a replica (last: \(last.reason))")
                queued += try Outbox.enqueue(db, [intent], cause: last.seq, at: now).inserted
            }
            return queued
        }
    }

    /// A new database at `target` holding only the records of the log at `source`, each verified as it is
    /// appended (chain, hash, code), in pieces of `batch`: the tables beside the log are left empty, to be rebuilt
    /// from it. For a log whose file nothing authenticates but its records (a replica's).
    public static func rebuild(from source: AccessStore, at target: String, key: AuditKey, batch: Int = 5_000) throws(StoreError)
        -> AccessStore
    {
        guard !FileManager.default.fileExists(atPath: target) else {
            throw .cannotOpen(path: target, reason: "it exists already; a copy never overwrites a file")
        }
        let built = try AccessStore(path: target, key: key)
        var after: Int64 = 0
        while true {
            let records = try source.storedRecords(after: after, limit: batch)
            guard let last = records.last else { break }
            try built.appendVerified(records)
            after = last.seq
        }
        return built
    }

    /// A consistent copy at `target` of the database at `source` while another process may be writing it (a replica
    /// that keeps following): SQLite's online backup from a read-only connection, the write-ahead log's records
    /// included. `target` must not exist yet.
    public static func snapshot(of source: String, to target: String) throws(StoreError) {
        guard !FileManager.default.fileExists(atPath: target) else {
            throw .cannotOpen(path: target, reason: "it exists already; a copy never overwrites a file")
        }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(10)
            let from = try DatabaseQueue(path: source, configuration: configuration)
            let to = try DatabaseQueue(path: target)
            try from.backup(to: to)
            try to.close()
            try from.close()
        } catch {
            throw .cannotOpen(path: source, reason: StoreError.sentenceFragment(error))
        }
    }

    /// Fills the accounts table from the `account.assigned` and `account.withdrawn` records, in the log's order (a
    /// log received by a replica has the records but not the table); keeps what is there. How many were added.
    @discardableResult
    public func rebuildAccounts() throws(StoreError) -> Int {
        let records = (try records(kind: AuditKind.accountAssigned) + records(kind: AuditKind.accountWithdrawn)).sorted { $0.seq < $1.seq }
        return try writeAll { db in
            var added = 0
            let insert = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO accounts (person_key, username, created_at, cause_seq) VALUES (?, ?, ?, ?)
                """)
            let withdraw = try db.cachedStatement(sql: "DELETE FROM accounts WHERE person_key = ? AND username = ?")
            for record in records {
                if record.kind == AuditKind.accountWithdrawn {
                    let payload = try JSONDecoder().decode(Assignments.self, from: Data(record.payload.utf8))
                    if let name = payload.username {
                        try withdraw.execute(arguments: [record.subject, name])
                        added -= db.changesCount
                    }
                    continue
                }
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
    /// write-ahead log included), taken while others keep writing. The file must not exist yet. The copy is one
    /// self-contained file in rollback-journal mode, so that it can be read without writing anything beside it
    /// (``init(readingOnly:key:)``); the store that opens it again switches it back to write-ahead logging.
    public func backup(to path: String) throws(StoreError) {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw .cannotOpen(path: path, reason: "it exists already; a backup never overwrites a file")
        }
        do {
            let destination = try DatabaseQueue(path: path)
            try writer.backup(to: destination)
            try destination.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
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
