import AccessWorkflow
import Foundation
import GRDB

/// The `day_rosters` table: beside each checkpoint, the roster of the office day it was written on and its
/// departures (``DayRoster``), so that a one-shot reconciliation on that day, with no record after the checkpoint,
/// neither rebuilds the workflow state nor the roster.
///
/// A day roster carries an HMAC-SHA-256 under the audit key over its context, seq, record hash, day and bytes (with
/// its own label). It is used only for its day, only while its record is still the last of the log and carries that
/// hash and a valid code, and only if it reads back; a code that does not verify or bytes that do not read are
/// reported (the caller warns) and the roster is rebuilt from the checked state. It is written by whoever writes the
/// checkpoint, from the same checked state, in the same transaction, and discarded with the checkpoints.
enum DayRosters {
    static func code(key: AuditKey, context: String, seq: Int64, hash: String, day: String,
                     roster: UnsafeRawBufferPointer) -> String {
        key.code(domain: "day roster v1", fields: [context, String(seq), hash, day], bytes: roster)
    }

    /// Replaces every stored day roster with this one.
    static func write(_ db: Database, key: AuditKey, context: CheckpointContext, seq: Int64, hash: String,
                      roster: DayRoster) throws {
        let bytes = roster.snapshot()
        let day = roster.date.description
        let mac = bytes.withUnsafeBytes { code(key: key, context: context.digest, seq: seq, hash: hash, day: day, roster: $0) }
        try db.execute(sql: "DELETE FROM day_rosters")
        try db.execute(
            sql: "INSERT INTO day_rosters (context, seq, hash, day, roster, mac) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [context.digest, seq, hash, day, Data(bytes), mac])
    }

    /// The day of the newest stored day roster of `context`, if any.
    static func latestDay(_ db: Database, context: CheckpointContext) throws -> String? {
        try String.fetchOne(
            db, sql: "SELECT day FROM day_rosters WHERE context = ? ORDER BY seq DESC LIMIT 1", arguments: [context.digest])
    }

    /// What a look-up found.
    enum Load {
        /// None for this day at the end of the log (none written, another day, or records after it).
        case none
        /// Authenticated, made at record `seq` that ends the log, for the day asked.
        case usable(DayRoster, seq: Int64)
        /// One for the day at the end of the log that is not trusted, and why (a clause).
        case discarded(seq: Int64, reason: String)
        /// Authentic, but written by a program with another layout or other roster rules: not used, not a warning.
        case otherVersion(seq: Int64)
    }

    /// The day roster of `context` for `day`, if it was made at the record that ends the log now, checked as
    /// described above.
    static func load(_ db: Database, key: AuditKey, context: CheckpointContext, day: CivilDate) throws -> Load {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT seq, hash, day, roster, mac FROM day_rosters WHERE context = ? ORDER BY seq DESC LIMIT 1",
            arguments: [context.digest])
        else { return .none }
        let seq: Int64 = try row.decode(forColumn: "seq")
        let hash: String = try row.decode(forColumn: "hash")
        let storedDay: String = try row.decode(forColumn: "day")
        let head = try AuditLog.head(db)
        guard storedDay == day.description, head.seq == seq else { return .none }
        guard head.hash == hash else {
            return .discarded(seq: seq, reason: "was made at a record #\(seq) with another hash than the log holds now")
        }
        guard let recordMAC = try String.fetchOne(db, sql: "SELECT mac FROM audit_log WHERE seq = ?", arguments: [seq]),
              key.isValid(mac: recordMAC, recordHash: hash)
        else {
            return .discarded(seq: seq, reason: "ends at record #\(seq), which does not carry the audit key's authentication code")
        }
        let mac: String = try row.decode(forColumn: "mac")
        return try row.withUnsafeData(named: "roster") { data -> Load in
            guard let data else { return .discarded(seq: seq, reason: "holds no roster") }
            return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Load in
                let expected = code(key: key, context: context.digest, seq: seq, hash: hash, day: storedDay, roster: bytes)
                guard AuditKey.same(expected, mac) else {
                    return .discarded(seq: seq, reason: "does not carry the audit key's authentication code (key \(key.fingerprint))")
                }
                do throws(SnapshotError) {
                    let roster = try DayRoster(snapshot: bytes)
                    guard roster.date == day else { return .discarded(seq: seq, reason: "holds the roster of \(roster.date), not of \(day)") }
                    return .usable(roster, seq: seq)
                } catch {
                    if case .version = error { return .otherVersion(seq: seq) }
                    return .discarded(seq: seq, reason: "does not read back (\(error))")
                }
            }
        }
    }
}
