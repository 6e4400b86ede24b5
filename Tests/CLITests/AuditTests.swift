import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

/// The hash-chained audit log against an edit made behind the tool's back.
@Suite("CLI: audit log")
struct AuditTests {
    /// Runs SQL on the office's database with the sqlite3 command-line tool.
    private func sqlite(_ office: Office, _ sql: String) async throws -> CLIResult {
        try await CLIRunner.run(
            executable: URL(fileURLWithPath: "/usr/bin/sqlite3"), [office.database.path, sql], in: office.home,
            environment: ["LANG": "C.UTF-8"])
    }

    @Test("`audit verify` is intact, then exits 1 naming the seq of a record whose payload was edited in SQLite")
    func editedRecordIsNamed() async throws {
        try await withOffice(.sukamara) { office in
            let id = try filedRequestID(try await office.succeed(
                ["request", "new", "--candidates", try office.write("usulan.csv", Candidates.sukamaraCSV), "--confirm", Candidates.rinaConfirmation], at: "08:00", as: Staff.kasi.uid))
            try await office.initial(id)
            try await office.succeed(["approve", id, "--note", "disetujui"], at: "08:20", as: Staff.kadis.uid)
            try await office.succeed(Candidates.decreeArguments(request: id), at: "08:30", as: Staff.sekretaris.uid)

            let intact = try await office.succeed(["audit", "verify"])
            #expect(intact.stdout.hasPrefix("audit log intact: 5 records, head "), "\(intact)")
            let before = try await office.succeed(["audit", "verify", "--json"]).json(AuditVerifyJSON.self)
            #expect(before.intact && before.records == 5 && before.brokenAt == nil && before.problem == nil)
            let log = try await office.succeed(["audit", "log", "--json"]).json([AuditLogRow].self)
            #expect(before.head == log.last?.hash)
            let sk = try #require(log.first { $0.seq == 5 })
            #expect(sk.payload.contains("000.8.3.3/241/Dukcapil/2026"))

            // Someone with the file rewrites the SK number of record 5; the append-only trigger must go first.
            let refused = try await sqlite(office, "UPDATE audit_log SET payload = replace(payload, '/241/', '/999/') WHERE seq = 5;")
            #expect(refused.status != 0 && refused.stderr.contains("append-only"), "the trigger guards the log: \(refused)")
            let edited = try await sqlite(office, """
                DROP TRIGGER audit_log_no_update;
                UPDATE audit_log SET payload = replace(payload, '/241/', '/999/') WHERE seq = 5;
                SELECT changes();
                """)
            try #require(edited.status == 0 && edited.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1", "\(edited)")

            let broken = try await office.run(["audit", "verify"])
            #expect(broken.status == 1, "\(broken)")
            #expect(broken.stderr.contains("BROKEN at record 5"), "\(broken)")
            #expect(broken.stderr.contains("was edited"), "\(broken)")
            let brokenJSON = try await office.run(["audit", "verify", "--json"])
            #expect(brokenJSON.status == 1, "\(brokenJSON)")
            let verification = try brokenJSON.json(AuditVerifyJSON.self)
            #expect(!verification.intact)
            #expect(verification.brokenAt == 5)
            #expect(verification.problem?.contains("was edited") == true)
            #expect(verification.head == nil)

            // The bridge writes nothing to the directory from a log that does not verify.
            let sync = try await office.run(["sync"], at: "08:45")
            #expect(sync.status == 1, "\(sync)")
            #expect(sync.stderr.contains("audit"), "\(sync)")
            let admin = try await office.directory.adminConnection()
            let operators = try await admin.search(
                base: office.directory.baseDN.child("ou", "operators"), scope: .oneLevel, filter: .present("uid"), attributes: ["uid"])
            await admin.close()
            #expect(operators.isEmpty, "no operator was created: \(operators.map(\.dn))")
        }
    }
}
