import AccessStore
import Foundation
import LDAP

/// Reading and writing the audit anchor entry (`cn=audit-anchor,ou=services`): the seq and hash of the audit log's
/// last record, copied into the directory after each bridge pass. Only the bridge account may write it (see the
/// ACL in `ldif/config.ldif`); a database rolled back or cut short below it is refused.
enum AuditAnchorEntry {
    static let seqAttribute = "siakAuditSeq"
    static let hashAttribute = "siakAuditHash"
    static let timeAttribute = "siakAuditAnchoredAt"

    /// The anchor as the directory holds it; seq 0 when nothing was anchored yet.
    static func read(_ connection: LDAPConnection, layout: DirectoryLayout) async throws(BridgeError) -> AuditAnchor {
        let dn = layout.auditAnchor
        let entry: LDAPEntry?
        do {
            entry = try await connection.read(dn, attributes: [seqAttribute, hashAttribute, timeAttribute])
        } catch {
            if error.code == .noSuchObject { throw .anchorEntryMissing(dn.description) }
            throw error.isTransient ? .directoryUnavailable(error) : .directory(error)
        }
        guard let entry else { throw .anchorEntryMissing(dn.description) }
        guard let seqText = entry.string(seqAttribute), let seq = Int64(seqText), seq > 0 else {
            return AuditAnchor(seq: 0, hash: "")
        }
        return AuditAnchor(
            seq: seq, hash: entry.string(hashAttribute) ?? "",
            anchoredAt: entry.string(timeAttribute).flatMap(OperatorMapping.parseGeneralizedTime))
    }

    /// Replaces the anchor with `head`.
    static func write(_ connection: LDAPConnection, layout: DirectoryLayout, head: AuditHead, at now: Date)
        async throws(BridgeError)
    {
        do {
            try await connection.modify(layout.auditAnchor, [
                .replace(seqAttribute, String(head.seq)),
                .replace(hashAttribute, head.hash),
                .replace(timeAttribute, OperatorMapping.generalizedTime(now)),
            ])
        } catch {
            if error.code == .noSuchObject { throw .anchorEntryMissing(layout.auditAnchor.description) }
            throw error.isTransient ? .directoryUnavailable(error) : .directory(error)
        }
    }
}
