import Foundation
import GRDB

/// A second, plain SQLite connection to a store's file, as someone with file access would open it: for counting
/// rows and for tampering behind the store's back.
struct RawDatabase {
    let queue: DatabaseQueue

    init(path: String, foreignKeys: Bool = true) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = foreignKeys
        configuration.busyMode = .timeout(10)
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    func execute(_ sql: String, _ arguments: StatementArguments = []) throws {
        try queue.write { db in try db.execute(sql: sql, arguments: arguments) }
    }

    func int(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? -1 }
    }

    func strings(_ sql: String, _ arguments: StatementArguments = []) throws -> [String] {
        try queue.read { db in try String.fetchAll(db, sql: sql, arguments: arguments) }
    }

    /// Row counts of every table the store writes, to compare before and after an operation.
    func counts() throws -> [String: Int] {
        var result: [String: Int] = [:]
        for table in ["audit_log", "requests", "request_candidates", "decrees", "decree_grants", "roster",
                      "roster_conflicts", "outbox", "accounts"] {
            result[table] = try int("SELECT COUNT(*) FROM \(table)")
        }
        return result
    }
}
