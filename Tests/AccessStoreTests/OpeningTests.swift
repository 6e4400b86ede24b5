import AccessStore
import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

@Suite("Opening and migrations")
struct OpeningTests {
    /// Every migration, in order.
    static let migrations = ["v1", "v2: projection dates"]

    @Test("A fresh file gets every migration, WAL mode and mode 0600")
    func freshFile() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        #expect(store.path == folder.path())
        let raw = try RawDatabase(path: folder.path())
        #expect(try raw.strings("SELECT identifier FROM grdb_migrations ORDER BY rowid") == Self.migrations)
        let tables = try raw.strings("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        for table in ["accounts", "audit_log", "decree_grants", "decrees", "outbox", "request_candidates",
                      "requests", "roster", "roster_conflicts", "projection_dates"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
        let triggers = try raw.strings("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        #expect(triggers.contains("audit_log_no_update") && triggers.contains("audit_log_no_delete"))
        #expect(try raw.strings("PRAGMA journal_mode") == ["wal"])
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path())
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        let head = try store.head()
        #expect(head.seq == 0 && head.hash == String(repeating: "0", count: 64))
    }

    @Test("Reopening keeps the data and does not migrate again")
    func reopen() throws {
        let folder = try TemporaryFolder()
        let first = try folder.store()
        try first.append(kind: "test.note", actor: "tester", subject: "s", payload: ["a": "b"])
        let second = try folder.store()
        #expect(try second.records().count == 1)
        #expect(try RawDatabase(path: folder.path()).int("SELECT COUNT(*) FROM grdb_migrations") == Self.migrations.count)
    }

    @Test("Eight stores opening one new file at the same moment all succeed with one migration")
    func racingOpen() async throws {
        for _ in 0..<5 {
            let folder = try TemporaryFolder()
            let path = folder.path()
            let opened = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 { group.addTask { _ = try AccessStore(path: path); return 1 } }
                return try await group.reduce(0, +)
            }
            #expect(opened == 8)
            #expect(try RawDatabase(path: path).strings("SELECT identifier FROM grdb_migrations ORDER BY rowid") == Self.migrations)
        }
    }

    @Test("A file written by the v1 schema is migrated to v2 on opening, keeping its data")
    func v1FileMigrates() throws {
        let folder = try TemporaryFolder()
        try folder.store().append(kind: "test.note", actor: "tester", subject: "s", payload: ["a": "b"])
        let raw = try RawDatabase(path: folder.path())
        try raw.execute("DROP TABLE projection_dates")
        try raw.execute("DELETE FROM grdb_migrations WHERE identifier <> 'v1'")
        let store = try folder.store()
        #expect(try raw.strings("SELECT identifier FROM grdb_migrations ORDER BY rowid") == Self.migrations)
        #expect(try store.records().count == 1)
        #expect(try raw.int("SELECT COUNT(*) FROM projection_dates") == 0)
    }

    @Test("A missing folder is refused with a sentence naming it")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("nope/hakakses.sqlite").path
        let error = #expect(throws: StoreError.self) { try AccessStore(path: path) }
        guard case .folderMissing(let missing)? = error else {
            Issue.record("expected folderMissing, got \(String(describing: error))")
            return
        }
        #expect(missing == folder.url.appendingPathComponent("nope").path)
        #expect(error?.description.hasPrefix("the folder \(missing) does not exist;") == true)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("The in-memory store works and starts empty")
    func inMemory() throws {
        let store = try AccessStore.inMemory()
        #expect(store.path == nil)
        #expect(try store.records().isEmpty)
        #expect(try store.verify(sop: try Fixtures.sukamara()) == .intact(count: 0, head: String(repeating: "0", count: 64)))
    }
}
