public import AccessWorkflow
public import Foundation

extension AccessStore {
    /// The person's username, if one was assigned.
    public func username(for person: PersonKey) throws(StoreError) -> String? {
        try transactionFreeRead { tx in try tx.username(for: person) }
    }

    /// The person holding `username` (compared without case).
    public func person(forUsername username: String) throws(StoreError) -> PersonKey? {
        try transactionFreeRead { tx in try tx.owner(of: username) }
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
