import AccessStore
import AccessWorkflow
import Foundation
import GRDB
import Testing
import WorkflowFixtures

@Suite("The hash-chained audit log")
struct AuditChainTests {
    let sop: SOPDefinition
    let cast: MojokertoCast
    let folder: TemporaryFolder
    let store: AccessStore
    let raw: RawDatabase

    /// A Mojokerto request filed and disposed by the Kadis and Kabid (records 1–3), then a system record (4).
    init() throws {
        sop = try Fixtures.mojokerto()
        cast = try MojokertoCast()
        folder = try TemporaryFolder()
        store = try folder.store()
        raw = try RawDatabase(path: folder.path())
        var clock = Fixtures.wib("2025-02-03 08:00")
        try store.execute(try cast.filing("REQ-1"), by: cast.frontDesk, at: clock, sop: sop)
        for (command, actor) in try cast.steps("REQ-1").prefix(2) {
            clock.addTimeInterval(600)
            try store.execute(command, by: actor, at: clock, sop: sop)
        }
        try store.append(kind: "handover.delivered", actor: "loket", subject: "nik:3576014202980001",
                         payload: ["letter": "045/17"], at: clock)
    }

    @Test("The hash is SHA-256 over length-prefixed fields (pinned by an independent computation)")
    func hashEncoding() {
        let hash = AuditRecord.computeHash(
            prevHash: String(repeating: "0", count: 64), seq: 1, recordedAt: "2025-01-09T01:30:00.000Z",
            kind: "sync.applied", actor: "bridge", subject: "nip:199001152015031002", payload: #"{"a":"b"}"#)
        #expect(hash == "defb1da2328e77f14fc897e5cfc49c68703e89de80890a6c860160960a155e9d")
        let shifted = AuditRecord.computeHash(
            prevHash: String(repeating: "0", count: 64), seq: 1, recordedAt: "2025-01-09T01:30:00.000Z",
            kind: "sync.applie", actor: "dbridge", subject: "nip:199001152015031002", payload: #"{"a":"b"}"#)
        #expect(shifted != hash)
    }

    @Test("An untouched log verifies as intact, with its count and head hash")
    func intact() throws {
        let records = try store.records()
        #expect(records.map(\.kind) == ["workflow", "workflow", "workflow", "handover.delivered"])
        #expect(records.first?.prevHash == String(repeating: "0", count: 64))
        #expect(try store.verify(sop: sop) == .intact(count: 4, head: try #require(records.last).hash))
        #expect(try store.records(subject: "nik:3576014202980001").map(\.seq) == [4])
        #expect(try store.records(subject: "REQ-1").map(\.seq) == [1, 2, 3])
        #expect(try store.records(from: 2, limit: 2).map(\.seq) == [2, 3])
        #expect(records[3].payload == #"{"letter":"045/17"}"#)
    }

    @Test("The triggers refuse UPDATE and DELETE, and inserts that do not extend the chain")
    func triggers() throws {
        for sql in ["UPDATE audit_log SET actor = 'x' WHERE seq = 2", "DELETE FROM audit_log WHERE seq = 4"] {
            let error = #expect(throws: DatabaseError.self) { try raw.execute(sql) }
            #expect(error?.message == "audit log is append-only")
        }
        let error = #expect(throws: DatabaseError.self) {
            try raw.execute("""
                INSERT INTO audit_log (seq, recorded_at, kind, actor, subject, payload, prev_hash, hash)
                VALUES (5, '2025-02-03T01:00:00.000Z', 'x.y', 'a', '', '{}', 'bogus', 'bogus')
                """)
        }
        #expect(error?.message == "audit log records must extend the hash chain and carry an authentication code")
        #expect(try store.verify(sop: sop) == .intact(count: 4, head: try store.head().hash))
    }

    @Test("A payload edited behind the store's back is named by its seq as edited")
    func editedPayload() throws {
        try raw.execute("DROP TRIGGER audit_log_no_update")
        try raw.execute("UPDATE audit_log SET payload = replace(payload, 'disp/30', 'disp/31') WHERE seq = 2")
        let result = try store.verify(sop: sop)
        guard case .broken(let problem) = result, case .hashMismatch = problem.problem else {
            Issue.record("expected a hash mismatch, got \(result)")
            return
        }
        #expect(problem.seq == 2)
        #expect(result.description.hasPrefix("audit record #2 was edited"))
    }

    @Test("A record rewritten with a fresh hash but without the key is named by its authentication code")
    func rewrittenRecord() throws {
        let second = try #require(try store.records(from: 2, limit: 1).first)
        let payload = second.payload.replacingOccurrences(of: "disp/30", with: "disp/31")
        let hash = AuditRecord.computeHash(
            prevHash: second.prevHash, seq: 2, recordedAt: try raw.strings("SELECT recorded_at FROM audit_log WHERE seq = 2")[0],
            kind: second.kind, actor: second.actor, subject: second.subject, payload: payload)
        try raw.execute("DROP TRIGGER audit_log_no_update")
        try raw.execute("UPDATE audit_log SET payload = ?, hash = ? WHERE seq = 2", [payload, hash])
        let result = try store.verify(sop: sop)
        guard case .broken(let problem) = result, case .macMismatch(firstRecord: false, _) = problem.problem else {
            Issue.record("expected an authentication-code mismatch, got \(result)")
            return
        }
        #expect(problem.seq == 2)
        #expect(result.description.contains("was written or rechained without the key"))
    }

    @Test("A deleted record is named as missing")
    func deletedRecord() throws {
        try raw.execute("DROP TRIGGER audit_log_no_delete")
        try raw.execute("DELETE FROM audit_log WHERE seq = 2")
        let result = try store.verify(sop: sop)
        #expect(result == .broken(AuditBreak(seq: 2, problem: .missing(found: 3))))
        #expect(result.description.hasPrefix("audit record #2 is missing (the next record is #3)"))
    }

    @Test("A deleted last record is found through the rows that refer to it")
    func truncatedTail() throws {
        try store.execute(.revoke(person: try People.eko().key, reason: .resignation, text: "mengundurkan diri"),
                          by: cast.adb, at: Fixtures.wib("2025-02-04 08:00"), sop: sop)
        let careless = try RawDatabase(path: folder.path(), foreignKeys: false)
        try careless.execute("DROP TRIGGER audit_log_no_delete")
        try careless.execute("DELETE FROM audit_log WHERE seq = 5")
        let result = try store.verify(sop: sop)
        #expect(result == .broken(AuditBreak(seq: 5, problem: .truncated(referencedBy: "outbox", referenced: 5))))
    }

    @Test("A forged workflow record with a correct chain, appended without the key, is named and blocks execution")
    func forgedWithoutKey() throws {
        let forged = WorkflowEvent.stepApproved(StepApproved(
            at: Fixtures.wib("2025-02-03 09:00"), actor: cast.kasi, request: "REQ-1", step: "kajian-kasi",
            note: "", evidence: try Fixtures.evidence([("pakta-integritas", "pakta/30")])))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A forger with write access to the file: drops the guard and invents a code (or leaves it out).
        try raw.execute("DROP TRIGGER audit_log_extends_chain")
        try raw.execute("DROP TRIGGER audit_log_no_delete")
        for mac in [String(repeating: "ab", count: 32), nil] {
            try insertChained(kind: "workflow", actor: "kasi", subject: "REQ-1",
                              payload: String(decoding: try encoder.encode(forged), as: UTF8.self), mac: .some(mac))
            let result = try store.verify(sop: sop)
            guard case .broken(let problem) = result else {
                Issue.record("expected the forged record to be named, got \(result)")
                return
            }
            #expect(problem.seq == 5)
            if mac == nil {
                #expect(problem.problem == .unauthenticated(afterAuthenticated: true))
            } else {
                #expect(problem.problem == .macMismatch(firstRecord: false, keyFingerprint: try folder.key().fingerprint))
            }
            let error = #expect(throws: StoreError.self) { try store.state(sop: sop) }
            guard case .auditBroken(let broken)? = error else {
                Issue.record("expected auditBroken, got \(String(describing: error))")
                return
            }
            #expect(broken.seq == 5)
            try raw.execute("DELETE FROM audit_log WHERE seq = 5")
        }
    }

    @Test("A store opened with another key names the very first record")
    func wrongKey() throws {
        let other = try AccessStore(path: folder.path(), key: .ephemeral())
        let result = try other.verify(sop: sop)
        guard case .broken(let problem) = result, case .macMismatch(firstRecord: true, _) = problem.problem else {
            Issue.record("expected the first record to fail its code, got \(result)")
            return
        }
        #expect(problem.seq == 1)
        #expect(result.description.contains("configured audit key is not the one"))
    }

    @Test("A forged workflow record with a correct chain and code (a forger holding the key) is refused on replay, and blocks execution")
    func forgedEvent() throws {
        // The Kasi's review done by the front desk, who lacks the role.
        let forged = WorkflowEvent.stepApproved(StepApproved(
            at: Fixtures.wib("2025-02-03 09:00"), actor: cast.frontDesk, request: "REQ-1", step: "kajian-kasi",
            note: "", evidence: try Fixtures.evidence([("pakta-integritas", "pakta/30")])))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try insertChained(kind: "workflow", actor: "loket", subject: "REQ-1",
                          payload: String(decoding: try encoder.encode(forged), as: UTF8.self))
        let result = try store.verify(sop: sop)
        guard case .broken(let problem) = result, case .refused(let reason, authenticated: true) = problem.problem else {
            Issue.record("expected a refused event, got \(result)")
            return
        }
        #expect(problem.seq == 5)
        guard case .eventRefused(_, _, .missingRole) = reason else {
            Issue.record("expected missingRole, got \(reason)")
            return
        }
        #expect(result.description.hasPrefix("audit record #5 was refused on replay because loket (LOKET) does not hold"))
        // The code is valid, so the message names both explanations: changed rules, or a writer holding the key.
        #expect(result.description.contains("SOP or roles file was changed") && result.description.contains("holding the audit key"))
        #expect(throws: StoreError.self) { try store.state(sop: sop) }
        let error = #expect(throws: StoreError.self) {
            try store.execute(.approve(request: "REQ-1"), by: cast.adb, at: Fixtures.wib("2025-02-03 10:00"),
                              sop: sop)
        }
        guard case .replayRefused(5, _, authenticated: true)? = error else {
            Issue.record("expected replayRefused at #5, got \(String(describing: error))")
            return
        }
    }

