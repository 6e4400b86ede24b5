import AccessStore
import AccessWorkflow
import Foundation
import GRDB
import Testing
import WorkflowFixtures

@Suite("Account usernames")
struct AccountTests {
    let store: AccessStore
    let budi: PersonKey
    let siti: PersonKey

    init() throws {
        store = try AccessStore.inMemory()
        budi = try People.budi().key
        siti = try People.siti().key
    }

    /// Tries `stem`, `stem2`, `stem3`, … and returns the first free name.
    private func numbered(_ stem: String) -> ((String) -> Bool) -> String {
        { isTaken in
            var suffix = 1
            while isTaken(suffix == 1 ? stem : stem + String(suffix)) { suffix += 1 }
            return suffix == 1 ? stem : stem + String(suffix)
        }
    }

    @Test("A username is generated once, recorded with an audit record, and returned unchanged afterwards")
    func stable() throws {
        var calls = 0
        let first = try store.assignUsername(for: budi, actor: "adb.satu") { isTaken in
            calls += 1
            return numbered("budi.santoso")(isTaken)
        }
        let second = try store.assignUsername(for: budi, actor: "adb.satu") { _ in
            calls += 1
            return "something.else"
        }
        #expect(first == UsernameAssignment(username: "budi.santoso", isNew: true))
        #expect(second == UsernameAssignment(username: "budi.santoso", isNew: false))
        #expect(calls == 1)
        #expect(try store.username(for: budi) == "budi.santoso")
        #expect(try store.person(forUsername: "BUDI.SANTOSO") == budi)
        let records = try store.records(subject: budi.description)
        #expect(records.map(\.kind) == ["account.assigned"])
        #expect(records.first?.payload == #"{"username":"budi.santoso"}"#)
    }

    @Test("A second person never gets a taken name (compared without case)")
    func collisionFree() throws {
        try store.assignUsername(for: budi, actor: "adb") { _ in "Budi.Santoso" }
        let other = try store.assignUsername(for: siti, actor: "adb", generate: numbered("budi.santoso"))
        #expect(other.username == "budi.santoso2")
        #expect(try store.allUsernames() == ["Budi.Santoso", "budi.santoso2"])
        #expect(throws: StoreError.usernameTaken("BUDI.SANTOSO", owner: budi)) {
            try store.assignUsername(for: try People.rina().key, actor: "adb") { _ in "BUDI.SANTOSO" }
        }
        #expect(try store.username(for: try People.rina().key) == nil)
        #expect(try store.records().count == 2)
    }

    @Test("A failing generator or an unusable name records nothing")
    func failures() throws {
        struct NoName: Error, CustomStringConvertible { var description: String { "the name has no letters" } }
        #expect(throws: StoreError.usernameGeneration(budi, reason: "the name has no letters")) {
            try store.assignUsername(for: budi, actor: "adb") { _ in throw NoName() }
        }
        #expect(throws: StoreError.invalidUsername("budi santoso")) {
            try store.assignUsername(for: budi, actor: "adb") { _ in "budi santoso" }
        }
        #expect(try store.allUsernames().isEmpty && store.records().isEmpty)
    }

    @Test("Usernames cannot be changed or deleted in the database")
    func permanent() throws {
        let folder = try TemporaryFolder()
        let fileStore = try folder.store()
        try fileStore.assignUsername(for: budi, actor: "adb") { _ in "budi" }
        let raw = try RawDatabase(path: folder.path())
        for sql in ["UPDATE accounts SET person_key = 'nik:6208024507950002'", "DELETE FROM accounts"] {
            let error = #expect(throws: DatabaseError.self) { try raw.execute(sql) }
            #expect(error?.message == "usernames are permanent")
        }
        #expect(try fileStore.person(forUsername: "budi") == budi)
    }
}
