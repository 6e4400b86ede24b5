import GRDB

extension AccessStore {
    /// Checks that the log still contains the anchored record with the anchored hash; throws
    /// ``StoreError/anchorMismatch(_:)`` if the log ends before it or holds another record there. An anchor at seq 0
    /// (nothing anchored yet) always passes.
    public func check(anchor: AuditAnchor) throws(StoreError) {
        guard anchor.seq > 0 else { return }
        let found: (head: Int64, hash: String?) = try read { db in
            let head = try AuditLog.head(db).seq
            let hash = try String.fetchOne(db, sql: "SELECT hash FROM audit_log WHERE seq = ?", arguments: [anchor.seq])
            return (head, hash)
        }
        guard let hash = found.hash else {
            throw .anchorMismatch(AnchorMismatch(anchor: anchor, kind: .behind(head: found.head)))
        }
        guard hash == anchor.hash else {
            throw .anchorMismatch(AnchorMismatch(anchor: anchor, kind: .diverged(found: hash)))
        }
    }
}
