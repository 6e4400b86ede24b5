public import AccessWorkflow
public import Foundation
import GRDB

/// What ``AccessStore/seal(sop:catalogue:actor:note:at:)`` did.
public struct SealReport: Sendable, Hashable {
    /// How many records received their authentication code.
    public let sealed: Int64
    /// The `audit.sealed` record that says so.
    public let record: AuditRecord
}

extension AccessStore {
    /// Seals the log of a database written before audit keys: in one transaction, checks the whole log as it
    /// stands (chain, hashes, workflow replay; records without a code are accepted only before the first record
    /// with one), adds the audit key's code to every record that has none, and appends an `audit.sealed` record
    /// naming how many records were sealed, the head and the key's fingerprint.
    ///
    /// Sealing vouches for the records *as they are now*: whoever could write the file before could have rewritten
    /// its history with a correct chain. Compare the head with one recorded earlier (`hakakses audit verify
    /// --expect-head`, a printed report) before sealing. Refused when nothing needs sealing or the log is broken.
    public func seal(sop: SOPDefinition, catalogue: RoleCatalogue = .standard, actor: String, note: String, at now: Date)
        throws(StoreError) -> SealReport
    {
        try transaction { tx in
            let db = tx.db
            let state = try WorkflowLog.initialState(db, sop: sop, catalogue: catalogue)
            let (verification, _) = try Self.verify(db, key: key, state: state, acceptsUnsealedPrefix: true)
            guard case .intact(_, let head) = verification else {
                throw StoreError.sealRefused("\(verification.description); repair or restore it first")
            }
            let rows = try Row.fetchAll(db, sql: "SELECT seq, hash FROM audit_log WHERE mac IS NULL ORDER BY seq")
            guard !rows.isEmpty else {
                throw StoreError.sealRefused("every record already carries an authentication code; nothing to seal")
            }
            let update = try db.makeStatement(sql: "UPDATE audit_log SET mac = ? WHERE seq = ? AND mac IS NULL")
            for row in rows {
                let hash: String = try row.decode(forColumn: "hash")
                try update.execute(arguments: [key.mac(recordHash: hash), try row.decode(Int64.self, forColumn: "seq")])
            }
            let last: Int64 = try rows[rows.count - 1].decode(forColumn: "seq")
            let record = try tx.append(
                kind: AuditKind.auditSealed, actor: actor, subject: "",
                payload: SealPayload(sealedThrough: last, records: Int64(rows.count), headHash: head,
                                     keyFingerprint: key.fingerprint, note: note),
                at: now)
            return SealReport(sealed: Int64(rows.count), record: record)
        }
    }
}

/// The payload of an `audit.sealed` record.
private struct SealPayload: Encodable {
    let sealedThrough: Int64
    let records: Int64
    let headHash: String
    let keyFingerprint: String
    let note: String
}
