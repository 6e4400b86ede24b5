public import AccessWorkflow
public import Foundation
import GRDB

extension AccessStore {
    /// The person's username, if one was assigned.
    public func username(for person: PersonKey) throws(StoreError) -> String? {
        try transactionFreeRead { tx in try tx.username(for: person) }
    }

    /// The person holding `username` (compared without case).
    public func person(forUsername username: String) throws(StoreError) -> PersonKey? {
        try transactionFreeRead { tx in try tx.owner(of: username) }
    }

    /// Every assignment: person key (its description) → username.
    public func accounts() throws(StoreError) -> [String: String] {
        try read { db in
            var result: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT person_key, username FROM accounts")
            while let row = try rows.next() { result[try row.decode(String.self, atIndex: 0)] = try row.decode(String.self, atIndex: 1) }
            return result
        }
    }

    /// Every assigned username, sorted.
    public func allUsernames() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT username FROM accounts ORDER BY username") }
    }

    /// See ``StoreTransaction/assignUsername(for:actor:at:generate:)``; runs in its own transaction, so two processes
    /// never give one person two usernames or one username to two people.
    @discardableResult
    public func assignUsername(
        for person: PersonKey, actor: String, at now: Date = Date(),
        generate: (_ isTaken: (String) -> Bool) throws -> String
    ) throws(StoreError) -> UsernameAssignment {
        try transaction { tx in try tx.assignUsername(for: person, actor: actor, at: now, generate: generate) }
    }

    /// Runs a read-only body through the transaction type's helpers on a snapshot.
    private func transactionFreeRead<T>(_ body: (StoreTransaction) throws -> T) throws(StoreError) -> T {
        try read { db in try body(StoreTransaction(db: db, key: key)) }
    }
}
