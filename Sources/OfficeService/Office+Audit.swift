public import AccessStore
import AccessWorkflow
public import Foundation

extension Office {
    /// Records between checkpoints of the verified workflow state (`audit.checkpointEvery`, 1,000 by default).
    public var checkpointEvery: Int64 { Int64(max(settings.raw.audit?.checkpointEvery ?? 1_000, 1)) }

    /// Writes a checkpoint when the log has grown by at least `every` records since the newest one (by default
    /// ``checkpointEvery``), on a new office day, or when records follow the newest one and the log has been quiet
    /// for `quietFor` seconds (see ``AccessStore/checkpointIfDue(every:sop:catalogue:quietFor:at:)``); returns it,
    /// or nil when none was due.
    public func checkpointIfDue(every: Int64? = nil, quietFor: TimeInterval? = nil) async throws(OfficeError) -> CheckpointInfo? {
        let sop = self.sop, catalogue = self.catalogue, every = every ?? checkpointEvery, now = clock.now()
        return try await storeCall { store throws(StoreError) in
            try store.checkpointIfDue(every: every, sop: sop, catalogue: catalogue, quietFor: quietFor, at: now)
        }
    }

    /// Verifies the whole audit log (never trusting a checkpoint or the cached state) and, when it is intact,
    /// writes a checkpoint of the state it replayed; when it is broken, every checkpoint is discarded.
    public func verifyAudit() async throws(OfficeError) -> (verification: AuditVerification, checkpoint: CheckpointInfo?) {
        let sop = self.sop, catalogue = self.catalogue, now = clock.now()
        return try await storeCall { store throws(StoreError) in
            let result = try store.verifyAndCheckpoint(sop: sop, catalogue: catalogue, at: now)
            return (result.verification, result.checkpoint)
        }
    }
}
