import AccessStore
import AccessWorkflow
import Foundation
import GRDB
import Testing
import WorkflowFixtures

@Suite("Opening and migrations")
struct OpeningTests {
    /// Every migration, in order.
    static let migrations = ["v1", "v2: projection dates", "v3: audit authentication codes",
                             "v4: checkpoints and compact payloads", "v5: day rosters",
                             "v6: withdrawn usernames"]

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

    @Test("A copy opened for reading only is verified and read without a byte written into it or beside it; a write is refused")
    func readingOnly() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        for index in 0..<5 { try store.append(kind: "test.note", actor: "tester", subject: "s\(index)", payload: ["a": "b"]) }
        let copy = folder.path("copy.sqlite")
        try store.backup(to: copy)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        let reader = try AccessStore(readingOnly: copy, key: try folder.key())
        guard case .intact(let count, let head) = try reader.verify(sop: try Fixtures.sukamara()) else {
            Issue.record("the copy's log is not intact")
            return
        }
        let storeHead = try store.head()
        #expect(count == 5 && head == storeHead.hash)
        #expect(try reader.head().seq == 5)
        #expect(throws: StoreError.self) { try reader.append(kind: "test.note", actor: "tester", subject: "x", payload: ["a": "b"]) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == names, "no -wal, -shm or journal beside it")
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
            let key = try folder.key()
            let opened = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 { group.addTask { _ = try AccessStore(path: path, key: key); return 1 } }
                return try await group.reduce(0, +)
            }
            #expect(opened == 8)
            #expect(try RawDatabase(path: path).strings("SELECT identifier FROM grdb_migrations ORDER BY rowid") == Self.migrations)
        }
    }

    @Test("A file written by the v1 schema (no audit key) is migrated on opening, reported unsealed, and sealed once")
    func v1FileMigratesAndIsSealed() throws {
        let folder = try TemporaryFolder()
        try folder.store().append(kind: "test.note", actor: "tester", subject: "s", payload: ["a": "b"])
        try folder.store().append(kind: "test.note", actor: "tester", subject: "s", payload: ["c": "d"])
        let raw = try RawDatabase(path: folder.path())
        // Back to the v1 file an older version wrote: no projection_dates, no authentication codes, v1 triggers,
        // no checkpoints.
        try raw.execute("DROP TABLE projection_dates")
        for table in ["checkpoints", "audit_compact", "store_tasks", "day_rosters"] { try raw.execute("DROP TABLE \(table)") }
        for index in ["outbox_by_cause", "accounts_by_cause"] { try raw.execute("DROP INDEX \(index)") }
        try raw.execute("DROP TRIGGER audit_log_no_update")
        try raw.execute("DROP TRIGGER audit_log_extends_chain")
        try raw.execute("ALTER TABLE audit_log DROP COLUMN mac")
        try raw.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END")
        try raw.execute("""
            CREATE TRIGGER audit_log_extends_chain BEFORE INSERT ON audit_log
            WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_log)
            BEGIN SELECT RAISE(ABORT, 'audit log records must extend the hash chain'); END
            """)
        try raw.execute("DROP TRIGGER accounts_delete_only_withdrawn")
        try raw.execute("CREATE TRIGGER accounts_no_delete BEFORE DELETE ON accounts BEGIN SELECT RAISE(ABORT, 'usernames are permanent'); END")
        try raw.execute("DELETE FROM grdb_migrations WHERE identifier <> 'v1'")
        let store = try folder.store()
        #expect(try raw.strings("SELECT identifier FROM grdb_migrations ORDER BY rowid") == Self.migrations)
        #expect(try store.records().count == 2)
        #expect(try store.records().allSatisfy { $0.mac == nil })
        #expect(try raw.int("SELECT COUNT(*) FROM projection_dates") == 0)

        let sop = try Fixtures.sukamara()
        let before = try store.verify(sop: sop)
        #expect(before == .broken(AuditBreak(seq: 1, problem: .unauthenticated(afterAuthenticated: false))))
        #expect(before.description.contains("hakakses audit seal"))

        let report = try store.seal(sop: sop, actor: "host:hakakses", note: "checked against the printed head", at: Date())
        #expect(report.sealed == 2)
        #expect(report.record.kind == "audit.sealed")
        #expect(report.record.payload.contains(#""sealedThrough":2"#))
        #expect(try store.verify(sop: sop) == .intact(count: 3, head: report.record.hash))
        let again = #expect(throws: StoreError.self) {
            try store.seal(sop: sop, actor: "host:hakakses", note: "twice", at: Date())
        }
        guard case .sealRefused? = again else {
            Issue.record("a second seal must be refused, got \(String(describing: again))")
            return
        }
        // The only update the log allows is giving a code to a record that has none.
        let edit = #expect(throws: DatabaseError.self) { try raw.execute("UPDATE audit_log SET mac = 'x' WHERE seq = 1") }
        #expect(edit?.message == "audit log is append-only")
    }

    @Test("Sealing refuses a log whose unsealed records do not verify")
    func sealRefusesBrokenLog() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        try store.append(kind: "test.note", actor: "tester", subject: "s", payload: ["a": "b"])
        let raw = try RawDatabase(path: folder.path())
        try raw.execute("DROP TRIGGER audit_log_no_update")
        try raw.execute("UPDATE audit_log SET mac = NULL, actor = 'mallory' WHERE seq = 1")
        let error = #expect(throws: StoreError.self) {
            try store.seal(sop: try Fixtures.sukamara(), actor: "host", note: "", at: Date())
        }
        guard case .sealRefused(let reason)? = error else {
            Issue.record("expected sealRefused, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("audit record #1 was edited"))
        #expect(try raw.strings("SELECT COALESCE(mac, 'none') FROM audit_log") == ["none"])
    }

    @Test("A missing folder is refused with a sentence naming it")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("nope/hakakses.sqlite").path
        let error = #expect(throws: StoreError.self) { try AccessStore(path: path, key: .ephemeral()) }
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
