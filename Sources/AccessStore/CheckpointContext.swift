import AccessWorkflow
import Crypto

/// What a checkpoint's state depends on besides the log: the snapshot and replay-rule version, the SOP and the role
/// catalogue it was folded under. A checkpoint is used only in the same context; after an upgrade that changes the
/// rules, or an edit of the SOP, the log is replayed from its start (under the new rules) and a new one is written.
struct CheckpointContext: Hashable, Sendable {
    /// SHA-256 (hex) of the version and the canonical text of the SOP and the catalogue.
    let digest: String

    init(sop: SOPDefinition, catalogue: RoleCatalogue) {
        var hasher = SHA256()
        for part in ["workflow snapshot v\(WorkflowState.snapshotVersion)", CanonicalDump.text(of: sop),
                     CanonicalDump.text(of: catalogue)] {
            var length = UInt64(part.utf8.count).bigEndian
            withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
            hasher.update(data: Array(part.utf8))
        }
        digest = AuditKey.hex(hasher.finalize())
    }
}
