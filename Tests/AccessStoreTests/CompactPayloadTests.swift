import AccessStore
import AccessWorkflow
import Foundation
import GRDB
import Testing
import WorkflowFixtures

/// Large SKs recorded before the compact form keep their records (and hashes); the first open after the upgrade
/// adds authenticated compact re-encodings that the walk decodes instead, and ignores any it cannot authenticate.
@Suite("Compact re-encodings of large SK records")
struct CompactPayloadTests {
    let sop: SOPDefinition
    let folder: TemporaryFolder
    let raw: RawDatabase
    let event: WorkflowEvent

    /// A database whose record 1 is a 100-grant SK in the keyed form, as the previous version wrote it, and whose
    /// translation task is due (as after the v4 migration of such a file).
    init() throws {
        sop = try Fixtures.sukamara()
        folder = try TemporaryFolder()
        _ = try folder.store()
        raw = try RawDatabase(path: folder.path())
        let grants = try (0..<100).map { try Grant(person: try People.operatorNumber($0), roles: ["operator"], workUnit: "Desa \($0 % 9)") }
        let decree = try Decree(
            number: try DecreeNumber("800/9/Dukcapil/2025"), title: "Operator SIAK Desa", signedOn: try CivilDate(iso: "2025-01-02"),
            effectiveFrom: try CivilDate(iso: "2025-01-03"),
            signer: .init(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP(People.kadisNIP)), grants: grants)
        event = .decreeImported(DecreeImported(at: Fixtures.wib("2025-02-03 08:00"), actor: try SukamaraCast().adb,
                                               decree: decree, note: "lampiran.xlsx"))
        let key = try folder.key()
        try insertLegacyRecord(into: raw) { key.mac(recordHash: $0) }
    }

    /// The event in the keyed form of the previous version.
    func legacyPayload() throws -> String {
        guard case .decreeImported(let imported) = event else { throw FixtureError("not an SK event") }
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(event)) as? [String: Any])
        var decree = try #require(object["decree"] as? [String: Any])
        decree.removeValue(forKey: "grantFields")
        decree.removeValue(forKey: "grantRows")
        decree["grants"] = try JSONSerialization.jsonObject(with: JSONEncoder().encode(imported.decree.grants))
        object["decree"] = decree
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]),
                      as: UTF8.self)
    }

    func insertLegacyRecord(into raw: RawDatabase, mac: (String) -> String) throws {
        let payload = try legacyPayload()
        let genesis = String(repeating: "0", count: 64), recordedAt = "2025-02-03T01:00:00.000Z"
        let hash = AuditRecord.computeHash(prevHash: genesis, seq: 1, recordedAt: recordedAt, kind: "workflow",
                                           actor: "adb.satu", subject: "800/9/Dukcapil/2025", payload: payload)
        try raw.execute("""
            INSERT INTO audit_log (seq, recorded_at, kind, actor, subject, payload, prev_hash, hash, mac)
            VALUES (1, ?, 'workflow', 'adb.satu', '800/9/Dukcapil/2025', ?, ?, ?, ?)
            """, [recordedAt, payload, genesis, hash, mac(hash)])
        try raw.execute("INSERT OR IGNORE INTO store_tasks (task) VALUES ('compact-payloads')")
    }

    @Test("The first open translates the keyed SK record once; the log verifies as before and replays to the same SK")
    func translated() throws {
        let before = try raw.strings("SELECT hash FROM audit_log")
        #expect(try raw.int("SELECT COUNT(*) FROM audit_compact") == 0)
        let warnings = Warnings()
        let store = try AccessStore(path: folder.path(), key: try folder.key(), warn: warnings.sink)
        #expect(try raw.int("SELECT COUNT(*) FROM audit_compact") == 1)
        #expect(try raw.int("SELECT COUNT(*) FROM store_tasks") == 0)
        #expect(try raw.strings("SELECT payload FROM audit_compact").first?.contains(#""grantRows":[["Operator 0","#) == true)
        #expect(try raw.strings("SELECT hash FROM audit_log") == before)
        #expect(try raw.strings("SELECT payload FROM audit_log").first == (try legacyPayload()))
        #expect(try store.verify(sop: sop) == .intact(count: 1, head: before[0]))
        guard case .decreeImported(let imported) = event else { return }
        #expect(try store.state(sop: sop).decrees[imported.decree.number]?.decree == imported.decree)
        #expect(warnings.all.isEmpty)
    }

    @Test("A compact re-encoding altered or written without the key is ignored with a warning; the original is read")
    func forgedIgnored() throws {
        _ = try folder.store()
        guard case .decreeImported(let imported) = event else { return }
        // One grant dropped from the compact form, with the code recomputed under another key.
        try raw.execute("UPDATE audit_compact SET payload = replace(payload, '[\"Operator 5\",', '[\"Operator 5X\",')")
        for mac in ["mac", "'\(String(repeating: "0", count: 64))'"] {
            try raw.execute("UPDATE audit_compact SET mac = \(mac)")
            let warnings = Warnings()
            let store = try AccessStore(path: folder.path(), key: try folder.key(), warn: warnings.sink)
            #expect(try store.state(sop: sop).decrees[imported.decree.number]?.decree == imported.decree)
            #expect(warnings.all.count == 1 && warnings.all[0].contains("compact re-encodings of SK records do not carry the audit key's code"))
            let verifyWarnings = Warnings()
            let verifier = try AccessStore(path: folder.path(), key: try folder.key(), warn: verifyWarnings.sink)
            #expect(try verifier.verify(sop: sop) == .intact(count: 1, head: try verifier.head().hash))
            #expect(verifyWarnings.all.count == 1)
        }
    }

    @Test("No translation is made of a record that does not carry the key's code; the task stays due")
    func notTranslatedWithoutCode() throws {
        let otherFolder = try TemporaryFolder()
        _ = try otherFolder.store()
        let otherRaw = try RawDatabase(path: otherFolder.path())
        try insertLegacyRecord(into: otherRaw) { AuditKey.ephemeral().mac(recordHash: $0) }
        _ = try otherFolder.store()
        #expect(try otherRaw.int("SELECT COUNT(*) FROM audit_compact") == 0)
        #expect(try otherRaw.int("SELECT COUNT(*) FROM store_tasks") == 1)
    }
}
