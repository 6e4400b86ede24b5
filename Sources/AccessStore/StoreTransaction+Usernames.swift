public import AccessWorkflow
public import Foundation
import GRDB

extension StoreTransaction {
    /// Usernames for many people at once: each person's existing username, or a new one from `generate`, all new
    /// ones recorded with one `account.assigned` audit record that names every person and username (under the
    /// person's key as subject when there is only one, else under an empty subject; ``AccessStore/records(subject:)``
    /// finds a person in either) and inserted with one statement. `generate` receives the person and `isTaken`,
    /// which says whether a name (compared without case) already belongs to anyone, including the names given
    /// earlier in this call; it may consult other sources too. Usernames are never reused.
    public func assignUsernames(
        for people: [PersonKey], actor: String, at now: Date = Date(),
        generate: (_ person: PersonKey, _ isTaken: (String) -> Bool) throws -> String
    ) throws(StoreError) -> [PersonKey: UsernameAssignment] {
        var byPerson: [String: String] = [:]
        var taken = Set<String>()
        try run {
            let rows = try Row.fetchCursor(db, sql: "SELECT person_key, username FROM accounts")
            while let row = try rows.next() {
                let username = try row.decode(String.self, atIndex: 1)
                byPerson[try row.decode(String.self, atIndex: 0)] = username
                taken.insert(username.lowercased())
            }
        }
        var result: [PersonKey: UsernameAssignment] = [:]
        var assigned: [UsernameAssigned] = []
        for person in people where result[person] == nil {
            if let existing = byPerson[person.description] {
                result[person] = UsernameAssignment(username: existing, isNew: false)
                continue
            }
            let username: String
            do {
                username = try generate(person) { taken.contains($0.lowercased()) }
            } catch {
                throw .usernameGeneration(person, reason: StoreError.sentenceFragment(error))
            }
            guard !username.isEmpty, username.utf8.count <= 256,
                  !username.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control })
            else { throw .invalidUsername(username) }
            guard taken.insert(username.lowercased()).inserted else {
                throw .usernameTaken(username, owner: try owner(of: username) ?? person)
            }
            result[person] = UsernameAssignment(username: username, isNew: true)
            assigned.append(UsernameAssigned(person: person.description, username: username))
        }
        guard !assigned.isEmpty else { return result }
        let record: AuditRecord
        if assigned.count == 1 {
            record = try append(kind: AuditKind.accountAssigned, actor: actor, subject: assigned[0].person,
                                payload: ["username": assigned[0].username], at: now)
        } else {
            // {"assignments":[{"person":"nip:…","username":"…"},…]}, written by hand (thousands of people).
            var json = JSONText(capacity: assigned.count * 64)
            json.raw("{\"assignments\":[")
            for (index, item) in assigned.enumerated() {
                json.raw(index == 0 ? "{\"person\":" : ",{\"person\":")
                json.string(item.person)
                json.raw(",\"username\":")
                json.string(item.username)
                json.raw("}")
            }
            json.raw("]}")
            record = try append(kind: AuditKind.accountAssigned, actor: actor, subject: "", json: json.text, at: now)
        }
        var rowsJSON = JSONText(capacity: assigned.count * 48)
        rowsJSON.raw("[")
        for (index, item) in assigned.enumerated() {
            if index > 0 { rowsJSON.raw(",") }
            rowsJSON.strings([item.person, item.username])
        }
        rowsJSON.raw("]")
        let rows = rowsJSON.text
        try run {
            try db.execute(
                sql: """
                    INSERT INTO accounts (person_key, username, created_at, cause_seq)
                    SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), ?, ? FROM json_each(?)
                    """,
                arguments: [StoreTime.iso(now), record.seq, rows])
        }
        return result
    }
}

/// One person and the username given to them, in an `account.assigned` record.
struct UsernameAssigned {
    let person: String
    let username: String
}
