@testable import AccessStore
import AccessWorkflow
import Foundation
import GRDB
import Testing
import WorkflowFixtures

/// Beside each checkpoint the store keeps the roster of the day it was written on, authenticated with the audit key:
/// handed out only for that day while its record ends the log, and never when anything in it was altered.
@Suite("Day rosters beside checkpoints")
struct DayRosterStoreTests {
    /// Where the checkpoint suite starts: a Sukamara store holding a completed request (records 1–7).
    let base: CheckpointTests
    var sop: SOPDefinition { base.sop }
    var cast: SukamaraCast { base.cast }
    var folder: TemporaryFolder { base.folder }
    var store: AccessStore { base.store }
    var raw: RawDatabase { base.raw }
    /// The office day the checkpoints of these tests are written on, and a time on it.
    let day: CivilDate
    let noon: Date

    /// The checkpoint suite's start, then an SK of three people in force from 2025-02-01, imported and confirmed (records 9 and 10).
    init() throws {
        base = try CheckpointTests()
        try base.store.importInForce(
            try Self.decree("800/1/Dukcapil/2025", people: [try People.budi(), try People.siti(), try People.eko()]),
            note: "lampiran", by: base.cast.adb, at: Fixtures.wib("2025-02-04 08:00"), sop: base.sop)
        day = try CivilDate(iso: "2025-02-05")
        noon = Fixtures.wib("2025-02-05 12:00")
    }

    static func decree(_ number: String, people: [Person]) throws -> Decree {
        try Decree(
            number: try DecreeNumber(number), title: "Operator SIAK", signedOn: try CivilDate(iso: "2025-01-30"),
            effectiveFrom: try CivilDate(iso: "2025-02-01"), effectiveUntil: nil,
            signer: .init(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP(People.kadisNIP)),
            grants: try people.map { try Grant(person: $0, roles: ["operator"], workUnit: "Kecamatan Arut") })
    }

    func cold(_ warnings: Warnings = Warnings(), path: String? = nil) throws -> AccessStore {
        try AccessStore(path: path ?? folder.path(), key: try folder.key(), warn: warnings.sink)
    }

    @Test("The roster of the checkpoint's day is handed out for that day only, and only while no record follows it")
    func handedOut() throws {
        let expected = DayRoster(state: try store.state(sop: sop), on: day)
        #expect(expected.roster.entries.count == 3)
        #expect(try cold().checkedDayRoster(sop: sop, on: day) == nil, "no checkpoint yet")
        try store.writeCheckpoint(sop: sop, at: noon)
        let warnings = Warnings()
        #expect(try cold(warnings).checkedDayRoster(sop: sop, on: day) == expected)
        #expect(try cold().checkedDayRoster(sop: sop, on: day.adding(days: 1)) == nil, "another day")
        #expect(try cold().checkedDayRoster(sop: try Fixtures.mojokerto(), on: day) == nil, "another SOP")
        #expect(warnings.all.isEmpty)

        // A record after the checkpoint (the revocation of one of the three) makes it stale.
        try store.execute(.revoke(person: try People.siti().key, reason: .transfer, text: "mutasi"), by: cast.adb,
                          at: Fixtures.wib("2025-02-05 13:00"), sop: sop)
        #expect(try cold().checkedDayRoster(sop: sop, on: day) == nil)
        // The next checkpoint carries the new roster.
        #expect(try store.checkpointIfDue(every: 1, sop: sop, at: Fixtures.wib("2025-02-05 14:00"))?.seq == 11)
        let after = try #require(try cold().checkedDayRoster(sop: sop, on: day))
        #expect(after.roster.entries.count == 2)
        if case .revoked(.transfer, "mutasi")? = after.departures[try People.siti().key] {} else {
            Issue.record("the revoked person's departure is not in the stored day roster")
        }
    }

