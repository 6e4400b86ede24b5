public import AccessWorkflow
public import Foundation
import GRDB

extension StoreTransaction {
    /// Queues `intents` as caused by the audit record `cause` (append it first in this transaction). An intent for a
    /// person and instant that already has a pending row is merged into that row.
    @discardableResult
    public func enqueue(_ intents: [SyncIntent], cause: Int64, at now: Date = Date()) throws(StoreError)
        -> EnqueueResult
    {
        try run { try Outbox.enqueue(db, intents, cause: cause, at: now) }
    }

    /// Marks a pending row done and appends a `sync.applied` record about its person with `detail` (for example the
    /// directory changes made).
    @discardableResult
    public func completeOutbox<Detail: Encodable>(
        id: Int64, actor: String, detail: Detail, at now: Date = Date()
    ) throws(StoreError) -> AuditRecord {
        let item = try run { try Outbox.pending(db, id: id) }
        try run {
            try db.cachedStatement(sql: "UPDATE outbox SET state = 'done', attempts = attempts + 1, finished_at = ? WHERE id = ?")
                .execute(arguments: [StoreTime.iso(now), id])
        }
        return try append(kind: AuditKind.syncApplied, actor: actor, subject: item.person.description,
                          payload: outcome(item, detail: detail, error: nil, retryAt: nil), at: now)
    }

    /// Records a failed attempt on a pending row, which stays pending and is due again at `retryAt`, and appends a
    /// `sync.failed` record.
    @discardableResult
    public func failOutbox(id: Int64, actor: String, error: String, retryAt: Date, at now: Date = Date())
        throws(StoreError) -> AuditRecord
    {
        let item = try run { try Outbox.pending(db, id: id) }
        try run {
            try db.cachedStatement(sql: "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?")
                .execute(arguments: [error, StoreTime.iso(retryAt), id])
        }
        return try append(kind: AuditKind.syncFailed, actor: actor, subject: item.person.description,
                          payload: outcome(item, detail: String?.none, error: error, retryAt: retryAt), at: now)
    }

    /// Gives up a pending row for good (for example when the directory refuses the change) and appends a
    /// `sync.refused` record.
    @discardableResult
    public func refuseOutbox(id: Int64, actor: String, reason: String, at now: Date = Date()) throws(StoreError)
        -> AuditRecord
    {
        let item = try run { try Outbox.pending(db, id: id) }
        try run {
            try db.execute(
                sql: """
                    UPDATE outbox SET state = 'refused', attempts = attempts + 1, last_error = ?, finished_at = ?
                    WHERE id = ?
                    """,
                arguments: [reason, StoreTime.iso(now), id])
        }
        return try append(kind: AuditKind.syncRefused, actor: actor, subject: item.person.description,
                          payload: outcome(item, detail: String?.none, error: reason, retryAt: nil), at: now)
    }

    func outcome<Detail: Encodable>(_ item: OutboxItem, detail: Detail?, error: String?, retryAt: Date?)
        -> OutboxOutcome<Detail>
    {
        OutboxOutcome(outbox: item.id, person: item.person.description, reason: item.reason,
                      attempt: item.attempts + 1, detail: detail, error: error, retryAt: retryAt.map(StoreTime.iso))
    }
}

extension StoreTransaction {
    /// Marks many pending rows done with one statement and appends one `sync.applied` record for all of them, which
    /// names every row's person with the directory changes made for it (under the person's key as subject when there
    /// is only one row, else under an empty subject; ``AccessStore/records(subject:)`` finds a person in either).
    /// Nil when `completions` is empty. Refused, writing nothing, if a row is unknown or no longer pending.
    @discardableResult
    public func completeOutbox(
        _ completions: [(id: Int64, changes: [String])], actor: String, at now: Date = Date()
    ) throws(StoreError) -> AuditRecord? {
        guard !completions.isEmpty else { return nil }
        if completions.count == 1 {
            return try completeOutbox(id: completions[0].id, actor: actor, detail: ["changes": completions[0].changes],
                                      at: now)
        }
        var idsJSON = JSONText(capacity: completions.count * 8)
        idsJSON.raw("[")
        for (index, completion) in completions.enumerated() {
            if index > 0 { idsJSON.raw(",") }
            idsJSON.number(completion.id)
        }
        idsJSON.raw("]")
        let ids = idsJSON.text
        let rows = try run { () throws -> [Int64: (person: String, reason: String, attempts: Int, state: String)] in
            var rows: [Int64: (person: String, reason: String, attempts: Int, state: String)] = [:]
            rows.reserveCapacity(completions.count)
            let cursor = try Row.fetchCursor(
                db, sql: "SELECT id, person_key, reason, attempts, state FROM outbox WHERE id IN (SELECT value FROM json_each(?))",
                arguments: [ids])
            while let row = try cursor.next() {
                rows[try row.decode(Int64.self, atIndex: 0)] = (
                    try row.decode(String.self, atIndex: 1), try row.decode(String.self, atIndex: 2),
                    try row.decode(Int.self, atIndex: 3), try row.decode(String.self, atIndex: 4))
            }
            return rows
        }
        // {"completed":[{"attempt":1,"detail":{"changes":[…]},"outbox":7,"person":"nip:…","reason":"…"},…]}, by hand.
        var json = JSONText(capacity: completions.count * 160)
        json.raw("{\"completed\":[")
        for (index, completion) in completions.enumerated() {
            guard let row = rows[completion.id] else { throw .unknownOutbox(completion.id) }
            guard row.state == OutboxState.pending.rawValue else { throw .outboxFinished(completion.id, state: row.state) }
            json.raw(index == 0 ? "{\"attempt\":" : ",{\"attempt\":")
            json.number(row.attempts + 1)
            json.raw(",\"detail\":{\"changes\":")
            json.strings(completion.changes)
            json.raw("},\"outbox\":")
            json.number(completion.id)
            json.raw(",\"person\":")
            json.string(row.person)
            json.raw(",\"reason\":")
            json.string(row.reason)
            json.raw("}")
        }
        json.raw("]}")
        let changed = try run { () throws -> Int in
            try db.execute(
                sql: """
                    UPDATE outbox SET state = 'done', attempts = attempts + 1, finished_at = ?
                    WHERE state = 'pending' AND id IN (SELECT value FROM json_each(?))
                    """,
                arguments: [StoreTime.iso(now), ids])
            return db.changesCount
        }
        guard changed == completions.count else {
            throw .aborted("\(completions.count) outbox rows were to be completed, but \(changed) were pending (a row listed twice?)")
        }
        return try append(kind: AuditKind.syncApplied, actor: actor, subject: "", json: json.text, at: now)
    }
}
