public import AccessWorkflow
public import Foundation
import GRDB

/// The username a person has, and whether it was assigned just now.
public struct UsernameAssignment: Sendable, Hashable {
    /// The username.
    public let username: String
    /// True if it was generated and recorded by this call.
    public let isNew: Bool

    /// Creates an assignment.
    public init(username: String, isNew: Bool) {
        self.username = username
        self.isNew = isNew
    }
}

extension StoreTransaction {
    /// The person's username, if one was assigned.
    public func username(for person: PersonKey) throws(StoreError) -> String? {
        try run {
            try String.fetchOne(try db.cachedStatement(sql: "SELECT username FROM accounts WHERE person_key = ?"),
                                arguments: [person.description])
        }
    }

    /// The person's existing username, or a new one from `generate` recorded with an `account.assigned` audit
    /// record. `generate` receives `isTaken`, which says whether a name (compared without case) already belongs to
    /// anyone; it may consult other sources too (such as the directory). Usernames are never reused.
    @discardableResult
    public func assignUsername(
        for person: PersonKey, actor: String, at now: Date = Date(),
        generate: (_ isTaken: (String) -> Bool) throws -> String
    ) throws(StoreError) -> UsernameAssignment {
        if let existing = try username(for: person) { return UsernameAssignment(username: existing, isNew: false) }
        var lookupFailure: StoreError?
        let isTaken: (String) -> Bool = { name in
            do throws(StoreError) {
                return try owner(of: name) != nil
            } catch {
                lookupFailure = error
                return true
            }
        }
        let username: String
        do {
            username = try generate(isTaken)
        } catch {
            throw lookupFailure ?? .usernameGeneration(person, reason: StoreError.sentenceFragment(error))
        }
        if let lookupFailure { throw lookupFailure }
        guard !username.isEmpty, username.utf8.count <= 256,
              !username.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control })
        else { throw .invalidUsername(username) }
        if let owner = try owner(of: username) { throw .usernameTaken(username, owner: owner) }
        let record = try append(kind: AuditKind.accountAssigned, actor: actor, subject: person.description,
                                payload: ["username": username], at: now)
        try run {
            try db.cachedStatement(sql: "INSERT INTO accounts (person_key, username, created_at, cause_seq) VALUES (?, ?, ?, ?)")
                .execute(arguments: [person.description, username, StoreTime.iso(now), record.seq])
        }
        return UsernameAssignment(username: username, isNew: true)
    }

    /// Gives up the person's username `username`, which the directory refused because another office holds it (a
    /// national directory's unique overlay), with an `account.withdrawn` record; the next assignment gives a new one.
    /// Does nothing when the person holds another username by now. Returns the record, nil when nothing was done.
    @discardableResult
    public func withdrawUsername(_ username: String, of person: PersonKey, reason: String, actor: String, at now: Date = Date())
        throws(StoreError) -> AuditRecord? {
        guard let held = try self.username(for: person), held.caseInsensitiveCompare(username) == .orderedSame else { return nil }
        let record = try append(kind: AuditKind.accountWithdrawn, actor: actor, subject: person.description,
                                payload: ["username": held, "reason": reason], at: now)
        try run {
            try db.cachedStatement(sql: "DELETE FROM accounts WHERE person_key = ?").execute(arguments: [person.description])
        }
        return record
    }

    /// The person holding `username` (compared without case).
    func owner(of username: String) throws(StoreError) -> PersonKey? {
        guard let text = try run({
            try String.fetchOne(try db.cachedStatement(sql: "SELECT person_key FROM accounts WHERE username = ?"), arguments: [username])
        }) else { return nil }
        do {
            return try PersonKey(text)
        } catch {
            throw .invalidStoredValue(table: "accounts", column: "person_key", value: text)
        }
    }
}
