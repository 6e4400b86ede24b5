import AccessStore
import AccessWorkflow
public import Foundation

extension Office {
    /// Makes a backup in a new folder under `destination`: a consistent copy of the database (SQLite's online
    /// backup, the write-ahead log's records included, while the office keeps working), a copy of the archive, and a
    /// manifest authenticated with the audit key (``BackupManifest``); then verifies it as ``BackupCheck/verify``
    /// will (the copy reopened, its log verified whole against the manifest, every archived file against its audit
    /// record) and records the backup in the audit log (`backup.made`). With `keyFolder`, a copy of the audit key goes
    /// there — never inside the backup. Anything that fails leaves no folder behind (the folder is new: a backup
    /// never writes into an existing one). Refused while the office is read-only (recover first). Returns the folder,
    /// its manifest, and the files of the archive folder that are not the office's (links, hidden or foreign names),
    /// which are not copied.
    public func backup(into destination: URL, keyFolder: URL?, now: Date) async throws(OfficeError) -> BackupOutcome {
        let key = try settings.auditKey()
        let sop = self.sop, catalogue = self.catalogue, office = sop.office
        let archive = try settings.documentSettings().archiveFolder
        let stamp = Self.backupStamp(now, offset: sop.office.utcOffset)
        let named = destination.appendingPathComponent("hakakses-\(ArchiveFolder.slug(office.region.description))-\(stamp)")
        if let keyFolder {
            // Compared as the file system resolves them: a link to the backups' folder is that folder.
            let inside = keyFolder.standardizedFileURL.resolvingSymlinksInPath().path + "/"
            if inside.hasPrefix(destination.standardizedFileURL.resolvingSymlinksInPath().path + "/") {
                throw .badInput(.keyBesideBackup(key: keyFolder.path, backup: destination.path))
            }
        }
        let store = self.store
        // Whether the office is read-only (it reads the directory's anchor) is found out while the copying runs; a
        // backup of a read-only office is removed again, since it could not be recorded.
        async let recoverable: OfficeError? = {
            do throws(OfficeError) {
                try await self.requireRecoverable()
                return nil
            } catch {
                return error
            }
        }()
        let made: Result<(URL, BackupManifest, [String]), OfficeError> = await Blocking.run {
            let created: URL
            do throws(OfficeError) { created = try Self.createNewFolder(named) } catch { return .failure(error) }
            do throws(OfficeError) {
                let (manifest, skipped) = try Self.writeBackup(
                    store: store, key: key, sop: sop, catalogue: catalogue, archive: archive, folder: created, now: now)
                return .success((created, manifest, skipped))
            } catch {
                try? FileManager.default.removeItem(at: created)  // try?: made by this run only; a failed backup leaves nothing that looks like one
                return .failure(error)
            }
        }
        if let refusal = await recoverable {
            if case .success(let (created, _, _)) = made { try? FileManager.default.removeItem(at: created) }  // try?: made by this run only, never recorded
            throw refusal
        }
        let (folder, manifest, skipped) = try made.get()
        if let keyFolder {
            let copied: OfficeError? = await Blocking.run {
                do throws(OfficeError) {
                    try Self.copyKey(settings: self.settings, key: key, to: keyFolder)
                    return nil
                } catch {
                    return error
                }
            }
            if let copied {
                try? FileManager.default.removeItem(at: folder)  // try?: made by this run only; a failed backup leaves nothing that looks like one
                throw copied
            }
        }
        let payload = BackupRecord(
            folder: folder.path, headSeq: manifest.headSeq, headHash: manifest.headHash, records: manifest.records,
            files: manifest.archive.count, bytes: (manifest.database?.size ?? 0) + manifest.archive.reduce(0) { $0 + $1.size },
            keyCopied: keyFolder != nil)
        _ = try await storeCall { store throws(StoreError) in
            try store.append(kind: Office.backupKind, actor: "host", subject: "", payload: payload, at: now)
        }
        return BackupOutcome(folder: folder, manifest: manifest, skipped: skipped)
    }

