import AccessStore
import AccessWorkflow
public import Foundation

/// Putting a verified backup (or a replica's folder) back as an office's database and archive. Never writes to the
/// directory: what the restore lost is then what the directory's anchor says (``LossReport``), shown, not undone.
public enum Restore {
    /// What was put back.
    public struct Outcome: Sendable {
        public let manifest: BackupManifest
        /// The records of the database put back (a replica's may go beyond its manifest).
        public let records: Int64
        /// Where the database that was there before went (`--replace`), if there was one.
        public let setAside: [String]
        public let archiveFiles: Int
    }

    /// Verifies `source` (``BackupCheck/verify``: refused with the reason when it is not a backup, misses its
    /// records, or does not verify), then puts the database it verified in place of the configured one — which, if
    /// there is one, needs `replace` and is kept beside it as `.before-restore-STAMP` — and the archive files (the
    /// manifest's, and any other its log names: a replica's log may have gone on after its manifest) in the archive
    /// folder (a different file under the same name is kept aside the same way). A replica's log is given its tables
    /// (the read models, the accounts) from its records.
    public static func run(_ settings: OfficeSettings, from source: URL, replace: Bool, now: Date) throws(OfficeError) -> Outcome {
        let key = try settings.auditKey()
        let sop = settings.sop
        let manager = FileManager.default
        let target = settings.databaseURL
        let stamp = Office.backupStamp(now, offset: sop.office.utcOffset)
        let companions = [target.path, target.path + "-wal", target.path + "-shm"]
        let occupied = companions.contains(where: manager.fileExists)
        if occupied, !replace { throw .refused(.databaseExists(target.path)) }
        var setAside: [String] = []
        var named: [BackupManifest.File] = []
        let manifest = try BackupCheck.verify(source, key: key, sop: sop, catalogue: settings.catalogue) { copy throws(OfficeError) in
            named = try Self.namedFiles(copy, key: key)
            for path in companions where manager.fileExists(atPath: path) {
                let aside = path + ".before-restore-\(stamp)"
                do { try manager.moveItem(atPath: path, toPath: aside) } catch {
                    throw .unavailable(.backupUnwritable(path: aside, detail: "\(error)"))
                }
                setAside.append(aside)
            }
            do throws(StoreError) { try AccessStore.snapshot(of: copy.path, to: target.path) } catch { throw .store(error) }
            do {
                try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
            } catch {
                throw .unavailable(.backupUnwritable(path: target.path, detail: "\(error)"))
            }
        }
        let records: Int64
        do throws(StoreError) { records = try AccessStore(path: target.path, key: key).head().seq } catch { throw .store(error) }
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
        let listed = Set(manifest.archive.map(\.path))
        let files = manifest.archive + named.filter { !listed.contains($0.path) }
        for file in files {
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
        return Outcome(manifest: manifest, records: records, setAside: setAside, archiveFiles: files.count)
    }

    /// The files the log of the database at `url` names, as a manifest lists them.
    private static func namedFiles(_ url: URL, key: AuditKey) throws(OfficeError) -> [BackupManifest.File] {
        do throws(StoreError) {
            let index = try ArchiveIndex.load(try AccessStore(path: url.path, key: key))
            return index.entries.map { .init(path: "\(BackupManifest.archiveName)/\($0.file)", size: Int64($0.size), sha256: $0.sha256) }
        } catch {
            throw .store(error)
        }
    }
}
