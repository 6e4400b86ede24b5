public import Foundation

/// One record of the audit log: a workflow event or a system record, chained to the previous record by its hash.
public struct AuditRecord: Sendable, Hashable {
    /// The position in the log: 1, 2, 3, … without gaps.
    public let seq: Int64
    /// When the record was written (UTC, millisecond precision).
    public let recordedAt: Date
    /// ``AuditKind/workflow`` or a system kind such as `sync.applied`.
    public let kind: String
    /// Who caused it: a directory uid, or a program name for system records.
    public let actor: String
    /// What it is about: a request id, SK number or person key ("" if nothing in particular).
    public let subject: String
    /// The JSON payload with sorted keys.
    public let payload: String
    /// The previous record's hash (64 zeros for the first record).
    public let prevHash: String
    /// The hash of this record; see ``computeHash(prevHash:seq:recordedAt:kind:actor:subject:payload:)``.
    public let hash: String
    /// The record's HMAC under the office's audit key (see ``AuditKey/mac(recordHash:)``); nil only for records
    /// written before audit keys and not yet sealed.
    public let mac: String?

    /// Decodes the payload as `type`.
    public func decodePayload<T: Decodable>(_ type: T.Type) throws(StoreError) -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(payload.utf8))
        } catch {
            throw .invalidStoredValue(table: "audit_log", column: "payload of #\(seq)", value: payload)
        }
    }

    /// The hash of a record: lowercase hexadecimal SHA-256 of its fields in this order — `prevHash`, `seq` as
    /// decimal text, `recordedAt` as stored ("2025-01-09T01:30:00.000Z"), `kind`, `actor`, `subject`, `payload` —
    /// each written as its UTF-8 byte count (8 bytes, big-endian) followed by its UTF-8 bytes.
    public static func computeHash(
        prevHash: String, seq: Int64, recordedAt: String, kind: String, actor: String, subject: String,
        payload: String
    ) -> String {
        AuditHash.compute([prevHash, String(seq), recordedAt, kind, actor, subject, payload])
    }
}

/// The record kinds this module writes. Other modules may append their own lowercase dotted kinds.
public enum AuditKind {
    /// A workflow event; written only by ``AccessStore/execute(_:by:at:sop:catalogue:requestIDs:)``.
    public static let workflow = "workflow"
    /// A directory synchronisation was carried out.
    public static let syncApplied = "sync.applied"
    /// A directory synchronisation failed and will be retried.
    public static let syncFailed = "sync.failed"
    /// A directory synchronisation was refused and will not be retried.
    public static let syncRefused = "sync.refused"
    /// Synchronisations were queued outside the workflow (for example by the reconciler).
    public static let syncQueued = "sync.queued"
    /// A username was assigned to a person.
    public static let accountAssigned = "account.assigned"
    /// A username assigned to a person was given up before it reached the directory: another office of a national
    /// directory took it first (the directory's unique overlay refused the add). The person gets a new one.
    public static let accountWithdrawn = "account.withdrawn"
    /// An operator changed their own password on the office server's page (the password itself is never recorded).
    public static let accountPasswordChanged = "account.password.changed"
    /// An operator who forgot the password asked for a new one (it waits in the account administrators' inbox until a
    /// handover gives one).
    public static let accountResetRequested = "account.reset.requested"
    /// Records written before audit keys received their authentication codes.
    public static let auditSealed = "audit.sealed"
    /// The directory's anchor was moved back on purpose after a restore that lost records.
    public static let auditReanchored = "audit.reanchored"

    /// True for a usable system kind: 1–64 characters of lowercase ASCII letters, digits, '.', '-' or '_',
    /// starting with a letter, and not ``workflow``.
    public static func isValidSystemKind(_ kind: String) -> Bool {
        guard kind != workflow, (1...64).contains(kind.utf8.count), let first = kind.utf8.first,
              (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first)
        else { return false }
        return kind.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }
}
