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

extension AccessStore {
    /// The seq of the newest `audit.reanchored` record when no reconciliation has been applied by a person since
    /// (a `reconcile.run` by anyone but the server's own schedule, `serve`): until one has, the office server does not
    /// apply its scheduled reconciliations — a person looks at the differences a restore left first.
    public func reanchorAwaitingReview() throws(StoreError) -> Int64? {
        try read { db in
            guard let reanchored = try Int64.fetchOne(
                db, sql: "SELECT MAX(seq) FROM audit_log WHERE kind = ?", arguments: [AuditKind.auditReanchored])
            else { return nil }
            let reviewed = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM audit_log WHERE kind = 'reconcile.run' AND seq > ? AND actor <> 'serve'",
                arguments: [reanchored]) ?? 0
            return reviewed == 0 ? reanchored : nil
        }
    }
}
