import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

/// The disaster-recovery drill of issue 19, end to end on real slapd: a backup, work after it, the server's disk
/// lost, the backup restored; the office read-only until the loss is recorded; no revoked operator ever unlocked;
/// the lost work re-entered to completion.
@Suite("Recovery: the disaster-recovery drill")
struct DisasterRecoveryTests {
    static func sk(_ office: Office, _ number: String, _ line: String, at time: String) async throws {
        let csv = try office.write("sk-\(UUID().uuidString.prefix(6)).csv", "\(Candidates.header)\n\(line)\n")
        try await office.importConfirmed(
            ["--csv", csv, "--signed", "2026-11-20", "--effective", "2026-11-20", "--signer-name", "ZAINUDDIN, S.Sos",
             "--signer-nip", "19650218 198705 1 003"],
            number: number, at: time, as: Staff.adb.uid)
    }

    static let budi = "1;Budi Santoso, S.Kom;\(Candidates.budiNIP);;operator;Bidang PIAK;Operator"
    static let siti = "1;Siti Rahmawati, A.Md.;\(Candidates.sitiNIP);\(Candidates.sitiNIK);operator;Bidang PIAK;Operator"

    /// The operator entry of `uid`: locked, and its SIAK groups.
    static func entry(_ office: Office, _ uid: String) async throws -> (locked: Bool, groups: [String])? {
        let admin = try await office.directory.adminConnection()
        defer { Task { await admin.close() } }
        guard let entry = try await admin.read(
            office.directory.baseDN.child("ou", "operators").child("uid", uid), attributes: ["pwdAccountLockedTime", "memberOf"])
        else { return nil }
        return (entry.string("pwdAccountLockedTime") != nil, entry.strings("memberOf"))
    }

    @Test("backup, later work, disk lost, restore: read-only until the loss is recorded; no revoked operator unlocked; lost work re-entered")
    func drill() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            try await Self.sk(office, "800/1/Dukcapil/2026", Self.budi, at: "08:00")
            try await office.succeed(["sync"], at: "08:05")
            try await office.succeed(["handover", "budi.santoso", "--received-by", "Budi"], at: "08:06", as: Staff.adb.uid)
            let backups = office.home.appendingPathComponent("cadangan")
            let keyFolder = office.home.appendingPathComponent("flashdisk")
            // While the server runs, as the service user on the host.
            let made = try await office.run(["backup", backups.path, "--with-key", keyFolder.path, "--json"], at: "08:10")
            try #require(made.status == 0, "\(made)")
            let folder = try #require(try made.json([String: String].self)["folder"])
            try await office.succeed(["backup", "verify", folder])
            // A plain copy of the live file, as an administrator might take one, is not a backup.
            let plain = office.home.appendingPathComponent("salinan-biasa")
            try FileManager.default.createDirectory(at: plain, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: office.database, to: plain.appendingPathComponent("hakakses.sqlite"))

            // Later work: Budi transferred (revoked), a new SK for Siti, her handover.
            try await office.succeed(["revoke", Candidates.budiNIP, "--reason", "transfer", "--note", "mutasi"], at: "09:00", as: Staff.kadis.uid)
            try await Self.sk(office, "800/2/Dukcapil/2026", Self.siti, at: "09:10")
            try await office.succeed(["sync"], at: "09:15")
            try await office.succeed(["handover", Candidates.sitiNIP, "--received-by", "Siti"], at: "09:16", as: Staff.adb.uid)
            let before = try #require(try await Self.entry(office, "budi.santoso"))
            #expect(before.locked && before.groups.isEmpty, "Budi is locked and out of his groups after the revocation")

