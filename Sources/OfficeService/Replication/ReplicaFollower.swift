public import AccessStore
import Crypto
public import Foundation

/// Where a replica gets the office's records and archived files: the office server over the API
/// (`hakakses replica` gives a client with the replica's token), or an office in process.
public struct ReplicaSource: Sendable {
    public let records: @Sendable (_ after: Int64, _ waitSeconds: Int) async throws(OfficeError) -> ReplicationBatch
    /// The content of an archived file, by its archive name.
    public let file: @Sendable (_ name: String) async throws(OfficeError) -> Data

    public init(
        records: @escaping @Sendable (_ after: Int64, _ waitSeconds: Int) async throws(OfficeError) -> ReplicationBatch,
        file: @escaping @Sendable (_ name: String) async throws(OfficeError) -> Data
    ) {
        self.records = records
        self.file = file
    }
}

/// A copy of the office's audit log and archive on a second machine, kept current from the office server: like a
/// transparency log's mirror, it keeps only what it verifies itself (each record extends its chain, with its hash
/// and the audit key's code), and every file a record names, checked against the SHA-256 the record keeps, before
/// the record. Its folder (`hakakses.sqlite`, `archive/`, and a `manifest.json` of kind `replica`, rewritten after
/// every change) is a source `hakakses restore` accepts. It never deletes or rewrites anything it holds: a server
/// that lost records, or holds another history, stops it with the reason.
public actor ReplicaFollower {
    /// What one pass kept.
    public struct Pass: Sendable, Hashable {
        /// Records and files kept in this pass.
        public let records: Int
        public let files: Int
        /// The replica's last record now, and the server's when it answered.
        public let heldSeq: Int64
        public let serverHead: Int64
        /// How long the newest record kept took to arrive (now minus its recording time), if any was kept.
        public let lagSeconds: Double?
    }

    nonisolated public let folder: URL
    let key: AuditKey
    let store: AccessStore
    let archive: ArchiveFolder
    /// The archived files held, by archive name, with their recorded SHA-256 (checked once at start, then as kept).
    private var kept: [String: BackupManifest.File] = [:]
    private var scanned = false

    /// Opens (or starts) the replica in `folder` under the office's audit key.
    public init(folder: URL, key: AuditKey) throws(OfficeError) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .unavailable(.backupUnwritable(path: folder.path, detail: "\(error)"))
        }
        self.folder = folder
        self.key = key
        do throws(StoreError) {
            store = try AccessStore(path: folder.appendingPathComponent(BackupManifest.databaseName).path, key: key)
        } catch {
            throw .store(error)
        }
        archive = ArchiveFolder(root: folder.appendingPathComponent(BackupManifest.archiveName))
    }

    /// Asks the server for the records after this replica's last one (waiting up to `waitSeconds` for the next),
    /// checks them, fetches and checks the files they name, keeps the records, and rewrites the manifest.
    public func pass(from source: ReplicaSource, waitSeconds: Int, now: @Sendable () -> Date = { Date() })
        async throws(OfficeError) -> Pass
    {
        let store = self.store
        let head = try await Self.blocking { () throws(StoreError) in try store.head() }
        let batch = try await source.records(head.seq, waitSeconds)
        guard batch.keyFingerprint == key.fingerprint else {
            throw .refused(.replicaStopped(folder.path, reason: .otherKey(server: batch.keyFingerprint, key: key.fingerprint)))
        }
        let manifestURL = folder.appendingPathComponent(BackupManifest.fileName)
        if FileManager.default.fileExists(atPath: manifestURL.path) {  // none yet: a new replica
            let manifest = try BackupManifest.read(from: folder)
            guard manifest.office == batch.office else {
                throw .refused(.replicaStopped(folder.path, reason: .otherOffice(folder: manifest.office, server: batch.office)))
            }
        }
        if head.seq > batch.headSeq {
            throw .refused(.replicaStopped(folder.path, reason: .serverBehind(replica: head.seq, server: batch.headSeq)))
        }
        if head.seq > 0, batch.afterHash != head.hash {
            throw .refused(.replicaStopped(folder.path, reason: .historiesDiffer(at: head.seq)))
        }
        if case .failure(let error) = await Self.result({ () throws(StoreError) in try store.checkReceived(batch.records) }) {
            throw .refused(.replicaStopped(folder.path, reason: .unverifiable(error)))
        }
        // The files first: a record is kept only with the file it names.
        var files = 0
        if !scanned {
            files += try await keepFiles(try await namedFiles(), from: source)
            scanned = true
        }
        files += try await keepFiles(try Self.files(in: batch.records, folder: folder), from: source)
        if case .failure(let error) = await Self.result({ () throws(StoreError) in try store.appendVerified(batch.records) }) {
            throw .refused(.replicaStopped(folder.path, reason: .unverifiable(error)))
        }
        let held = batch.records.last.map { (seq: $0.seq, hash: $0.hash) } ?? (seq: head.seq, hash: head.hash)
        if !batch.records.isEmpty || files > 0 || !FileManager.default.fileExists(atPath: manifestURL.path) {
            try writeManifest(office: batch.office, sop: batch.sop, head: held, now: now())
        }
        let lag = batch.records.last?.recordedDate.map { max(0, now().timeIntervalSince($0)) }
        return Pass(records: batch.records.count, files: files, heldSeq: held.seq, serverHead: batch.headSeq, lagSeconds: lag)
    }

    /// Passes without waiting until one brings nothing new: the replica then holds the server's head, and the
    /// server knows it (its health shows where a replica stood when it last asked). The records and files kept in
    /// all, and the last pass.
    public func catchUp(from source: ReplicaSource) async throws(OfficeError) -> (records: Int, files: Int, lagSeconds: Double?, last: Pass) {
        var records = 0, files = 0
        var lag: Double?
        var pass: Pass
        repeat {
            pass = try await self.pass(from: source, waitSeconds: 0)
            records += pass.records
            files += pass.files
            lag = pass.lagSeconds ?? lag
        } while pass.records > 0 || pass.files > 0
        return (records, files, lag, pass)
    }

    /// The replica's last record.
    public func heldSeq() async throws(OfficeError) -> Int64 {
        let store = self.store
        return try await Self.blocking { () throws(StoreError) in try store.head() }.seq
    }

    // MARK: - Files

    struct NamedFile: Sendable, Hashable {
        let file: String
        let sha256: String
    }

    /// The files the records name (`document.generated`, `evidence.stored`), as their payloads say.
    static func files(in records: [StoredRecord], folder: URL) throws(OfficeError) -> [NamedFile] {
        var files: [NamedFile] = []
        for record in records where record.kind == ArchiveIndex.documentKind || record.kind == ArchiveIndex.evidenceKind {
            do {
                let named = try JSONDecoder().decode(Named.self, from: Data(record.payload.utf8))
                files.append(NamedFile(file: named.file, sha256: named.sha256))
            } catch {
                throw .refused(.replicaStopped(folder.path, reason: .unverifiable(.undecodableRecord(seq: record.seq, reason: "\(error)"))))
            }
        }
        return files
    }

    private struct Named: Decodable {
        let file: String
        let sha256: String
    }

    /// Every file the replica's log names.
    private func namedFiles() async throws(OfficeError) -> [NamedFile] {
        let store = self.store
        let index = try await Self.blocking { () throws(StoreError) in try ArchiveIndex.load(store) }
        return index.entries.map { NamedFile(file: $0.file, sha256: $0.sha256) }
    }

    /// Keeps each of `files` not held yet: a file already in the folder with the recorded SHA-256 counts as held;
    /// any other is fetched and kept only if its SHA-256 is the recorded one. How many were fetched.
    private func keepFiles(_ files: [NamedFile], from source: ReplicaSource) async throws(OfficeError) -> Int {
        var fetched = 0
        for named in files where kept[named.file] == nil {
            guard ArchiveFolder.isValidName(named.file) else { continue }  // a name outside the archive is never written
            let archive = self.archive
            let local = await Blocking.run { archive.read(named.file) }
            if let local, ArchiveFolder.sha256(local) == named.sha256 {
                kept[named.file] = Self.entry(named, size: local.count)
                continue
            }
            let content = try await source.file(named.file)
            let found = ArchiveFolder.sha256(content)
            guard found == named.sha256 else {
                throw .refused(.replicaStopped(folder.path, reason: .fileDiffers(name: named.file, expected: named.sha256, found: found)))
            }
            let written: Result<ArchiveFolder.Written, OfficeError> = await Blocking.run {
                do throws(OfficeError) { return .success(try archive.write(content, to: named.file)) } catch { return .failure(error) }
            }
            _ = try written.get()
            kept[named.file] = Self.entry(named, size: content.count)
            fetched += 1
        }
        return fetched
    }

    // MARK: - Manifest

    private static func entry(_ named: NamedFile, size: Int) -> BackupManifest.File {
        BackupManifest.File(path: "\(BackupManifest.archiveName)/\(named.file)", size: Int64(size), sha256: named.sha256)
    }

    private func writeManifest(office: String, sop: String, head: (seq: Int64, hash: String), now: Date) throws(OfficeError) {
        let manifest = BackupManifest(
            kind: .replica, office: office, sop: sop, createdAt: OfficeClock.format(now), headSeq: head.seq, headHash: head.hash,
            records: head.seq, keyFingerprint: key.fingerprint, database: nil, archive: kept.values.sorted { $0.path < $1.path })
        try manifest.signed(key).write(into: folder)
    }

    // MARK: - Helpers

    private static func result<T: Sendable>(_ body: @escaping @Sendable () throws(StoreError) -> T) async -> Result<T, StoreError> {
        await Blocking.run {
            do throws(StoreError) { return .success(try body()) } catch { return .failure(error) }
        }
    }

    private static func blocking<T: Sendable>(_ body: @escaping @Sendable () throws(StoreError) -> T) async throws(OfficeError) -> T {
        do throws(StoreError) { return try await result(body).get() } catch { throw .store(error) }
    }
}
