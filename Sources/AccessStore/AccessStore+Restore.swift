public import Foundation

/// Where a restore put the log back: the end of the restored log, kept beside the database (`DATABASE.restored`)
/// until the directory's anchor has been checked against it (it matches: nothing was lost) or the loss has been
/// recorded (`audit reanchor`). While it is there and the anchor cannot be checked, the office changes nothing, and
/// the end of the restored log — not the newest record, which background work may have added since — is where
/// the lost records began (``AccessStore/lostPeriods()``).
public struct RestorePoint: Codable, Sendable, Hashable {
    /// The folder restored from, and what it was (`backup` or `replica`).
    public let source: String
    public let kind: String
    /// When it was restored (the machine's clock, ISO 8601).
    public let restoredAt: String
    /// The restored log's last record, and when it was recorded (as stored).
    public let headSeq: Int64
    public let headHash: String
    public let headRecordedAt: String?

    public init(source: String, kind: String, restoredAt: String, headSeq: Int64, headHash: String, headRecordedAt: String?) {
        self.source = source
        self.kind = kind
        self.restoredAt = restoredAt
        self.headSeq = headSeq
        self.headHash = headHash
        self.headRecordedAt = headRecordedAt
    }

    /// When the restored log's last record was recorded.
    public var headDate: Date? { headRecordedAt.flatMap(StoreTime.parse) }
}

/// A time during which records were written that this log does not hold: from the end of a restored log to the
/// record of its loss (`audit.reanchored`), or, the last one, from the end of the log (or of a restored log whose
/// loss is not recorded yet) on. A directory entry locked within one was locked by a lost record.
public struct LostPeriod: Sendable, Hashable {
    public let from: Date
    /// Nil for the open period at the end of the log.
    public let through: Date?

    public init(from: Date, through: Date?) {
        self.from = from
        self.through = through
    }

    public func contains(_ instant: Date) -> Bool { instant > from && through.map { instant <= $0 } ?? true }
}

extension AccessStore {
    /// The file beside the database at `path` that holds its restore point.
    public static func restorePointURL(databasePath path: String) -> URL { URL(fileURLWithPath: path + ".restored") }

    /// Writes the restore point of the database at `path` (mode 0600, atomically).
    public static func markRestored(databasePath path: String, _ point: RestorePoint) throws(StoreError) {
        let url = restorePointURL(databasePath: path)
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try encoder.encode(point).write(to: url, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        } catch {
            throw .cannotOpen(path: url.path, reason: StoreError.sentenceFragment(error))
        }
    }

    /// This database's restore point, if a restore left one (nil for a store in memory).
    public func restorePoint() throws(StoreError) -> RestorePoint? {
        guard let path else { return nil }
        let url = Self.restorePointURL(databasePath: path)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        do { return try JSONDecoder().decode(RestorePoint.self, from: data) } catch {
            throw .cannotOpen(path: url.path, reason: "it does not hold a restore point (\(StoreError.sentenceFragment(error))); it was written by `hakakses restore`: put it back, or remove it only once the directory's anchor has been checked")
        }
    }

    /// Removes the restore point: the anchor matched the restored log, or its loss was recorded.
    public func clearRestorePoint() throws(StoreError) {
        guard let path else { return }
        let url = Self.restorePointURL(databasePath: path)
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        do { try FileManager.default.removeItem(at: url) } catch {
            throw .cannotOpen(path: url.path, reason: StoreError.sentenceFragment(error))
        }
    }

    /// The times whose records this log does not hold (``LostPeriod``): one per recorded loss (from the restored
    /// log's end, as its `audit.reanchored` record says, to that record), and the open one from the end of the log —
    /// or from a restore point whose loss is not recorded yet.
    public func lostPeriods() throws(StoreError) -> [LostPeriod] {
        var periods: [LostPeriod] = []
        for record in try authenticatedRecords(kind: AuditKind.auditReanchored) {
            // Reanchors recorded before restore points existed name no restored end: nothing to go on.
            guard let from = try record.decodePayload(ReanchorPoint.self).restorePointAt.flatMap(StoreTime.parse) else { continue }
            periods.append(LostPeriod(from: from, through: record.recordedAt))
        }
        if let restored = try restorePoint(), let from = restored.headDate {
            periods.append(LostPeriod(from: from, through: nil))
        } else if let end = try lastRecordedAt() {
            periods.append(LostPeriod(from: end, through: nil))
        }
        return periods
    }

    private struct ReanchorPoint: Decodable {
        let restorePointAt: String?
    }
}