            // The disk is lost: database and archive gone.
            office.server?.stop()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: office.database.path + suffix) }
            try FileManager.default.removeItem(at: office.home.appendingPathComponent("archive"))

            // Neither a plain copy nor a folder of nothing is restored.
            let refusedPlain = try await office.run(["restore", plain.path], at: "10:00")
            #expect(refusedPlain.status == 1 && refusedPlain.stderr.contains("manifest.json") && refusedPlain.stderr.contains("-wal"), "\(refusedPlain)")
            let restored = try await office.run(["restore", folder, "--json"], at: "10:00")
            #expect(restored.status == 0, "\(restored)")
            #expect(restored.stdout.contains("800/2/Dukcapil/2026"), "the lost SK is named: \(restored)")
            #expect(restored.stdout.contains("nip:\(Candidates.budiNIP.filter(\.isNumber))"), "the lost revocation is named: \(restored)")

            // Served again: read-only; the server's first reconciliation unlocks nobody.
            let server = try await ServeProcess.start(config: office.config, home: office.home)
            let again = office.served(by: server)
            let head = try await again.succeed(["audit", "log", "--json", "--limit", "100000"]).json([AuditLogRow].self).count
            let write = try await again.run(["revoke", Candidates.sitiNIP, "--reason", "transfer", "--note", "x"], at: "10:05", as: Staff.kadis.uid)
            #expect(write.status == 4, "a change is refused until the office is recovered: \(write)")
            let health = try await APIClient(base: server.url).send(.GET, "/api/v1/health")
            #expect(health.json["status"] as? String == "read-only", "monitoring sees it: \(health)")
            let readOnlyBackup = try await again.run(["backup", backups.path], at: "10:06")
            #expect(readOnlyBackup.status == 4, "a backup records itself, so it waits for the recovery too: \(readOnlyBackup)")
            #expect(try await again.succeed(["audit", "log", "--json", "--limit", "100000"]).json([AuditLogRow].self).count == head,
                    "nothing was recorded")
            try await Task.sleep(for: .seconds(2))
            let afterStart = try #require(try await Self.entry(office, "budi.santoso"))
            #expect(afterStart.locked && afterStart.groups.isEmpty, "the restored log's roster must not re-enable the transferred operator")
            server.stop()

            // The loss recorded, by a named person; a nearly empty log would have been refused.
            let reanchor = try await office.run(["audit", "reanchor", "--reason", "disk server rusak; cadangan 08:10 dipulihkan", "--by", "Dewi (ADB)"], at: "10:10")
            #expect(reanchor.status == 0, "\(reanchor)")
            let final = try await ServeProcess.start(config: office.config, home: office.home)
            defer { final.stop() }
            let recovered = office.served(by: final)
            try await Task.sleep(for: .seconds(2))
            let stillLocked = try #require(try await Self.entry(office, "budi.santoso"))
            #expect(stillLocked.locked && stillLocked.groups.isEmpty, "no reconciliation unlocks him after the reanchor either")
            #expect(final.output.contains("not applied"), "the server's schedule waits for the ADB: \(final.output)")
            // The ADB applies a reconciliation by hand, as the runbook says, before the revocation is entered again:
            // the lock made by the lost revocation holds (the reanchor record is newer than the lock, but no SK or
            // request recorded after the lock grants him again).
            let applied = try await recovered.run(["reconcile", "--apply", "--json"], at: "10:15", as: Staff.adb.uid)
            #expect(applied.status == 0 || applied.status == 1, "\(applied)")
            let afterApply = try #require(try await Self.entry(office, "budi.santoso"))
            #expect(afterApply.locked && afterApply.groups.isEmpty, "a hand reconciliation after the reanchor does not unlock him: \(applied)")

            // The lost work re-entered: the revocation, then Siti's SK; her existing account is adopted and handed over.
            try await recovered.succeed(["revoke", Candidates.budiNIP, "--reason", "transfer", "--note", "mutasi (dicatat lagi)"], at: "10:20", as: Staff.kadis.uid)
            try await Self.sk(recovered, "800/2/Dukcapil/2026", Self.siti, at: "10:25")
            try await recovered.succeed(["sync"], at: "10:30")
            let handed = try await recovered.succeed(["handover", Candidates.sitiNIP, "--received-by", "Siti", "--json"], at: "10:31", as: Staff.adb.uid)
            #expect(try handed.leadingJSON([String: String].self)["username"] == "siti.rahmawati", "\(handed)")
            try await recovered.succeed(["document", "make", "bast", "--decree", "800/2/Dukcapil/2026", "--person", Candidates.sitiNIP], at: "10:32", as: Staff.adb.uid)
            let end = try #require(try await Self.entry(office, "budi.santoso"))
            #expect(end.locked && end.groups.isEmpty)
        }
    }

    @Test("a reanchor of an empty database (a file copied without its -wal) is refused by name, and without --by nobody records anything")
    func emptyDatabase() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            try await Self.sk(office, "800/1/Dukcapil/2026", Self.budi, at: "08:00")
            try await office.succeed(["sync"], at: "08:05")
            office.server?.stop()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: office.database.path + suffix) }
            // An empty database in its place (what a copy without the -wal file often is).
            let created = try await CLIRunner.run(
                executable: URL(fileURLWithPath: "/usr/bin/sqlite3"), [office.database.path, "VACUUM;"], in: office.home, environment: [:])
            try #require(created.status == 0, "\(created)")
            let nobody = try await office.run(["audit", "reanchor", "--reason", "x"], at: "09:00")
            #expect(nobody.status == 2 && nobody.stderr.contains("--by"), "\(nobody)")
            let empty = try await office.run(["audit", "reanchor", "--reason", "x", "--by", "Dewi"], at: "09:00")
            #expect(empty.status == 1 && empty.stderr.contains("-wal"), "\(empty)")
        }
    }

    @Test("a rehearsal server restarted on an old log does its background work at the log's time: a revocation of 2025 is not past its grace period in 2026")
    func rehearsalClock() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let csv = try office.write("sk-2025.csv", "\(Candidates.header)\n\(Self.budi)\n")
            try await office.importConfirmed(
                ["--csv", csv, "--signed", "2025-06-02", "--effective", "2025-06-02", "--signer-name", "ZAINUDDIN, S.Sos",
                 "--signer-nip", "19650218 198705 1 003"],
                number: "800/9/Dukcapil/2025", at: "2025-06-02T08:00:00+07:00", as: Staff.adb.uid)
            try await office.succeed(["sync"], at: "2025-06-02T08:05:00+07:00")
            try await office.succeed(["revoke", Candidates.budiNIP, "--reason", "transfer", "--note", "mutasi"], at: "2025-06-02T09:00:00+07:00", as: Staff.kadis.uid)
            try await office.succeed(["sync"], at: "2025-06-02T09:05:00+07:00")
            #expect(try await Self.entry(office, "budi.santoso")?.locked == true)
            office.server?.stop()
            // Restarted without a time named: its bridge and reconciliation run at once, at the log's time.
            let server = try await ServeProcess.start(config: office.config, home: office.home)
            defer { server.stop() }
            try await Task.sleep(for: .seconds(3))
            let budi = try await Self.entry(office, "budi.santoso")
            #expect(budi?.locked == true, "locked 2025-06-02, within its 30 days of grace at the log's time; not deleted: \(server.output)")
        }
    }
}
