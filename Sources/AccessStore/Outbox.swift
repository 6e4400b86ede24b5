import AccessWorkflow
import Foundation
import GRDB

/// The outbox table inside a database access.
enum Outbox {
    /// Queues `intents` as caused by audit record `cause`. An intent for a person and instant that already has a
    /// pending row is merged into it: its reason is appended (up to a bounded length), nothing else changes.
    @discardableResult
    static func enqueue(_ db: Database, _ intents: [SyncIntent], cause: Int64, at now: Date) throws -> EnqueueResult {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO outbox (person_key, cause_seq, reason, not_before, next_attempt_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (person_key, not_before) WHERE state = 'pending' DO NOTHING
            """)
        let merge = try db.cachedStatement(sql: """
            UPDATE outbox SET reason = reason || '; ' || :reason
            WHERE person_key = :person AND not_before = :notBefore AND state = 'pending'
              AND instr(reason, :reason) = 0 AND length(reason) < 2000
            """)
        var inserted = 0
        let created = StoreTime.iso(now)
        for intent in intents {
            let notBefore = StoreTime.iso(intent.notBefore)
            let person = intent.person.description
            try insert.execute(arguments: [person, cause, intent.reason, notBefore, notBefore, created])
            if db.changesCount > 0 {
                inserted += 1
            } else {
                try merge.execute(arguments: ["reason": intent.reason, "person": person, "notBefore": notBefore])
            }
        }
        return EnqueueResult(inserted: inserted, merged: intents.count - inserted)
    }

    static func due(_ db: Database, now: Date, limit: Int) throws -> [OutboxItem] {
        try Row.fetchAll(
            db, sql: """
                SELECT * FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?
                ORDER BY next_attempt_at, id LIMIT ?
                """,
            arguments: [StoreTime.iso(now), max(0, limit)]
        ).map(item)
    }

    /// How many rows wait, and when the oldest of them was queued.
    static func backlog(_ db: Database) throws -> (pending: Int, oldest: Date?) {
        let row = try Row.fetchOne(db, sql: "SELECT count(*) AS n, min(created_at) AS oldest FROM outbox WHERE state = 'pending'")
        let pending: Int = row?["n"] ?? 0
        let oldest: String? = row?["oldest"]
        return (pending, oldest.flatMap(StoreTime.parse))
    }

    static func items(_ db: Database, person: PersonKey) throws -> [OutboxItem] {
        try Row.fetchAll(db, sql: "SELECT * FROM outbox WHERE person_key = ? ORDER BY id",
                         arguments: [person.description]).map(item)
    }

    /// The row, which must still be pending.
    static func pending(_ db: Database, id: Int64) throws -> OutboxItem {
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM outbox WHERE id = ?"), arguments: [id]) else {
            throw StoreError.unknownOutbox(id)
        }
        let item = try item(row)
        guard item.state == .pending else { throw StoreError.outboxFinished(id, state: item.state.rawValue) }
        return item
    }

    static func item(_ row: Row) throws -> OutboxItem {
        let id: Int64 = try row.decode(forColumn: "id")
        func instant(_ column: String) throws -> Date? {
            guard let text = try row.decode(String?.self, forColumn: column) else { return nil }
            guard let date = StoreTime.parse(text) else {
                throw StoreError.invalidStoredValue(table: "outbox", column: "\(column) of row \(id)", value: text)
            }
            return date
        }
        func required(_ column: String) throws -> Date {
            guard let date = try instant(column) else {
                throw StoreError.invalidStoredValue(table: "outbox", column: "\(column) of row \(id)", value: "NULL")
            }
            return date
        }
        let keyText: String = try row.decode(forColumn: "person_key")
        let stateText: String = try row.decode(forColumn: "state")
        guard let person = try? PersonKey(keyText) else {  // try?: the guard throws the store's own error naming the row and value
            throw StoreError.invalidStoredValue(table: "outbox", column: "person_key of row \(id)", value: keyText)
        }
        guard let state = OutboxState(rawValue: stateText) else {
            throw StoreError.invalidStoredValue(table: "outbox", column: "state of row \(id)", value: stateText)
        }
        return OutboxItem(
            id: id, person: person, causeSeq: try row.decode(forColumn: "cause_seq"),
            reason: try row.decode(forColumn: "reason"), notBefore: try required("not_before"), state: state,
            attempts: try row.decode(forColumn: "attempts"), nextAttemptAt: try required("next_attempt_at"),
            lastError: try row.decode(forColumn: "last_error"), createdAt: try required("created_at"),
            finishedAt: try instant("finished_at"))
    }
}

/// The payload of the audit record written when an outbox row is finished or fails.
struct OutboxOutcome<Detail: Encodable>: Encodable {
    let outbox: Int64
    let person: String
    let reason: String
    let attempt: Int
    let detail: Detail?
    let error: String?
    let retryAt: String?
}
