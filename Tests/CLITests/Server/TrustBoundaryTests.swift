import AccessStore
import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

/// The attacks of issue 8, tried through the real binary against a running office server: someone who can write
/// the database file, but holds neither the audit key nor the directory.
@Suite("Office server: the database file is not the trust boundary")
struct TrustBoundaryTests {
    static let strangerNIP = "19850505 201001 1 009"
    static let strangerDigits = "198505052010011009"

    private func sqlite(_ office: Office, _ sql: String) async throws -> CLIResult {
        try await CLIRunner.run(
            executable: URL(fileURLWithPath: "/usr/bin/sqlite3"), [office.database.path, sql], in: office.home,
            environment: ["LANG": "C.UTF-8"])
    }

    private func importSK(_ office: Office, number: String, at time: String) async throws {
        let csv = try office.write("sk-\(UUID().uuidString).csv", """
            \(Candidates.header)
            1;Budi Santoso, S.Kom;\(Candidates.budiNIP);;operator;Bidang PIAK;Operator

            """)
        try await office.importConfirmed(
            ["--csv", csv, "--signed", "2026-11-20", "--effective", "2026-11-20",
             "--signer-name", "ZAINUDDIN, S.Sos", "--signer-nip", "19650218 198705 1 003"],
            number: number, at: time, as: Staff.sekretaris.uid)
    }

    private func operatorsWithNIP(_ office: Office, _ digits: String) async throws -> Int {
        let admin = try await office.directory.adminConnection()
        defer { Task { await admin.close() } }
        return try await admin.search(
            base: office.directory.baseDN.child("ou", "operators"), scope: .oneLevel, filter: .equal("siakNIP", digits),
            attributes: ["uid"]).count
    }

    @Test("an SK naming a stranger, appended with sqlite3 and a recomputed hash chain, is named by `audit verify` and refused by sync, reconcile and the roster; nothing is provisioned")
    func forgedDecree() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            try await importSK(office, number: "800/1/Dukcapil/2026", at: "08:00")
            try await office.succeed(["sync"], at: "08:05")
            #expect(try await operatorsWithNIP(office, "199001152015031002") == 1)

            // The forger copies the legitimate SK record, names a stranger and a new number, and chains it on.
            let log = try await office.succeed(["audit", "log", "--json", "--limit", "1000"]).json([AuditLogRow].self)
            let original = try #require(log.first { $0.kind == "workflow" && $0.payload.contains("800/1/Dukcapil/2026") })
            let last = try #require(log.last)
            let payload = original.payload
                .replacingOccurrences(of: "800/1/Dukcapil/2026", with: "800/66/Dukcapil/2026")
                .replacingOccurrences(of: "199001152015031002", with: Self.strangerDigits)
                .replacingOccurrences(of: "Budi Santoso", with: "Mallory Penyusup")
            #expect(payload != original.payload)
            let seq = last.seq + 1
            let recordedAt = "2026-11-23T01:30:00.000Z"
            let hash = AuditRecord.computeHash(
                prevHash: last.hash, seq: seq, recordedAt: recordedAt, kind: "workflow", actor: "sekretaris",
                subject: "800/66/Dukcapil/2026", payload: payload)
            let quoted = payload.replacingOccurrences(of: "'", with: "''")
            let insert = """
                INSERT INTO audit_log (seq, recorded_at, kind, actor, subject, payload, prev_hash, hash)
                VALUES (\(seq), '\(recordedAt)', 'workflow', 'sekretaris', '800/66/Dukcapil/2026', '\(quoted)', '\(last.hash)', '\(hash)');
                """
            let guarded = try await sqlite(office, insert)
            #expect(guarded.status != 0 && guarded.stderr.contains("authentication code"), "the trigger refuses it first: \(guarded)")
            let forged = try await sqlite(office, "DROP TRIGGER audit_log_extends_chain;\n" + insert)
            try #require(forged.status == 0, "\(forged)")