    @Test("A log written under one SOP and read under an edited one is not called altered: the message names the SOP change")
    func sopChangedAfterwards() throws {
        // The office edits its SOP file after the Kadis disposed REQ-1: the Kabid now does the first disposition.
        let yaml = try Fixtures.mojokertoYAML()
        #expect(yaml.contains("    executor: kadis\n"))
        let edited = try SOPDefinition(yaml: yaml.replacingOccurrences(of: "    executor: kadis\n", with: "    executor: kabid\n"))
        let reopened = try folder.store()
        let result = try reopened.verify(sop: edited)
        guard case .broken(let problem) = result, case .refused(_, authenticated: true) = problem.problem else {
            Issue.record("expected an authenticated record refused under the edited SOP, got \(result)")
            return
        }
        #expect(problem.seq == 2, "the Kadis's disposition")
        #expect(result.description.contains("SOP or roles file was changed after this record was written"), "\(result)")
        let error = #expect(throws: StoreError.self) { try reopened.state(sop: edited) }
        #expect(error?.description.contains("SOP or roles file was changed after the record was written") == true, "\(String(describing: error))")
        #expect(error?.text(in: .indonesian).contains("berkas SOP atau berkas peran telah diubah") == true)
        // Under the SOP in force when it was written, the same log is intact.
        guard case .intact = try reopened.verify(sop: sop) else {
            Issue.record("the log should be intact under the SOP it was written under")
            return
        }
    }

