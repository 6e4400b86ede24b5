import AccessStore
import Crypto
import Foundation
import LDAP
import LocalDirectory
import OfficeService
import TestSupport
import Testing

/// What a backup and a restore must never do, whoever can write the archive, the backup folder or the moment:
/// overwrite or remove an earlier backup, follow a link out of the archive, write outside the archive, or let a
/// restored database change anything before the directory's anchor has been checked.
@Suite("Recovery: backups and restores that cannot be turned against the office")
struct BackupSafetyTests {
    @Test("two backups in the same second are two folders; a failed one removes only what it made")
    func sameSecond() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            try await DisasterRecoveryTests.sk(office, "800/1/Dukcapil/2026", DisasterRecoveryTests.budi, at: "08:00")
            let target = office.home.appendingPathComponent("cadangan")
            let first = try await office.run(["backup", target.path, "--json"], at: "08:10")
            let second = try await office.run(["backup", target.path, "--json"], at: "08:10")
            try #require(first.status == 0 && second.status == 0, "\(first) \(second)")
            let folders = try [first, second].map { try #require(try $0.json([String: String].self)["folder"]) }
            #expect(folders[0] != folders[1] && folders[1].hasSuffix("-2"), "\(folders)")
            for folder in folders { try await office.succeed(["backup", "verify", folder]) }
            // A destination that cannot be written: refused, and the earlier backups are all still there.
            try Data().write(to: office.home.appendingPathComponent("bukan-folder"))
            let refused = try await office.run(["backup", office.home.appendingPathComponent("bukan-folder").path], at: "08:10")
            #expect(refused.status != 0, "\(refused)")
            for folder in folders { try await office.succeed(["backup", "verify", folder]) }
        }
    }

    @Test("a link in the archive (to the audit key, or to the folder holding it) is never followed: not copied, and named")
    func linkInArchive() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            try await DisasterRecoveryTests.sk(office, "800/1/Dukcapil/2026", DisasterRecoveryTests.budi, at: "08:00")
            let folder = office.home.appendingPathComponent("archive/dokumen/2026")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                at: folder.appendingPathComponent("kunci.pdf"), withDestinationURL: office.home.appendingPathComponent("audit.key"))
            // A folder that is a link (to the office's home, which holds the key) is not entered either.
            try FileManager.default.createSymbolicLink(
                at: office.home.appendingPathComponent("archive/dokumen/2027"), withDestinationURL: office.home)
            let made = try await office.run(["backup", office.home.appendingPathComponent("cadangan").path, "--json"], at: "08:10")
            try #require(made.status == 0, "\(made)")
            #expect(made.stderr.contains("dokumen/2026/kunci.pdf"), "the link is named: \(made)")
            let backup = URL(fileURLWithPath: try #require(try made.json([String: String].self)["folder"]))
            let manifest = try BackupManifest.read(from: backup)
            #expect(made.stderr.contains("dokumen/2027"), "the linked folder is named: \(made)")
            #expect(!manifest.archive.contains { $0.path.contains("kunci") || $0.path.contains("2027") })
            #expect(!FileManager.default.fileExists(atPath: backup.appendingPathComponent("archive/dokumen/2027").path))
            #expect(!FileManager.default.fileExists(atPath: backup.appendingPathComponent("archive/dokumen/2026/kunci.pdf").path))
        }
    }

    @Test("the SLA report names the newest backup (Sukamara's pencatatan: a copy kept as a reserve), and says when there is none")
    func backupInSLAReport() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let before = try await office.succeed(["sla", "report", "--json"], at: "08:00").json(SLAReportJSON.self)
            #expect(before.lastBackup == nil)
            let none = try await office.succeed(["sla", "report", "--lang", "en"], at: "08:00")
            #expect(none.stdout.contains("no backup made yet"), "\(none)")
            let made = try await office.run(["backup", office.home.appendingPathComponent("cadangan").path, "--json"], at: "08:10")
            try #require(made.status == 0, "\(made)")
            let folder = try #require(try made.json([String: String].self)["folder"])
            let after = try await office.succeed(["sla", "report", "--json"], at: "08:20").json(SLAReportJSON.self)
            #expect(after.lastBackup?.folder == folder && (after.lastBackup?.records ?? 0) > 0)
            let named = try await office.succeed(["sla", "report", "--lang", "en"], at: "08:20")
            #expect(named.stdout.contains("last backup:") && named.stdout.contains(folder), "\(named)")
        }
    }

    @Test("a manifest naming a file outside the archive is refused by name, even with a valid code, and nothing is written")
    func nameOutsideArchive() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            try await DisasterRecoveryTests.sk(office, "800/1/Dukcapil/2026", DisasterRecoveryTests.budi, at: "08:00")
            let made = try await office.run(["backup", office.home.appendingPathComponent("cadangan").path, "--json"], at: "08:10")
            let backup = URL(fileURLWithPath: try #require(try made.json([String: String].self)["folder"]))
            office.server?.stop()
            // Someone who holds the key adds a file beside the database to the manifest, and signs it.
            let planted = Data("bukan log".utf8)
            try planted.write(to: backup.appendingPathComponent("hakakses.sqlite-wal"))
            let key = try AuditKey(contentsOf: office.home.appendingPathComponent("audit.key"))
            let original = try BackupManifest.read(from: backup)
            let forged = BackupManifest(
                kind: original.kind, office: original.office, sop: original.sop, createdAt: original.createdAt, headSeq: original.headSeq,
                headHash: original.headHash, records: original.records, keyFingerprint: original.keyFingerprint, database: original.database,
                archive: original.archive + [.init(path: "archive/../hakakses.sqlite-wal", size: Int64(planted.count), sha256: Self.sha256(planted))])
            try forged.signed(key).write(into: backup)
            let refused = try await office.run(["restore", backup.path, "--replace"], at: "09:00")
            #expect(refused.status == 1 && refused.stderr.contains("archive/../hakakses.sqlite-wal"), "\(refused)")
            #expect(FileManager.default.fileExists(atPath: office.database.path), "the database in place is untouched")
            #expect(!FileManager.default.fileExists(atPath: office.database.path + ".restored"))
        }
    }

    @Test("a restored database changes nothing while the directory's anchor cannot be checked; once it can and matches, the office goes on")
    func restoredUnchecked() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            try await DisasterRecoveryTests.sk(office, "800/1/Dukcapil/2026", DisasterRecoveryTests.budi, at: "08:00")
            try await office.succeed(["sync"], at: "08:05")
            let made = try await office.run(["backup", office.home.appendingPathComponent("cadangan").path, "--json"], at: "08:10")
            let backup = try #require(try made.json([String: String].self)["folder"])
            office.server?.stop()
            _ = await office.directory.stop()
            let restored = try await office.run(["restore", backup, "--replace"], at: "08:20")
            #expect(restored.status == 0 && restored.stdout.contains("could not be reached"), "\(restored)")
            #expect(FileManager.default.fileExists(atPath: office.database.path + ".restored"))
            let settings = try OfficeSettings.load(office.config)
            let service = try OfficeService.Office(settings: settings) { _ in }
            #expect(await service.isReadOnly(), "fails closed while the anchor cannot be read")
            do throws(OfficeError) {
                _ = try await service.authorize(.sync, .host)
                Issue.record("a change was let through on an unchecked restore")
            } catch {
                if case .recoveryNeeded(.restoredUnchecked(let source, _)) = error {
                    #expect(source == backup)
                } else {
                    Issue.record("refused for another reason: \(error)")
                }
            }
            try await office.directory.start()
            let again = try OfficeService.Office(settings: settings) { _ in }
            #expect(await again.checkAnchor() == .matches, "nothing was lost: the backup is the whole log")
            #expect(await !again.isReadOnly())
            #expect(!FileManager.default.fileExists(atPath: office.database.path + ".restored"), "the restore point has done its work")
        }
    }

    static func sha256(_ data: Data) -> String { data.sha256Hex }
}

private extension Data {
    var sha256Hex: String {
        var hasher = Crypto.SHA256()
        hasher.update(data: self)
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
