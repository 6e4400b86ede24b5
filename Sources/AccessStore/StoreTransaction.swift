public import Foundation
import GRDB

/// The position of the end of the audit log.
public struct AuditHead: Sendable, Hashable {
    /// The last record's seq, or 0 for an empty log.
    public let seq: Int64
    /// The last record's hash, or 64 zeros for an empty log.
    public let hash: String
}

/// Access to the store inside one `IMMEDIATE` transaction opened by ``AccessStore/transaction(_:)``: audit records,
/// outbox changes and account assignments made through it are committed together or not at all. Valid only inside
/// the closure that received it.
public struct StoreTransaction {
    let db: Database
    let key: AuditKey

    /// The end of the audit log, including records appended in this transaction.
    public func head() throws(StoreError) -> AuditHead {
        let head = try run { try AuditLog.head(db) }
        return AuditHead(seq: head.seq, hash: head.hash)
    }

    /// Appends a system record (kind such as `sync.applied` or `handover.delivered`; never `workflow`) whose payload
    /// is `payload` as JSON with sorted keys.
    @discardableResult
    public func append<Payload: Encodable>(
        kind: String, actor: String, subject: String, payload: Payload, at instant: Date = Date()
    ) throws(StoreError) -> AuditRecord {
        guard AuditKind.isValidSystemKind(kind) else { throw .invalidKind(kind) }
        let json = try StoreJSON.encode(payload)
        return try run {
            var head = try AuditLog.head(db)
            return try AuditLog.append(
                db, after: &head, kind: kind, actor: actor, subject: subject, payload: json, at: instant, key: key)
        }
    }

    /// Appends a system record whose payload is `json`, JSON text the caller wrote (with sorted keys).
    func append(kind: String, actor: String, subject: String, json: String, at instant: Date) throws(StoreError)
        -> AuditRecord
    {
        guard AuditKind.isValidSystemKind(kind) else { throw .invalidKind(kind) }
        return try run {
            var head = try AuditLog.head(db)
            return try AuditLog.append(
                db, after: &head, kind: kind, actor: actor, subject: subject, payload: json, at: instant, key: key)
        }
    }

    /// The records about `subject`, oldest first.
    public func records(subject: String) throws(StoreError) -> [AuditRecord] {
        try run { try AuditLog.records(db, subject: subject) }
    }

    /// Runs a database access, turning its errors into ``StoreError``.
    func run<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw StoreError(error)
        }
    }
}
