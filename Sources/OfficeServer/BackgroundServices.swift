import AccessStore
import AccessWorkflow
import DirectorySync
import Foundation
import Logging
import OfficeService
import ServiceLifecycle

/// Applies the outbox every `poll` and moves the directory's audit anchor to the checked head; backs off while the
/// directory is unreachable.
struct BridgeService: Service {
    let office: Office
    let poll: Duration
    let retryInitial: Duration
    let retryMax: Duration
    let logger: Logger

    func run() async throws {
        var backoff = retryInitial
        while !Task.isShuttingDownGracefully {
            var wait = poll
            let now = office.clock.now()
            do throws(OfficeError) {
                let report = try await office.sync(now: now)
                if report.due > 0 {
                    logger.info("sync pass", metadata: [
                        "due": "\(report.due)", "done": "\(report.completed)", "refused": "\(report.refused)",
                        "retry": "\(report.failed)", "writes": "\(report.writes)",
                    ])
                }
                if report.refused > 0 {
                    logger.warning("outbox rows refused: their people are on no SK or completed request (see `hakakses audit log`)")
                }
                let head = try await office.anchor(now: now)
                logger.debug("audit anchor", metadata: ["seq": "\(head.seq)"])
                backoff = retryInitial
            } catch where error.kind == .unavailable {
                logger.warning("\(error.description); next try in \(backoff)")
                wait = backoff
                backoff = min(backoff * 2, retryMax)
            } catch {
                logger.critical("\(error.description)")
            }
            let pause = wait
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: pause) }  // try?: the pause ends early on shutdown; that cancellation is the point
        }
    }
}

/// Reconciles every `interval` and refreshes the roster table (SKs take effect and end by date).
struct ReconcileService: Service {
    let office: Office
    let interval: Duration
    let apply: Bool
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully {
            let now = office.clock.now()
            do throws(OfficeError) {
                if try await office.refreshRoster(now: now) { logger.info("roster table brought to \(office.today(now))") }
            } catch {
                logger.warning("the roster table was not brought to \(office.today(now)): \(error); retrying next cycle")
            }
            do throws(OfficeError) {
                var applying = apply
                if applying, let seq = try await office.reanchorAwaitingReview() {
                    applying = false
                    logger.warning("""
                        reconcile: not applied — the directory's anchor was moved at audit record #\(seq) after a restore; \
                        until the ADB has looked at the differences and applied a reconciliation by hand \
                        (`hakakses reconcile`, then `--apply`), the server only reports them
                        """)
                }
                let options = office.reconcileOptions(apply: applying, force: false, actor: "serve")
                let result = try await office.reconcile(options, now: now)
                let kinds = Dictionary(grouping: result.differences, by: \.kind).mapValues(\.count)
                if result.differences.isEmpty {
                    logger.info("reconcile: directory matches the roster", metadata: [
                        "roster": "\(result.rosterSize)", "managed": "\(result.managedEntries)",
                    ])
                } else {
                    logger.notice("reconcile: \(result.differences.count) differences", metadata: kinds.reduce(into: Logger.Metadata()) { $0[$1.key] = "\($1.value)" })
                }
                if let refusal = result.refusal { logger.warning("reconcile not applied: \(refusal)") }
            } catch {
                logger.error("reconcile failed: \(error.description)")
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }  // try?: the pause ends early on shutdown; that cancellation is the point
        }
    }
}

/// Tells officials that requests wait for them, and escalates steps past their time standard, every `poll`.
struct NotificationService: Service {
    let notifier: Notifier
    let office: Office
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully {
            // A read-only office records nothing, notifications included.
            if await office.isReadOnly() {
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: notifier.poll) }  // try?: the pause ends early on shutdown; that cancellation is the point
                continue
            }
            do throws(OfficeError) {
                let report = try await notifier.scan(now: office.clock.now())
                if report.sent + report.escalated > 0 {
                    logger.info("notifications", metadata: ["sent": "\(report.sent)", "escalated": "\(report.escalated)"])
                }
                for failure in report.failures { logger.warning("notification not delivered (retried later): \(failure)") }
            } catch {
                logger.warning("notifications: \(error.description); retrying later")
            }
            let pause = notifier.poll
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: pause) }  // try?: the pause ends early on shutdown; that cancellation is the point
        }
    }
}