            let verify = try await office.run(["audit", "verify"])
            #expect(verify.status == 1, "\(verify)")
            #expect(verify.stderr.contains("BROKEN at record \(seq)") && verify.stderr.contains("authentication code"), "\(verify)")
            let sync = try await office.run(["sync"], at: "08:40")
            #expect(sync.status == 1 && sync.stderr.contains("does not verify"), "\(sync)")
            let reconcile = try await office.run(["reconcile", "--apply"], at: "08:41", as: Staff.adb.uid)
            #expect(reconcile.status == 1 && reconcile.stderr.contains("record #\(seq)"), "\(reconcile)")
            let roster = try await office.run(["roster", "show", "--json"], at: "08:42")
            #expect(roster.status == 1 && !roster.stdout.contains("Mallory"), "\(roster)")
            #expect(try await operatorsWithNIP(office, Self.strangerDigits) == 0, "the stranger never reached the directory")
        }
    }

    @Test("a database copied back below the directory's anchor is refused; `audit reanchor` records the loss, then the bridge works again")
    func rolledBackDatabase() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            try await importSK(office, number: "800/1/Dukcapil/2026", at: "08:00")
            try await office.succeed(["sync"], at: "08:05")
            let backup = office.home.appendingPathComponent("backup.sqlite")
            let copied = try await sqlite(office, ".backup '\(backup.path)'")
            try #require(copied.status == 0, "\(copied)")
            let list = try office.write("usulan.csv", Candidates.sukamaraCSV)
            let id = try filedRequestID(try await office.succeed(["request", "new", "--candidates", list, "--confirm", Candidates.rinaConfirmation], at: "09:00", as: Staff.kasi.uid))
            try await office.succeed(["approve", id, "--note", "paraf"], at: "09:10", as: Staff.kabid.uid)
            try await office.succeed(["sync"], at: "09:15")
            let head = try await office.succeed(["audit", "verify", "--json"]).json(AuditVerifyJSON.self)

            // Someone puts the older copy back while the server is stopped.
            office.server?.stop()
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: office.database.path + suffix) }
            try FileManager.default.removeItem(at: office.database)
            try FileManager.default.copyItem(at: backup, to: office.database)
            let restarted = try await ServeProcess.start(config: office.config, home: office.home)
            let again = office.served(by: restarted)
            // Read-only until recovered: the change is refused (exit 4), nothing recorded.
            let sync = try await again.run(["sync"], at: "09:30")
            #expect(sync.status == 4, "\(sync)")
            #expect(sync.stderr.contains("rolled back") && sync.stderr.contains("record #\(head.records ?? 0)"), "\(sync)")
            #expect(sync.stderr.contains("audit reanchor"), "the message says how to recover: \(sync)")
            let verify = try await again.run(["audit", "verify"])
            #expect(verify.status == 1 && verify.stderr.contains("rolled back"), "\(verify)")
            let whileRunning = try await again.run(["audit", "reanchor", "--reason", "x"])
            #expect(whileRunning.status == 1 && whileRunning.stderr.contains("another hak-akses process"), "\(whileRunning)")
            restarted.stop()

            let reanchor = try await again.run(
                ["audit", "reanchor", "--reason", "disk failure; restored the backup of 08:05", "--by", "Dewi Kartika (ADB)"])
            #expect(reanchor.status == 0, "\(reanchor)")
            let final = try await ServeProcess.start(config: office.config, home: office.home)
            defer { final.stop() }
            let recovered = office.served(by: final)
            try await recovered.succeed(["sync"], at: "09:40")
            let log = try await recovered.succeed(["audit", "log", "--json"]).json([AuditLogRow].self)
            let moved = try #require(log.first { $0.kind == "audit.reanchored" })
            #expect(moved.payload.contains("disk failure") && moved.payload.contains("\"previousSeq\":\(head.records ?? 0)"), "\(moved.payload)")
            #expect(try await recovered.succeed(["audit", "verify"]).stdout.contains("anchor"))
        }
    }
}
