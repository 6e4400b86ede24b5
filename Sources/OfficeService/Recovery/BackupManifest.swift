public import AccessStore
import Crypto
public import Foundation

/// What a backup (or a replica's folder) holds, written beside it as `manifest.json` and authenticated with the
/// office's audit key: the office, the end of the log it holds (seq, hash, count), and every file with its size and
/// SHA-256. A folder without one is not a backup `hakakses restore` accepts.
public struct BackupManifest: Codable, Sendable, Hashable {
    public static let fileName = "manifest.json"
    public static let databaseName = "hakakses.sqlite"
    public static let archiveName = "archive"

    /// What made it: `backup` (`hakakses backup`) or `replica` (`hakakses replica`, kept current).
    public enum Kind: String, Codable, Sendable { case backup, replica }

    public struct File: Codable, Sendable, Hashable {
        /// The path inside the backup folder.
        public let path: String
        public let size: Int64
        public let sha256: String

        public init(path: String, size: Int64, sha256: String) {
            self.path = path
            self.size = size
            self.sha256 = sha256
        }
    }

    public var format = 1
    public let kind: Kind
    public let office: String
    public let sop: String
    /// When it was made (office time), ISO 8601.
    public let createdAt: String
    public let headSeq: Int64
    public let headHash: String
    public let records: Int64
    /// The fingerprint of the audit key its records carry codes of (never the key).
    public let keyFingerprint: String
    /// The database file (a replica's changes all the time: nil, its log is verified instead).
    public let database: File?
    public let archive: [File]
    /// The audit key's code over everything above.
    public var code: String = ""

    public init(kind: Kind, office: String, sop: String, createdAt: String, headSeq: Int64, headHash: String, records: Int64,
                keyFingerprint: String, database: File?, archive: [File]) {
        self.kind = kind
        self.office = office
        self.sop = sop
        self.createdAt = createdAt
        self.headSeq = headSeq
        self.headHash = headHash
        self.records = records
        self.keyFingerprint = keyFingerprint
        self.database = database
        self.archive = archive
    }

    /// The code of the manifest's fields (everything but `code`) under `key`.
    public func expectedCode(_ key: AuditKey) throws(OfficeError) -> String {
        var unsigned = self
        unsigned.code = ""
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json: Data
        do { json = try encoder.encode(unsigned) } catch { throw .badInput(.answerUnencodable("\(error)")) }
        let digest = SHA256.hash(data: Data("hak-akses backup manifest v1\n".utf8) + json)
        return key.mac(recordHash: Digests.hex(digest))
    }

    /// The manifest with its code.
    public func signed(_ key: AuditKey) throws(OfficeError) -> BackupManifest {
        var copy = self
        copy.code = try expectedCode(key)
        return copy
    }

    /// Writes it into `folder` (atomically, mode 0600).
    public func write(into folder: URL) throws(OfficeError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let url = folder.appendingPathComponent(Self.fileName)
        do {
            try encoder.encode(self).write(to: url, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        } catch {
            throw .unavailable(.backupUnwritable(path: url.path, detail: "\(error)"))
        }
    }

    /// The manifest of `folder`, or a refusal saying why it is not a backup.
    public static func read(from folder: URL) throws(OfficeError) -> BackupManifest {
        let url = folder.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .refused(.notABackup(folder.path, reason: .noManifest))
        }
        do { return try JSONDecoder().decode(BackupManifest.self, from: data) } catch {
            throw .refused(.notABackup(folder.path, reason: .manifestUnreadable("\(error)")))
        }
    }
}

/// What ``Office/backup(into:keyFolder:now:)`` made.
public struct BackupOutcome: Sendable {
    /// The new backup folder.
    public let folder: URL
    public let manifest: BackupManifest
    /// Paths in the archive folder that are not the office's files (links, hidden or foreign names): not copied.
    public let skipped: [String]
}
