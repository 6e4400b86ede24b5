import AccessStore
import Logging
import OfficeService
import ServiceLifecycle

/// Keeps the audit log's checkpoints fresh and verifies the whole log on a schedule: every `poll` it writes a
/// checkpoint if the log has grown by `audit.checkpointEvery` records, on a new office day, or when records follow
/// the newest checkpoint and none came for ``quietSeconds`` (so that a reconciliation at night, or after a pause,
/// finds the day roster at the end of the log); every `verifyInterval` it verifies every
/// record from the first (trusting no checkpoint) and writes a checkpoint from that; at shutdown it writes one if
/// anything was recorded since the last.
struct AuditService: Service {
    let office: Office
    let poll: Duration
    let verifyInterval: Duration
    let logger: Logger
    /// How long the log must have been quiet before the records since the newest checkpoint get one of their own.
    static let quietSeconds: Double = 300

    func run() async throws {
        var lastVerification = ContinuousClock.now
        while !Task.isShuttingDownGracefully {
            let pause = min(poll, verifyInterval)
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: pause) }  // try?: the pause ends early on shutdown; that cancellation is the point
            if Task.isShuttingDownGracefully { break }
            if ContinuousClock.now - lastVerification >= verifyInterval {
                lastVerification = ContinuousClock.now
                await verify()
            } else {
                await checkpoint(every: nil)
            }
        }
        await checkpoint(every: 1)
    }

    private func verify() async {
        do throws(OfficeError) {
            let (verification, checkpoint) = try await office.verifyAudit()
            if case .broken(let problem) = verification {
                logger.critical("scheduled audit verification: \(problem.description); checkpoints discarded, the bridge writes nothing until this is resolved")
            } else {
                logger.info("scheduled audit verification: \(verification.description)", metadata: [
                    "checkpoint": "\(checkpoint?.seq ?? 0)",
                ])
            }
        } catch {
            logger.error("scheduled audit verification failed: \(error.description)")
        }
    }

    private func checkpoint(every: Int64?) async {
        do throws(OfficeError) {
            if let written = try await office.checkpointIfDue(every: every, quietFor: every == nil ? Self.quietSeconds : nil) {
                logger.info("audit checkpoint written", metadata: ["seq": "\(written.seq)"])
            }
        } catch {
            logger.warning("the audit checkpoint was not written (\(error.description)); the next one will be tried later")
        }
    }
}
