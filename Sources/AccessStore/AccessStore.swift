public import Foundation
import GRDB

/// One office's SQLite database: the hash-chained audit log (the single source of truth), the read models projected
/// from it, the outbox of directory synchronisations and the account usernames.
///
/// Several stores, in one process or many, may open the same file: every write runs in an `IMMEDIATE` transaction,
/// so a command is always decided on the latest state, and a writer waits up to the busy timeout for another.
public struct AccessStore: Sendable {
    /// The database file, or nil for an in-memory store.
    public let path: String?
    let writer: any DatabaseWriter
    /// Authenticates every record written and is checked on every record read into the workflow state.
    let key: AuditKey
    let replayCache: ReplayCache
    /// Opened by ``init(readingOnly:key:)``: nothing is ever written (a full verification that finds the log broken
    /// leaves the file as it is).
    let readsOnly: Bool

    /// Opens the database file at `path`, creating it (mode 0600, since it holds NIK and NIP) and migrating it to
    /// the current schema. The folder must exist. Waits up to `busyTimeout` seconds (at least 10) for other writers.
    /// Records are written and checked with `key`, the office's audit key (kept outside the database). `warn` hears
    /// of things that do not stop the store but someone should know, such as a checkpoint that was not trusted.
    public init(path: String, key: AuditKey, busyTimeout: TimeInterval = 10,
                warn: @escaping @Sendable (String) -> Void = { _ in }) throws(StoreError) {
        try DatabaseFile.prepare(path)
        var configuration = Self.configuration
        let timeout = max(10, busyTimeout)
        configuration.busyMode = .timeout(timeout)
        try self.init(path: path, writer: try Self.openPool(path, configuration: configuration, timeout: timeout), key: key,
                      warn: warn)
    }

    /// Opens the database file at `path` for reading only, writing nothing into it or beside it (no migration, no
    /// write-ahead log, no lock file): how a backup just written is checked. The file must be in rollback-journal
    /// mode (as ``backup(to:)`` leaves it) and have this version's schema.
    public init(readingOnly path: String, key: AuditKey) throws(StoreError) {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: Self.readingConfiguration)
        } catch {
            throw .cannotOpen(path: path, reason: StoreError.sentenceFragment(error))
        }
        self.path = path
        self.writer = queue
        self.key = key
        self.replayCache = ReplayCache(warn: { _ in })
        self.readsOnly = true
        guard try StoreSchema.isCurrent(queue) else {
            throw .cannotOpen(path: path, reason: "its schema is not the one this version of hak-akses writes")
        }
    }

    /// Opens the pool, retrying while another process holds the lock that switching a new file to WAL needs (SQLite
    /// reports that as busy without waiting).
    private static func openPool(_ path: String, configuration: Configuration, timeout: TimeInterval)
        throws(StoreError) -> DatabasePool
    {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.02)
            } catch {
                throw .cannotOpen(path: path, reason: StoreError.sentenceFragment(error))
            }
        }
    }

    /// A private, empty in-memory store, for tests and dry runs (by default with a key that exists nowhere else).
    public static func inMemory(key: AuditKey = .ephemeral(), warn: @escaping @Sendable (String) -> Void = { _ in })
        throws(StoreError) -> AccessStore
    {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration)
        } catch {
            throw .cannotOpen(path: ":memory:", reason: StoreError.sentenceFragment(error))
        }
        return try AccessStore(path: nil, writer: queue, key: key, warn: warn)
    }

    private init(path: String?, writer: any DatabaseWriter, key: AuditKey, warn: @escaping @Sendable (String) -> Void)
        throws(StoreError)
    {
        self.path = path
        self.writer = writer
        self.key = key
        self.replayCache = ReplayCache(warn: warn)
        self.readsOnly = false
        try StoreSchema.migrate(writer)
        try CompactPayloads.translatePending(writer, key: key)
    }

    /// How ``init(readingOnly:key:)`` opens a file (and a second connection to it may).
    static var readingConfiguration: Configuration {
        var configuration = Self.configuration
        configuration.readonly = true
        return configuration
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.label = "hak-akses"
        configuration.prepareDatabase { db in
            // The audit log must survive a power cut once a command has been reported as done.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = FULL") }
        }
        return configuration
    }

    /// Runs `body` in one `IMMEDIATE` transaction: all of its writes are committed together, or none if it throws.
    ///
    /// The ``StoreTransaction`` is valid only inside `body`; do not call other ``AccessStore`` methods from `body`
    /// (database access is not reentrant). Errors other than ``StoreError`` are reported as ``StoreError/aborted(_:)``
    /// with their description.
    public func transaction<T>(_ body: (StoreTransaction) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.writeWithoutTransaction { db in
                var result: Result<T, any Error> = .failure(StoreError.aborted("the transaction did not run"))
                try db.inTransaction(.immediate) {
                    result = .success(try body(StoreTransaction(db: db, key: key)))
                    return .commit
                }
                return try result.get()
            }
        } catch {
            throw StoreError(error)
        }
    }

    /// Runs `body` on a consistent snapshot of the database.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError(error)
        }
    }
}
