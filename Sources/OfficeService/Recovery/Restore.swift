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
    /// records, or does not verify), then puts in place of the configured database — which, if there is one, needs
    /// `replace` and is kept beside it as `.before-restore-STAMP` — the database it verified: a backup's as it is (the
    /// manifest's code covers the whole file), a replica's rebuilt from its verified records alone (nothing authenticates
    /// its other tables: the read models, the accounts and the outbox are made again from the log). Then the archive
    /// files (the manifest's, and any other the log names: a replica's log may have gone on after its manifest), each
    /// checked after copying (a different file under the same name is kept aside the same way), and the restore
    /// point beside the database (``RestorePoint``): until the directory's anchor has been checked against it, the
    /// office changes nothing.
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
        var head: (seq: Int64, hash: String, recordedAt: String?) = (0, "", nil)
        let manifest = try BackupCheck.verify(source, key: key, sop: sop, catalogue: settings.catalogue) { copy, verified throws(OfficeError) in
            named = try Self.namedFiles(copy, key: key)
            let built = copy.deletingLastPathComponent().appendingPathComponent("restored.sqlite")
            do throws(StoreError) {
                let log = try AccessStore(path: copy.path, key: key)
                if verified.kind == .replica {
                    let store = try AccessStore.rebuild(from: log, at: built.path, key: key)
                    try store.rebuildAccounts()
                    try store.rebuildProjections(sop: sop, catalogue: settings.catalogue, rosterOn: CivilDate(now, offset: sop.office.utcOffset))
                    try store.rebuildOutbox(sop: sop, catalogue: settings.catalogue, now: now)
                } else {
                    try AccessStore.snapshot(of: copy.path, to: built.path)
                }
                let last = try log.storedRecords(after: max(0, try log.head().seq - 1), limit: 1).last
                head = (last?.seq ?? 0, last?.hash ?? "", last?.recordedAt)
            } catch {
                throw .store(error)
            }
            for path in companions where manager.fileExists(atPath: path) {
                let aside = path + ".before-restore-\(stamp)"
                do { try manager.moveItem(atPath: path, toPath: aside) } catch {
                    throw .unavailable(.backupUnwritable(path: aside, detail: "\(error)"))
                }
                setAside.append(aside)
            }
            do throws(StoreError) { try AccessStore.snapshot(of: built.path, to: target.path) } catch { throw .store(error) }
            do {
                try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
            } catch {
                throw .unavailable(.backupUnwritable(path: target.path, detail: "\(error)"))
            }
        }
        do throws(StoreError) {
            try AccessStore.markRestored(databasePath: target.path, RestorePoint(
                source: source.path, kind: manifest.kind.rawValue, restoredAt: OfficeClock.format(now), headSeq: head.seq,
                headHash: head.hash, headRecordedAt: head.recordedAt))
        } catch {
            throw .store(error)
        }
        let archive = try settings.documentSettings().archiveFolder
        let listed = Set(manifest.archive.map(\.path))
        let files = manifest.archive + named.filter { !listed.contains($0.path) }
        for file in files {
            let relative = String(file.path.dropFirst(BackupManifest.archiveName.count + 1))
            guard ArchiveFolder.isValidName(relative) else { throw .refused(.notABackup(source.path, reason: .nameOutsideArchive(file.path))) }
            let destination = archive.appendingPathComponent(relative)
            if manager.fileExists(atPath: destination.path) {
                if try FileDigest.of(destination).sha256 == file.sha256 { continue }
                let aside = destination.path + ".before-restore-\(stamp)"
                do { try manager.moveItem(atPath: destination.path, toPath: aside) } catch {
                    throw .unavailable(.backupUnwritable(path: aside, detail: "\(error)"))
                }
                setAside.append(aside)
            }
            // Copied under a temporary name, checked, then named: a file changed in the source since it was verified
            // is never put in the archive.
            let temporary = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).restore-\(stamp)")
            do {
                try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? manager.removeItem(at: temporary)  // try?: a leftover of an interrupted restore, never a kept file (hidden name)
                try manager.copyItem(at: source.appendingPathComponent(file.path), to: temporary)
            } catch {
                throw .unavailable(.backupUnwritable(path: destination.path, detail: "\(error)"))
            }
            guard try FileDigest.of(temporary).sha256 == file.sha256 else {
                try? manager.removeItem(at: temporary)  // try?: the refusal below says what happened; the copy is worthless
                throw .refused(.notABackup(source.path, reason: .archiveChanged(file.path)))
            }
            do { try manager.moveItem(at: temporary, to: destination) } catch {
                throw .unavailable(.backupUnwritable(path: destination.path, detail: "\(error)"))
            }
        }
        return Outcome(manifest: manifest, records: head.seq, setAside: setAside, archiveFiles: files.count)
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
