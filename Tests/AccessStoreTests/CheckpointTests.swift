import AccessStore
import AccessWorkflow
import Foundation
import GRDB
import Testing
import WorkflowFixtures

/// A process starting cold trusts an authenticated checkpoint of the verified state and checks only the records
/// after it; a checkpoint that fails any check is discarded with a warning, and a full verification outranks it.
@Suite("Checkpoints of the verified workflow state")
struct CheckpointTests {
    let sop: SOPDefinition
    let cast: SukamaraCast
    let folder: TemporaryFolder
    let store: AccessStore
    let raw: RawDatabase

    /// A completed Sukamara request (records 1–8), then a checkpoint at its end.
    init() throws {
        sop = try Fixtures.sukamara()
        cast = try SukamaraCast()
        folder = try TemporaryFolder()
        store = try folder.store()
        raw = try RawDatabase(path: folder.path())
        try Self.complete(store, cast: cast, sop: sop)
    }

    static func complete(_ store: AccessStore, cast: SukamaraCast, sop: SOPDefinition, id: RequestID = "REQ-2025-0001",
                         start: Date = Fixtures.wib("2025-02-03 08:00")) throws {
        var clock = start
        try store.execute(try cast.filing(id), by: cast.kasi, at: clock, sop: sop)
        for (command, actor) in try cast.steps(id) {
            clock.addTimeInterval(600)
            try store.execute(command, by: actor, at: clock, sop: sop)
        }
    }

    /// The same database opened by a new process (nothing cached), its warnings collected.
    func coldStore(_ warnings: Warnings, key: AuditKey? = nil, path: String? = nil) throws -> AccessStore {
        try AccessStore(path: path ?? folder.path(), key: key ?? (try folder.key()), warn: warnings.sink)
    }

    /// Edits an early record's payload behind the store's back, leaving its hash: only a walk over it notices.
    func editEarlyRecord() throws {
        try raw.execute("DROP TRIGGER audit_log_no_update")
        try raw.execute("UPDATE audit_log SET payload = replace(payload, 'disp/12', 'disp/13') WHERE seq = 4")
        #expect(try raw.int("SELECT COUNT(*) FROM audit_log WHERE seq = 4 AND payload LIKE '%disp/13%'") == 1)
    }

    @Test("A cold start begins at the checkpoint; a full verification still finds an edit below it, then no checkpoint is trusted")
    func usedThenOutranked() throws {
        let state = try store.state(sop: sop)
        let written = try store.writeCheckpoint(sop: sop)
        #expect(written.seq == 8)
        #expect(try store.head().seq == 8)
        #expect(try store.checkpoint(sop: sop)?.seq == 8)
        try editEarlyRecord()

        let warnings = Warnings()
        let cold = try coldStore(warnings)
        // The edit is below the checkpoint: the cold start does not read record 4 again.
        #expect(try cold.state(sop: sop) == state)
        #expect(warnings.all.isEmpty)
        // The full verification reads every record, names the edit and discards the checkpoint.
        guard case .broken(let problem) = try cold.verify(sop: sop), case .hashMismatch = problem.problem else {
            Issue.record("the full verification did not find the edited record")
            return
        }
        #expect(problem.seq == 4)
        #expect(try raw.int("SELECT COUNT(*) FROM checkpoints") == 0)
        #expect(throws: StoreError.self) { try cold.state(sop: sop) }
        #expect(throws: StoreError.self) { try coldStore(Warnings()).state(sop: sop) }
    }

