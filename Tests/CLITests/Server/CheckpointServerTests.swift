import Foundation
import LDAP
import TestSupport
import Testing

/// The office server keeps checkpoints of the verified state (at shutdown and every N records), starts from them,
/// discards one that fails its checks, and still verifies the whole log on a schedule.
@Suite("Office server: audit checkpoints and the scheduled full verification")
struct CheckpointServerTests {
    private func sqlite(_ office: Office, _ sql: String) async throws -> CLIResult {
        try await CLIRunner.run(
            executable: URL(fileURLWithPath: "/usr/bin/sqlite3"), [office.database.path, sql], in: office.home,
            environment: ["LANG": "C.UTF-8"])
    }

    private func value(_ office: Office, _ sql: String) async throws -> String {
        let result = try await sqlite(office, sql)
        try #require(result.status == 0, "\(result)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func importAndSync(_ office: Office) async throws {
        let csv = try office.write("sk.csv", """
            \(Candidates.header)
            1;Budi Santoso, S.Kom;\(Candidates.budiNIP);;operator;Bidang PIAK;Operator

            """)
        try await office.importConfirmed(
            ["--csv", csv, "--signed", "2026-11-20", "--effective", "2026-11-20", "--signer-name", "ZAINUDDIN, S.Sos",
             "--signer-nip", "19650218 198705 1 003"],
            number: "800/1/Dukcapil/2026", at: "08:00", as: Staff.sekretaris.uid)
        try await office.succeed(["sync"], at: "08:05")
    }

    /// Waits up to 30 s until the server has logged `text`.
    private func waitForLog(_ server: ServeProcess, _ text: String) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if server.output.contains(text) { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the server never logged '\(text)':\n\(server.output)")
    }

    @Test("a stopped server leaves a checkpoint and its day roster at the head; one tampered with in the file is discarded with a warning and replaced")
    func shutdownCheckpoint() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            try await importAndSync(office)
            office.server?.stop()
            let head = try await value(office, "SELECT MAX(seq) FROM audit_log")
            #expect(try await value(office, "SELECT seq FROM checkpoints") == head)
            // With the roster of the day beside it, for a reconciliation while nothing follows it.
            #expect(try await value(office, "SELECT seq FROM day_rosters") == head)
            _ = try await value(office, "UPDATE checkpoints SET mac = '\(String(repeating: "0", count: 64))'; SELECT changes();")

            let restarted = try await ServeProcess.start(config: office.config, home: office.home)
            let again = office.served(by: restarted)
            let roster = try await again.succeed(["roster", "show"])
            #expect(roster.stdout.contains("Budi Santoso"), "\(roster)")
            #expect(restarted.output.contains("checkpoint at audit record #\(head) does not carry the audit key's authentication code"),
                    "\(restarted.output)")
            restarted.stop()
            // The discarded checkpoint was replaced by a good one at shutdown: the next start trusts it.
            let final = try await ServeProcess.start(config: office.config, home: office.home)
            _ = try await office.served(by: final).succeed(["roster", "show"])
            final.stop()
            #expect(!final.output.contains("not trusted"), "\(final.output)")
        }
    }

    @Test("the scheduled full verification finds an edit below the checkpoint; then the bridge writes nothing")
    func scheduledVerification() async throws {
        try await withOffice(.sukamara, mode: .server, configure: { $0 + "\naudit:\n  verifyIntervalHours: 0.0004\n" }) { office in
            try await importAndSync(office)
            let server = try #require(office.server)
            let head = try await value(office, "SELECT MAX(seq) FROM audit_log")
            try await waitForLog(server, "scheduled audit verification: the audit log is intact: \(head) records")
            #expect(try await value(office, "SELECT COUNT(*) FROM checkpoints") == "1")

            // The SK's import record (the first record is the reconciliation `serve` runs at start; its confirmation follows).
            let seq = try await value(office, "SELECT MIN(seq) FROM audit_log WHERE kind = 'workflow'")
            let edited = try await sqlite(office, """
                DROP TRIGGER audit_log_no_update;
                UPDATE audit_log SET payload = replace(payload, 'Bidang PIAK', 'Bidang LAIN') WHERE seq = \(seq);
                SELECT COUNT(*) FROM audit_log WHERE payload LIKE '%Bidang LAIN%';
                """)
            try #require(edited.status == 0 && edited.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1", "\(edited)")
            try await waitForLog(server, "audit record #\(seq) was edited")
            #expect(try await value(office, "SELECT COUNT(*) FROM checkpoints") == "0")
            let sync = try await office.run(["sync"], at: "09:00")
            #expect(sync.status == 1 && sync.stderr.contains("does not verify"), "\(sync)")
        }
    }
}