    /// Creates `folder` (mode 0700), which must not exist: if it does (two backups in the same second), the next
    /// free name with `-2`, `-3`, … The folder made.
    static func createNewFolder(_ folder: URL) throws(OfficeError) -> URL {
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .unavailable(.backupUnwritable(path: folder.deletingLastPathComponent().path, detail: "\(error)"))
        }
        for attempt in 1...100 {
            let candidate = attempt == 1 ? folder : folder.deletingLastPathComponent().appendingPathComponent("\(folder.lastPathComponent)-\(attempt)")
            if mkdir(candidate.path, 0o700) == 0 { return candidate }
            guard errno == EEXIST else {
                throw .unavailable(.backupUnwritable(path: candidate.path, detail: String(cString: strerror(errno))))
            }
        }
        throw .unavailable(.backupUnwritable(path: folder.path, detail: "100 backups of the same second exist already"))
    }

    /// The audit kind of a backup made.
    static let backupKind = "backup.made"

    /// The payload of `backup.made` (read back by the SLA report's record keeping).
    struct BackupRecord: Codable, Sendable {
        let folder: String
        let headSeq: Int64
        let headHash: String
        let records: Int64
        let files: Int
        let bytes: Int64
        let keyCopied: Bool
    }

    /// "20261207T081500" in office time.
    static func backupStamp(_ instant: Date, offset: UTCOffset) -> String {
        let local = Int((instant.timeIntervalSince1970 + Double(offset.seconds)).rounded(.down))
        let day = CivilDate(instant, offset: offset)
        let seconds = ((local % 86_400) + 86_400) % 86_400
        func two(_ value: Int) -> String { (value < 10 ? "0" : "") + String(value) }
        return "\(day.year)\(two(day.month))\(two(day.day))T\(two(seconds / 3600))\(two(seconds / 60 % 60))\(two(seconds % 60))"
    }

    private static func writeBackup(
        store: AccessStore, key: AuditKey, sop: SOPDefinition, catalogue: RoleCatalogue, archive: URL, folder: URL, now: Date
    ) throws(OfficeError) -> (BackupManifest, [String]) {
        let database = folder.appendingPathComponent(BackupManifest.databaseName)
        // Two cores, two jobs. One copies the database (SQLite's online backup) and verifies the copy as a restore
        // will — reopened for reading only (nothing is written into the backup), its log walked whole; the other
        // copies the archive meanwhile (each file hashed as it is written), then hashes the database's copy once
        // it is complete. The archive is checked against the copy's log after both.
        let jobs = TwoJobs()
        let copied = DispatchSemaphore(value: 0)
        DispatchQueue.concurrentPerform(iterations: 2) { job in
            if job == 0 {
                jobs.first = Result { () throws(OfficeError) in
                    let backup = Result { () throws(StoreError) in try store.backup(to: database.path) }
                    copied.signal()  // also when the copy failed: the other job must not wait for ever
                    do throws(StoreError) { try backup.get() } catch { throw .store(error) }
                    return try BackupCheck.verifiedLog(database, readingOnly: true, key: key, sop: sop, catalogue: catalogue, shown: folder.path)
                }
            } else {
                jobs.second = Result { () throws(OfficeError) in
                    let archived = try ArchiveCopy.copy(from: archive, to: folder.appendingPathComponent(BackupManifest.archiveName))
                    copied.wait()
                    return (try FileDigest.of(database), archived.files, archived.skipped)
                }
            }
        }
        let (records, head) = try jobs.logResult()
        let (digest, files, skipped) = try jobs.archiveResult()
        let written = Dictionary(files.map { (String($0.path.dropFirst(BackupManifest.archiveName.count + 1)), $0.sha256) },
                                 uniquingKeysWith: { first, _ in first })
        try BackupCheck.checkArchive(copied: written, database: database, key: key, shown: folder.path)
        let manifest = BackupManifest(
            kind: .backup, office: sop.office.name, sop: sop.number, createdAt: OfficeClock.format(now), headSeq: records,
            headHash: head, records: records, keyFingerprint: key.fingerprint,
            database: .init(path: BackupManifest.databaseName, size: digest.size, sha256: digest.sha256), archive: files)
        try manifest.signed(key).write(into: folder)
        return (try BackupManifest.read(from: folder), skipped)
    }

    private static func copyKey(settings: OfficeSettings, key: AuditKey, to folder: URL) throws(OfficeError) {
        let manager = FileManager.default
        let target = folder.appendingPathComponent("audit-\(key.fingerprint.prefix(16)).key")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            if !manager.fileExists(atPath: target.path) {
                try manager.copyItem(at: settings.auditKeyURL, to: target)
            }
            try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
        } catch let error as OfficeError {
            throw error
        } catch {
            throw .unavailable(.backupUnwritable(path: target.path, detail: "\(error)"))
        }
    }
}

/// The results of the two jobs of a backup run side by side (``Office/backup(into:keyFolder:now:)``): each written by
/// its own job, read after both ended.
private final class TwoJobs: @unchecked Sendable {
    // @unchecked: `first` is written only by job 0 and `second` only by job 1, both read after concurrentPerform
    // returned (which orders the writes before the reads).
    var first: Result<(records: Int64, head: String), OfficeError>?
    var second: Result<(database: (size: Int64, sha256: String), files: [BackupManifest.File], skipped: [String]), OfficeError>?

    func logResult() throws(OfficeError) -> (records: Int64, head: String) {
        guard let first else { throw .unavailable(.backupUnwritable(path: "", detail: "the log was not verified")) }
        return try first.get()
    }

    func archiveResult() throws(OfficeError) -> (database: (size: Int64, sha256: String), files: [BackupManifest.File], skipped: [String]) {
        guard let second else { throw .unavailable(.backupUnwritable(path: "", detail: "the archive was not copied")) }
        return try second.get()
    }
}