    @Test("A new office day makes a checkpoint due, even with no new record, so that the day has its roster")
    func newDay() throws {
        try store.writeCheckpoint(sop: sop, at: noon)
        #expect(try store.checkpointIfDue(every: 1_000, sop: sop, at: Fixtures.wib("2025-02-05 23:59")) == nil)
        let next = day.adding(days: 1)
        #expect(try cold().checkedDayRoster(sop: sop, on: next) == nil)
        #expect(try store.checkpointIfDue(every: 1_000, sop: sop, at: Fixtures.wib("2025-02-06 00:01"))?.seq == 10)
        #expect(try cold().checkedDayRoster(sop: sop, on: next)?.date == next)
        #expect(try store.checkpointIfDue(every: 1_000, sop: sop, at: Fixtures.wib("2025-02-06 00:02")) == nil)
        #expect(try raw.int("SELECT COUNT(*) FROM day_rosters") == 1)
    }

    @Test("Records after the checkpoint get one of their own once the log has been quiet for the time asked")
    func quiet() throws {
        try store.writeCheckpoint(sop: sop, at: noon)
        #expect(try store.checkpointIfDue(every: 1_000, sop: sop, quietFor: 300, at: Fixtures.wib("2025-02-05 14:00")) == nil,
                "nothing after the checkpoint")
        try store.execute(.revoke(person: try People.siti().key, reason: .transfer, text: "mutasi"), by: cast.adb,
                          at: Fixtures.wib("2025-02-05 13:00"), sop: sop)
        #expect(try store.checkpointIfDue(every: 1_000, sop: sop, quietFor: 300, at: Fixtures.wib("2025-02-05 13:04")) == nil)
        #expect(try store.checkpointIfDue(every: 1_000, sop: sop, at: Fixtures.wib("2025-02-05 13:30")) == nil, "no quiet rule asked")
        #expect(try cold().checkedDayRoster(sop: sop, on: day) == nil)
        #expect(try store.checkpointIfDue(every: 1_000, sop: sop, quietFor: 300, at: Fixtures.wib("2025-02-05 13:05"))?.seq == 11)
        #expect(try cold().checkedDayRoster(sop: sop, on: day)?.roster.entries.count == 2)
        #expect(try store.checkpointIfDue(every: 1_000, sop: sop, quietFor: 300, at: Fixtures.wib("2025-02-05 15:00")) == nil,
                "written once")
    }

    @Test("A day roster rewritten in the file to add someone, or with its code replaced, is refused with a warning; none is handed out")
    func forged() throws {
        try store.writeCheckpoint(sop: sop, at: noon)
        // What someone with the database file but not the key would like the reconciler to see: a fourth person.
        let wished = try DayRoster(state: Self.stateWithFourth(), on: day)
        #expect(wished.roster.entries.count == 4)
        for (sql, arguments) in [("UPDATE day_rosters SET roster = ?", [Data(wished.snapshot())] as StatementArguments),
                                 ("UPDATE day_rosters SET mac = ?", [String(repeating: "0", count: 64)])] {
            try raw.execute("DELETE FROM day_rosters")
            try store.writeCheckpoint(sop: sop, at: noon)
            try raw.execute(sql, arguments)
            let warnings = Warnings()
            let opened = try cold(warnings)
            #expect(try opened.checkedDayRoster(sop: sop, on: day) == nil)
            #expect(warnings.all.count == 1)
            #expect(warnings.all.first?.contains("day roster at audit record #10 does not carry the audit key's authentication code") == true)
            // Refused, it is replaced by the next checkpoint that is due.
            #expect(try opened.checkpointIfDue(every: 1_000, sop: sop, at: noon)?.seq == 10)
            #expect(try cold().checkedDayRoster(sop: sop, on: day)?.roster.entries.count == 3)
        }
    }

    @Test("An authentic day roster of another layout or roster rules (an older program) is not used, without a warning, and is replaced")
    func otherVersion() throws {
        try store.writeCheckpoint(sop: sop, at: noon)
        let row = try #require(try raw.queue.read { db in try Row.fetchOne(db, sql: "SELECT context, seq, hash, day, roster FROM day_rosters") })
        var bytes = [UInt8](row["roster"] as Data)
        #expect(bytes[0] == UInt8(DayRoster.snapshotVersion))
        bytes[0] = UInt8(DayRoster.snapshotVersion + 1)
        // Authentic: coded with the office's key, as a newer or older program holding it would have.
        let key = try folder.key()
        let mac = bytes.withUnsafeBytes {
            DayRosters.code(key: key, context: row["context"], seq: row["seq"], hash: row["hash"], day: row["day"], roster: $0)
        }
        try raw.execute("UPDATE day_rosters SET roster = ?, mac = ?", [Data(bytes), mac])
        let warnings = Warnings()
        let opened = try cold(warnings)
        #expect(try opened.checkedDayRoster(sop: sop, on: day) == nil)
        #expect(warnings.all.isEmpty, "\(warnings.all)")
        #expect(try opened.checkpointIfDue(every: 1_000, sop: sop, at: noon)?.seq == 10)
        #expect(try cold().checkedDayRoster(sop: sop, on: day)?.roster.entries.count == 3)
    }

    @Test("A day roster made under another key, on an identical log, is refused")
    func otherKey() throws {
        let otherFolder = try TemporaryFolder()
        let other = try otherFolder.store()
        try CheckpointTests.complete(other, cast: cast, sop: sop)
        try other.importInForce(try Self.decree("800/1/Dukcapil/2025", people: [try People.budi(), try People.siti(), try People.eko()]),
                                note: "lampiran", by: cast.adb, at: Fixtures.wib("2025-02-04 08:00"), sop: sop)
        #expect(try other.head() == (try store.head()))
        try other.writeCheckpoint(sop: sop, at: noon)
        let rows = try RawDatabase(path: otherFolder.path()).queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM day_rosters") }
        #expect(rows.count == 1)
        for row in rows {
            try raw.execute("INSERT INTO day_rosters (context, seq, hash, day, roster, mac) VALUES (?, ?, ?, ?, ?, ?)",
                            [row["context"], row["seq"], row["hash"], row["day"], row["roster"], row["mac"]])
        }
        let warnings = Warnings()
        #expect(try cold(warnings).checkedDayRoster(sop: sop, on: day) == nil)
        #expect(warnings.all.first?.contains("does not carry the audit key's authentication code") == true)
    }

    @Test("A full verification that finds the log broken discards the day rosters with the checkpoints")
    func discardedWithCheckpoints() throws {
        try store.writeCheckpoint(sop: sop, at: noon)
        try raw.execute("DROP TRIGGER audit_log_no_update")
        try raw.execute("UPDATE audit_log SET payload = replace(payload, 'disp/12', 'disp/13') WHERE seq = 4")
        guard case .broken = try cold().verify(sop: sop) else {
            Issue.record("the full verification did not find the edited record")
            return
        }
        #expect(try raw.int("SELECT COUNT(*) FROM day_rosters") == 0)
        #expect(try cold().checkedDayRoster(sop: sop, on: day) == nil)
    }

    /// The same office's state with a fourth person in the SK: what a forger would want on the roster.
    private static func stateWithFourth() throws -> WorkflowState {
        let sop = try Fixtures.sukamara()
        let cast = try SukamaraCast()
        let other = try TemporaryFolder().store()
        let intruder = try People.person("Andi Intruder", nip: "19880808 201001 1 004")
        try other.importInForce(try decree("800/1/Dukcapil/2025", people: [try People.budi(), try People.siti(), try People.eko(), intruder]),
                                note: "lampiran", by: cast.adb, at: Fixtures.wib("2025-02-04 08:00"), sop: sop)
        return try other.state(sop: sop)
    }
}
