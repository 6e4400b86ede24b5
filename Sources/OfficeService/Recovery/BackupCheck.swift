public import AccessStore
public import AccessWorkflow
public import Foundation

/// Checking a backup (or a replica's folder) without restoring it: what `hakakses backup verify` and `hakakses
/// restore` do before anything else.
public enum BackupCheck {
    /// The manifest of `folder`, once everything it says holds: its code is the audit key's, the database is the
    /// file it names, the log in it is intact (chain, hashes, codes, every workflow record replayed) and ends where the
    /// manifest says (a replica's may go on: it kept following after writing its manifest), and every archived file
    /// is there with its SHA-256 and matches the audit record that keeps it.
    public static func verify(_ folder: URL, key: AuditKey, sop: SOPDefinition, catalogue: RoleCatalogue) throws(OfficeError)
        -> BackupManifest
    {
        try verify(folder, key: key, sop: sop, catalogue: catalogue) { _, _ throws(OfficeError) in }
    }

    /// The same, then `use` with the database that was verified (a private copy: a restore puts exactly that copy
    /// in place, not the folder's file again) and the manifest as it was verified.
    static func verify(
        _ folder: URL, key: AuditKey, sop: SOPDefinition, catalogue: RoleCatalogue,
        then use: (URL, BackupManifest) throws(OfficeError) -> Void
    ) throws(OfficeError) -> BackupManifest {
        let manifest = try BackupManifest.read(from: folder)
        guard manifest.keyFingerprint == key.fingerprint else {
            throw .refused(.notABackup(folder.path, reason: .otherKey(manifest: manifest.keyFingerprint, key: key.fingerprint)))
        }
        guard Digests.equal(try manifest.expectedCode(key), manifest.code) else {
            throw .refused(.notABackup(folder.path, reason: .codeInvalid))
        }
        guard manifest.office == sop.office.name else {
            throw .refused(.notABackup(folder.path, reason: .otherOffice(manifest: manifest.office, office: sop.office.name)))
        }
        // Every file a manifest names is inside the backup's archive folder, under a name the archive uses.
        for file in manifest.archive {
            let prefix = BackupManifest.archiveName + "/"
            guard file.path.hasPrefix(prefix), ArchiveFolder.isValidName(String(file.path.dropFirst(prefix.count))) else {
                throw .refused(.notABackup(folder.path, reason: .nameOutsideArchive(file.path)))
            }
        }
        let database = folder.appendingPathComponent(BackupManifest.databaseName)
        guard FileManager.default.fileExists(atPath: database.path) else {
            throw .refused(.notABackup(folder.path, reason: .databaseMissing))
        }
        for file in manifest.archive {
            let url = folder.appendingPathComponent(file.path)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw .refused(.notABackup(folder.path, reason: .archiveMissing(file.path)))
            }
            guard try FileDigest.of(url).sha256 == file.sha256 else {
                throw .refused(.notABackup(folder.path, reason: .archiveChanged(file.path)))
            }
        }
        try withPrivateCopy(of: database, consistent: manifest.kind == .replica) { copy, digest throws(OfficeError) in
            // The copy is what is checked and what a restore uses: the folder's file may change meanwhile.
            if let expected = manifest.database {
                let found: (size: Int64, sha256: String)
                if let digest { found = digest } else { found = try FileDigest.of(copy) }
                guard found.sha256 == expected.sha256 else {
                    throw .refused(.notABackup(folder.path, reason: .databaseChanged(expected: expected.sha256, found: found.sha256)))
                }
            }
            let (records, head) = try verifiedLog(copy, key: key, sop: sop, catalogue: catalogue, shown: folder.path)
            switch manifest.kind {
            case .backup:
                guard records == manifest.records, head == manifest.headHash else {
                    throw .refused(.notABackup(folder.path, reason: .headMismatch(manifest: manifest.headSeq, found: records)))
                }
            case .replica:
                guard records >= manifest.records, try recordHash(copy, seq: manifest.headSeq, key: key) == manifest.headHash else {
                    throw .refused(.notABackup(folder.path, reason: .headMismatch(manifest: manifest.headSeq, found: records)))
                }
            }
            try checkArchive(folder.appendingPathComponent(BackupManifest.archiveName), database: copy, key: key, shown: folder.path)
            try use(copy, manifest)
        }
        return manifest
    }

    /// The hash of record `seq` in the database at `url` (the genesis hash for 0).
    private static func recordHash(_ url: URL, seq: Int64, key: AuditKey) throws(OfficeError) -> String? {
        do throws(StoreError) {
            let store = try AccessStore(path: url.path, key: key)
            if seq == 0 { return try store.storedRecords(after: 0, limit: 1).first?.prevHash }
            return try store.storedRecords(after: seq - 1, limit: 1).first.flatMap { $0.seq == seq ? $0.hash : nil }
        } catch {
            throw .store(error)
        }
    }

    /// Runs `body` on a copy of the database file in a private temporary folder, with the SHA-256 of the bytes
    /// copied: opening a database (SQLite, the store's schema check) may touch its file, and a backup is never
    /// touched. `consistent` copies through SQLite instead (a replica's database may be in use, its newest records
    /// still in its write-ahead log; no digest then).
    static func withPrivateCopy(
        of database: URL, consistent: Bool = false, _ body: (URL, (size: Int64, sha256: String)?) throws(OfficeError) -> Void
    ) throws(OfficeError) {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("hakakses-check-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }  // try?: a temporary copy; nothing depends on its removal
        let copy = folder.appendingPathComponent(BackupManifest.databaseName)
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .unavailable(.backupUnwritable(path: copy.path, detail: "\(error)"))
        }
        if consistent {
            do throws(StoreError) { try AccessStore.snapshot(of: database.path, to: copy.path) } catch { throw .store(error) }
            try body(copy, nil)
        } else {
            let digest = try FileDigest.copy(database, to: copy)
            try body(copy, digest)
        }
    }

    /// The record count and head hash of the database file at `url`, once its whole log verified.
    /// With `readingOnly`, the file is opened without writing anything into it or beside it (a backup just made,
    /// in rollback-journal mode).
    static func verifiedLog(_ url: URL, readingOnly: Bool = false, key: AuditKey, sop: SOPDefinition, catalogue: RoleCatalogue,
                            shown folder: String) throws(OfficeError) -> (records: Int64, head: String)
    {
        let verification: AuditVerification
        do throws(StoreError) {
            let store = readingOnly ? try AccessStore(readingOnly: url.path, key: key) : try AccessStore(path: url.path, key: key)
            verification = try store.verify(sop: sop, catalogue: catalogue)
        } catch {
            throw .refused(.notABackup(folder, reason: .logBroken(error.description)))
        }
        switch verification {
        case .intact(let count, let head): return (count, head)
        case .broken(let problem): throw .refused(.notABackup(folder, reason: .logBroken(problem.description)))
        }
    }

    /// Every file the log at `database` says the archive keeps, among `copied` (archive name → SHA-256 of the bytes
    /// written) with its SHA-256: the check of a backup just made, without reading its files again (its database is
    /// opened for reading only).
    static func checkArchive(copied: [String: String], database: URL, key: AuditKey, shown folder: String) throws(OfficeError) {
        let index: ArchiveIndex
        do throws(StoreError) { index = try ArchiveIndex.load(try AccessStore(readingOnly: database.path, key: key)) } catch {
            throw .store(error)
        }
        for entry in index.entries {
            guard let found = copied[entry.file] else {
                throw .refused(.notABackup(folder, reason: .archiveMissing("\(BackupManifest.archiveName)/\(entry.file)")))
            }
            guard found == entry.sha256 else {
                throw .refused(.notABackup(folder, reason: .archiveChanged("\(BackupManifest.archiveName)/\(entry.file)")))
            }
        }
    }

    /// Every file the log at `database` says the archive keeps, present under `archive` with its SHA-256.
    static func checkArchive(_ archive: URL, database: URL, key: AuditKey, shown folder: String) throws(OfficeError) {
        let store: AccessStore
        do throws(StoreError) { store = try AccessStore(path: database.path, key: key) } catch { throw .store(error) }
        let (_, problems) = try ArchiveVerification.check(archive: archive, store: store, state: nil)
        if let first = problems.first {
            switch first.issue {
            case .missing: throw .refused(.notABackup(folder, reason: .archiveMissing(first.path)))
            case .changed: throw .refused(.notABackup(folder, reason: .archiveChanged(first.path)))
            }
        }
    }
}
