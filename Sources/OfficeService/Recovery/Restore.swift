import AccessStore
import AccessWorkflow
public import Foundation

/// Putting a verified backup (or a replica's folder) back as an office's database and archive. Never writes to the
/// directory: what the restore lost is then what the directory's anchor says (``LossReport``), shown, not undone.
public enum Restore {
    /// What was put back.
    public struct Outcome: Sendable {
        public let manifest: BackupManifest
        /// Where the database that was there before went (`--replace`), if there was one.
        public let setAside: [String]
        public let archiveFiles: Int
    }

    /// Verifies `source` (``BackupCheck/verify``: refused with the reason when it is not a backup, misses its
    /// records, or does not verify), then puts its database in place of the configured one — which, if there is one,
    /// needs `replace` and is kept beside it as `.before-restore-STAMP` — and its archive files in the archive folder
    /// (a different file under the same name is kept aside the same way). A replica's log is given its tables (the
    /// read models, the accounts) from its records.
    public static func run(_ settings: OfficeSettings, from source: URL, replace: Bool, now: Date) throws(OfficeError) -> Outcome {
        let key = try settings.auditKey()
        let sop = settings.sop
        let manifest = try BackupCheck.verify(source, key: key, sop: sop, catalogue: settings.catalogue)
        let manager = FileManager.default
        let target = settings.databaseURL
        let stamp = Office.backupStamp(now, offset: sop.office.utcOffset)
        let companions = [target.path, target.path + "-wal", target.path + "-shm"]
        var setAside: [String] = []
        if companions.contains(where: manager.fileExists) {
            guard replace else { throw .refused(.databaseExists(target.path)) }
            for path in companions where manager.fileExists(atPath: path) {
                let aside = path + ".before-restore-\(stamp)"
                do { try manager.moveItem(atPath: path, toPath: aside) } catch {
                    throw .unavailable(.backupUnwritable(path: aside, detail: "\(error)"))
                }
                setAside.append(aside)
            }
        }
        do {
            try manager.copyItem(at: source.appendingPathComponent(BackupManifest.databaseName), to: target)
            try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
        } catch {
            throw .unavailable(.backupUnwritable(path: target.path, detail: "\(error)"))
        }
        if manifest.kind == .replica {
            do throws(StoreError) {
                let store = try AccessStore(path: target.path, key: key)
                try store.rebuildAccounts()
                try store.rebuildProjections(sop: sop, catalogue: settings.catalogue, rosterOn: CivilDate(now, offset: sop.office.utcOffset))
            } catch {
                throw .store(error)
            }
        }
        let archive = try settings.documentSettings().archiveFolder
        for file in manifest.archive {
            let relative = String(file.path.dropFirst(BackupManifest.archiveName.count + 1))
            let destination = archive.appendingPathComponent(relative)
            if manager.fileExists(atPath: destination.path) {
                if try FileDigest.of(destination).sha256 == file.sha256 { continue }
                let aside = destination.path + ".before-restore-\(stamp)"
                do { try manager.moveItem(atPath: destination.path, toPath: aside) } catch {
                    throw .unavailable(.backupUnwritable(path: aside, detail: "\(error)"))
                }
                setAside.append(aside)
            }
            do {
                try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try manager.copyItem(at: source.appendingPathComponent(file.path), to: destination)
            } catch {
                throw .unavailable(.backupUnwritable(path: destination.path, detail: "\(error)"))
            }
        }
        return Outcome(manifest: manifest, setAside: setAside, archiveFiles: manifest.archive.count)
    }
}