    @Test("A store that replayed before does not trust its cached state once the chain under it is rewritten")
    func rewrittenUnderCache() throws {
        _ = try store.state(sop: sop)
        let stripped = try #require(try store.records(from: 2, limit: 1).first).payload
            .replacingOccurrences(of: #""roles":["kadis"]"#, with: #""roles":[]"#)
        try raw.execute("DROP TRIGGER audit_log_no_update")
        var previous = try #require(try store.records(from: 1, limit: 1).first).hash
        for record in try store.records(from: 2) {
            let payload = record.seq == 2 ? stripped : record.payload
            let recordedAt = try raw.strings("SELECT recorded_at FROM audit_log WHERE seq = ?", [record.seq])[0]
            let hash = AuditRecord.computeHash(prevHash: previous, seq: record.seq, recordedAt: recordedAt,
                                               kind: record.kind, actor: record.actor, subject: record.subject,
                                               payload: payload)
            try raw.execute("UPDATE audit_log SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                            [payload, previous, hash, record.seq])
            previous = hash
        }
        #expect(throws: StoreError.self) { try store.state(sop: sop) }
        let result = try store.verify(sop: sop)
        guard case .broken(let problem) = result, case .macMismatch = problem.problem else {
            Issue.record("expected an authentication-code mismatch, got \(result)")
            return
        }
        #expect(problem.seq == 2)
    }

    @Test("A workflow record that is not an event is named as undecodable")
    func undecodable() throws {
        try insertChained(kind: "workflow", actor: "x", subject: "REQ-1", payload: #"{"type":"teleported"}"#)
        let result = try store.verify(sop: sop)
        guard case .broken(let problem) = result, case .undecodable = problem.problem else {
            Issue.record("expected an undecodable record, got \(result)")
            return
        }
        #expect(problem.seq == 5)
    }

    /// Appends a record with a correct seq, prev_hash and hash, as a forger who knows the scheme would; with the
    /// audit key's code unless `mac` is given (`.some(nil)`: none).
    private func insertChained(kind: String, actor: String, subject: String, payload: String, mac: String?? = nil) throws {
        let head = try store.head()
        let recordedAt = "2025-02-03T02:00:00.000Z"
        let hash = AuditRecord.computeHash(prevHash: head.hash, seq: head.seq + 1, recordedAt: recordedAt, kind: kind,
                                           actor: actor, subject: subject, payload: payload)
        let code: String? = switch mac {
        case .some(let given): given
        case .none: try folder.key().mac(recordHash: hash)
        }
        try raw.execute("""
            INSERT INTO audit_log (seq, recorded_at, kind, actor, subject, payload, prev_hash, hash, mac)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [head.seq + 1, recordedAt, kind, actor, subject, payload, head.hash, hash, code])
    }
}
