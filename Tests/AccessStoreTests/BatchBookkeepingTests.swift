import AccessStore
import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

/// Provisioning many people records one audit record per batch, not one per person, and still names everyone.
@Suite("Usernames and outbox completions in batches")
struct BatchBookkeepingTests {
    let store: AccessStore
    let people: [PersonKey]
    let now = Fixtures.wib("2025-02-03 08:00")

    init() throws {
        store = try AccessStore.inMemory()
        people = [try People.budi().key, try People.siti().key, try People.rina().key]
    }

    @Test("Usernames for several people: existing ones kept, new ones free of every taken name, one record naming each person")
    func usernames() throws {
        try store.assignUsername(for: people[0], actor: "adb") { _ in "budi.santoso" }
        try store.assignUsername(for: try People.ahmad().key, actor: "adb") { _ in "Rina" }
        let before = try store.head().seq
        var asked: [PersonKey] = []
        let result = try store.transaction { tx in
            try tx.assignUsernames(for: people, actor: "hak-akses-bridge", at: now) { person, isTaken in
                asked.append(person)
                // Both want "rina"; the first taken check sees Ahmad's "Rina", the second sees the first's name.
                var name = "rina", suffix = 1
                while isTaken(name) { suffix += 1; name = "rina\(suffix)" }
                return name
            }
        }
        #expect(asked == [people[1], people[2]])
        #expect(result[people[0]] == UsernameAssignment(username: "budi.santoso", isNew: false))
        #expect(result[people[1]] == UsernameAssignment(username: "rina2", isNew: true))
        #expect(result[people[2]] == UsernameAssignment(username: "rina3", isNew: true))
        #expect(try store.username(for: people[2]) == "rina3")
        #expect(try store.person(forUsername: "RINA2") == people[1])
        let records = try store.records(from: before + 1)
        #expect(records.count == 1 && records[0].kind == "account.assigned" && records[0].subject == "")
        #expect(records[0].payload == #"{"assignments":[{"person":"\#(people[1])","username":"rina2"},{"person":"\#(people[2])","username":"rina3"}]}"#)
        struct Assignment: Encodable { let person: String; let username: String }
        struct Assignments: Encodable { let assignments: [Assignment] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let reference = Assignments(assignments: [Assignment(person: people[1].description, username: "rina2"),
                                                  Assignment(person: people[2].description, username: "rina3")])
        #expect(records[0].payload == String(decoding: try encoder.encode(reference), as: UTF8.self))
        // Each person's trail still shows the record that named them.
        #expect(try store.records(subject: people[1].description).map(\.seq) == [records[0].seq])
        #expect(try store.records(subject: people[2].description).map(\.seq) == [records[0].seq])
        #expect(try store.records(subject: people[0].description).map(\.kind) == ["account.assigned"])
        // Nothing new: no record.
        try store.transaction { tx in _ = try tx.assignUsernames(for: people, actor: "b", at: now) { _, _ in "x" } }
        #expect(try store.head().seq == records[0].seq)
    }

    @Test("A generated name that is taken is refused and nothing is recorded")
    func takenRefused() throws {
        try store.assignUsername(for: people[0], actor: "adb") { _ in "budi" }
        let head = try store.head()
        #expect(throws: StoreError.self) {
            try store.transaction { tx in _ = try tx.assignUsernames(for: [people[1], people[2]], actor: "b", at: now) { _, _ in "BUDI" } }
        }
        #expect(try store.head() == head)
        #expect(try store.username(for: people[1]) == nil)
    }

    @Test("Many outbox rows completed at once: one sync.applied record naming every row and person; finished rows refused")
    func completions() throws {
        try store.enqueue(people.map { SyncIntent(person: $0, notBefore: now, reason: "SK 800/9") }, actor: "reconciler", note: "")
        let due = try store.dueOutbox(now: now)
        #expect(due.count == 3)
        let record = try store.transaction { tx in
            try tx.completeOutbox(due.map { (id: $0.id, changes: ["missing: \($0.person) \"quoted\" \\ back\tslash"]) }, actor: "bridge", at: now)
        }
        let applied = try #require(record)
        #expect(applied.kind == "sync.applied" && applied.subject == "")
        // Written by hand, it is the JSON Foundation's encoder would write (keys sorted, same escapes).
        struct Detail: Encodable { let changes: [String] }
        struct Outcome: Encodable { let attempt: Int; let detail: Detail; let outbox: Int64; let person: String; let reason: String }
        struct Completed: Encodable { let completed: [Outcome] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = Completed(completed: due.map {
            Outcome(attempt: 1, detail: Detail(changes: ["missing: \($0.person) \"quoted\" \\ back\tslash"]), outbox: $0.id,
                    person: $0.person.description, reason: "SK 800/9")
        })
        #expect(applied.payload == String(decoding: try encoder.encode(expected), as: UTF8.self))
        for row in due {
            #expect(applied.payload.contains(#""person":"\#(row.person)""#))
            #expect(try store.outbox(person: row.person).first?.state == .done)
            #expect(try store.records(subject: row.person.description).map(\.kind).contains("sync.applied"))
        }
        #expect(try store.dueOutbox(now: .distantFuture).isEmpty)
        let head = try store.head()
        #expect(throws: StoreError.outboxFinished(due[0].id, state: "done")) {
            try store.transaction { tx in try tx.completeOutbox([(id: due[0].id, changes: ["again"]), (id: 999, changes: ["x"])], actor: "b", at: now) }
        }
        #expect(throws: StoreError.unknownOutbox(999)) {
            try store.transaction { tx in try tx.completeOutbox([(id: 999, changes: ["x"]), (id: 998, changes: ["y"])], actor: "b", at: now) }
        }
        #expect(try store.head() == head)
    }
}
