import AccessWorkflow
import Foundation
import GRDB

/// The `checkpoints` table: the workflow state at one audit record, so that a process starting cold checks that
/// state and walks only the records after it instead of the whole log.
///
/// A checkpoint carries an HMAC-SHA-256 under the audit key over its context, seq, record hash, time and state
/// (with its own label: a record's code is never a checkpoint's). It is used only if that code is the key's, the
/// log still holds its record with the same hash and the record's own code is valid, and the state reads back;
/// otherwise it is discarded (the caller warns) and the whole log is walked. Since a record's hash covers every
/// record before it, a log whose record at the checkpoint's seq still has that hash has the same prefix the state
/// was folded from; an edit of an earlier record that leaves the chain broken is found by the full verification,
/// which still runs on a schedule and on demand.
enum Checkpoints {
    static func code(key: AuditKey, context: String, seq: Int64, hash: String, createdAt: String,
                     state: UnsafeRawBufferPointer) -> String {
        key.code(domain: "checkpoint v1", fields: [context, String(seq), hash, createdAt], bytes: state)
    }

    /// Replaces every stored checkpoint with this one.
    static func write(_ db: Database, key: AuditKey, context: CheckpointContext, seq: Int64, hash: String,
                      state: [UInt8], at now: Date) throws {
        let createdAt = StoreTime.iso(now)
        let mac = state.withUnsafeBytes { bytes in
            code(key: key, context: context.digest, seq: seq, hash: hash, createdAt: createdAt, state: bytes)
        }
        try db.execute(sql: "DELETE FROM checkpoints")
        try db.execute(
            sql: "INSERT INTO checkpoints (context, seq, hash, created_at, state, mac) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [context.digest, seq, hash, createdAt, Data(state), mac])
    }

    /// The newest checkpoint of `context`, without reading its state.
    static func latest(_ db: Database, context: CheckpointContext) throws -> CheckpointInfo? {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT seq, hash, created_at FROM checkpoints WHERE context = ? ORDER BY seq DESC LIMIT 1",
            arguments: [context.digest])
        else { return nil }
        let text: String = try row.decode(forColumn: "created_at")
        guard let createdAt = StoreTime.parse(text) else {
            throw StoreError.invalidStoredValue(table: "checkpoints", column: "created_at", value: text)
        }
        return CheckpointInfo(seq: try row.decode(forColumn: "seq"), hash: try row.decode(forColumn: "hash"),
                              createdAt: createdAt)
    }

    /// The newest checkpoint of `context`, checked as described above.
    static func load(_ db: Database, key: AuditKey, context: CheckpointContext, sop: SOPDefinition,
                     catalogue: RoleCatalogue) throws -> CheckpointLoad {
        guard let row = try Row.fetchOne(
            db, sql: """
                SELECT seq, hash, created_at, state, mac FROM checkpoints WHERE context = ? ORDER BY seq DESC LIMIT 1
                """,
            arguments: [context.digest])
        else { return .none }
        let seq: Int64 = try row.decode(forColumn: "seq")
        let hash: String = try row.decode(forColumn: "hash")
        let createdAt: String = try row.decode(forColumn: "created_at")
        let mac: String = try row.decode(forColumn: "mac")
        // Checked and read in place: a large office's state is megabytes.
        let state = try row.withUnsafeData(named: "state") { data -> Result<WorkflowState, CheckpointRefusal> in
            guard let data else { return .failure(CheckpointRefusal("holds no state")) }
            let expected = data.withUnsafeBytes { bytes in
                code(key: key, context: context.digest, seq: seq, hash: hash, createdAt: createdAt, state: bytes)
            }
            guard AuditKey.same(expected, mac) else {
                return .failure(CheckpointRefusal("does not carry the audit key's authentication code (key \(key.fingerprint))"))
            }
            do {
                return .success(try data.withUnsafeBytes { bytes in try WorkflowState(snapshot: bytes, sop: sop, catalogue: catalogue) })
            } catch {
                return .failure(CheckpointRefusal("does not read back (\(error))"))
            }
        }
        let decoded: WorkflowState
        switch state {
        case .success(let value): decoded = value
        case .failure(let refusal): return .discarded(seq: seq, reason: refusal.reason)
        }
        let record = try Row.fetchOne(db, sql: "SELECT hash, mac FROM audit_log WHERE seq = ?", arguments: [seq])
        guard let record else { return .discarded(seq: seq, reason: "names record #\(seq), which the log does not hold") }
        let recordHash: String = try record.decode(forColumn: "hash")
        guard recordHash == hash else {
            return .discarded(seq: seq, reason: "was made at a record #\(seq) with another hash than the log holds now")
        }
        guard let recordMAC: String = try record.decode(forColumn: "mac"), key.isValid(mac: recordMAC, recordHash: hash) else {
            return .discarded(seq: seq, reason: "ends at record #\(seq), which does not carry the audit key's authentication code")
        }
        return .usable(seq: seq, hash: hash, state: decoded)
    }

    /// Removes every checkpoint: after a full verification found the log broken, no state folded from it is kept.
    static func discardAll(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM checkpoints")
        try db.execute(sql: "DELETE FROM day_rosters")
    }
}

/// Why a stored checkpoint is not used, as a clause after "the checkpoint at audit record #N".
private struct CheckpointRefusal: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