    @Test("A checkpoint whose state or code was altered in the file is discarded with a warning; the whole log is checked instead")
    func tamperedCheckpoint() throws {
        try store.writeCheckpoint(sop: sop)
        try editEarlyRecord()
        let blob = try raw.queue.read { db in try Data.fetchOne(db, sql: "SELECT state FROM checkpoints") }
        var bytes = [UInt8](try #require(blob))
        bytes[bytes.count - 3] ^= 0x01
        for (sql, arguments) in [("UPDATE checkpoints SET state = ?", [Data(bytes)] as StatementArguments),
                                 ("UPDATE checkpoints SET mac = ?", [String(repeating: "0", count: 64)])] {
            try raw.execute("DELETE FROM checkpoints")
            try store.writeCheckpoint(sop: sop)
            try raw.execute(sql, arguments)
            let warnings = Warnings()
            // Walking from record 1 meets the edited record 4.
            let error = #expect(throws: StoreError.self) { try coldStore(warnings).state(sop: sop) }
            guard case .auditBroken(let problem)? = error, case .hashMismatch = problem.problem else {
                Issue.record("expected the whole log to be walked, got \(String(describing: error))")
                continue
            }
            #expect(warnings.all.count == 1)
            #expect(warnings.all.first?.contains("checkpoint at audit record #8 does not carry the audit key's authentication code") == true)
        }
    }

    @Test("A checkpoint made with another key is refused, even on an identical log")
    func otherKey() throws {
        let otherFolder = try TemporaryFolder()
        let other = try otherFolder.store()
        try Self.complete(other, cast: cast, sop: sop)
        #expect(try other.head() == (try store.head()))
        try other.writeCheckpoint(sop: sop)
        try copyCheckpoint(from: RawDatabase(path: otherFolder.path()))

        let warnings = Warnings()
        let cold = try coldStore(warnings)
        #expect(try cold.state(sop: sop) == (try store.state(sop: sop)))
        #expect(warnings.all.count == 1)
        #expect(warnings.all.first?.contains("does not carry the audit key's authentication code (key \(try folder.key().fingerprint))") == true)
    }

    @Test("A checkpoint of the same office moved into another log is refused: its record has another hash there")
    func otherLog() throws {
        try store.writeCheckpoint(sop: sop)
        // Another database with the same key and as many records, but another history.
        let otherPath = folder.path("other.sqlite")
        let other = try AccessStore(path: otherPath, key: try folder.key())
        try Self.complete(other, cast: cast, sop: sop, id: "REQ-2025-0009")
        #expect(try other.head().seq == 8)
        try RawDatabase(path: otherPath).execute("DELETE FROM checkpoints")
        let otherRaw = try RawDatabase(path: otherPath)
        try copyCheckpoint(from: raw, to: otherRaw)

        let warnings = Warnings()
        let cold = try coldStore(warnings, path: otherPath)
        #expect(try cold.state(sop: sop).requests.keys.map(\.rawValue) == ["REQ-2025-0009"])
        #expect(warnings.all.first?.contains("was made at a record #8 with another hash") == true)
    }

    @Test("Records appended after the checkpoint are walked: a command by another process counts, a forged record is refused")
    func appendedAfter() throws {
        try store.writeCheckpoint(sop: sop)
        // Another process records a revocation.
        let budi = try People.budi().key
        try AccessStore(path: folder.path(), key: try folder.key()).execute(
            .revoke(person: budi, reason: .transfer, text: "mutasi"), by: cast.adb, at: Fixtures.wib("2025-02-04 08:00"), sop: sop)
        #expect(try coldStore(Warnings()).state(sop: sop).revocations.map(\.person) == [budi])

        // Someone without the key appends a record with a correct chain.
        let head = try store.head()
        let recordedAt = "2025-02-04T02:00:00.000Z", payload = #"{"username":"budi.santoso"}"#
        let hash = AuditRecord.computeHash(prevHash: head.hash, seq: head.seq + 1, recordedAt: recordedAt,
                                           kind: "account.assigned", actor: "x", subject: budi.description, payload: payload)
        try raw.execute("""
            INSERT INTO audit_log (seq, recorded_at, kind, actor, subject, payload, prev_hash, hash, mac)
            VALUES (?, ?, 'account.assigned', 'x', ?, ?, ?, ?, ?)
            """, [head.seq + 1, recordedAt, budi.description, payload, head.hash, hash, AuditKey.ephemeral().mac(recordHash: hash)])
        let error = #expect(throws: StoreError.self) { try coldStore(Warnings()).state(sop: sop) }
        guard case .auditBroken(let problem)? = error, case .macMismatch = problem.problem else {
            Issue.record("expected the forged record to be refused, got \(String(describing: error))")
            return
        }
        #expect(problem.seq == head.seq + 1)
    }

    @Test("A checkpoint is kept per SOP and catalogue; one is due only after the log grew by the interval")
    func context() throws {
        #expect(try store.checkpointIfDue(every: 9, sop: sop) == nil)
        #expect(try store.checkpointIfDue(every: 8, sop: sop)?.seq == 8)
        #expect(try store.checkpointIfDue(every: 1, sop: sop) == nil)
        #expect(try store.checkpoint(sop: try Fixtures.mojokerto()) == nil)
        try store.execute(.revoke(person: try People.budi().key, reason: .transfer, text: "mutasi"), by: cast.adb,
                          at: Fixtures.wib("2025-02-04 08:00"), sop: sop)
        #expect(try store.checkpointIfDue(every: 2, sop: sop) == nil)
        #expect(try store.checkpointIfDue(every: 1, sop: sop)?.seq == 9)
        #expect(try raw.int("SELECT COUNT(*) FROM checkpoints") == 1)
        // An intact full verification leaves a checkpoint at the head.
        try raw.execute("DELETE FROM checkpoints")
        let verified = try store.verifyAndCheckpoint(sop: sop)
        #expect(verified.verification == .intact(count: 9, head: try store.head().hash))
        #expect(verified.checkpoint?.seq == 9)
    }

    /// Replaces the checkpoints of `target` (this test's database by default) with those of `source`.
    private func copyCheckpoint(from source: RawDatabase, to target: RawDatabase? = nil) throws {
        let target = target ?? raw
        let rows = try source.queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM checkpoints") }
        try target.execute("DELETE FROM checkpoints")
        for row in rows {
            try target.execute(
                "INSERT INTO checkpoints (context, seq, hash, created_at, state, mac) VALUES (?, ?, ?, ?, ?, ?)",
                [row["context"], row["seq"], row["hash"], row["created_at"], row["state"], row["mac"]])
        }
    }
}
