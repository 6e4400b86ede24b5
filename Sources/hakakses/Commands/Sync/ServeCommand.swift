import AccessStore
import AccessWorkflow
import ArgumentParser
import DirectorySync
import Foundation
import Logging
import ServiceLifecycle

/// `hakakses serve`: the bridge, continuously, and reconciliation on an interval.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the sync bridge continuously and reconcile on an interval (stops cleanly on SIGTERM/SIGINT).",
        discussion: "Logs go to standard error (journald under systemd). Passwords are never logged.")
    @OptionGroup var config: ConfigOptions
    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.") var logLevel = "info"

    func run() async throws {
        try await reporting {
            let level = Logger.Level(rawValue: logLevel) ?? .info
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
            let logger = Logger(label: "hakakses")
            let context = try Context.open(config)
            let bridge = try context.bridge()
            let sync = context.settings.raw.sync
            let reconcile = context.settings.raw.reconcile
            let services: [any Service] = [
                BridgeService(bridge: bridge, poll: .seconds(sync?.pollSeconds ?? 10), logger: logger),
                ReconcileService(
                    reconciliation: Reconciliation(bridge: bridge), store: context.store, sop: context.sop, catalogue: context.catalogue,
                    interval: .seconds(60 * (reconcile?.intervalMinutes ?? 15)), apply: reconcile?.applyInServe ?? true,
                    options: Reconciliation.Options(
                        apply: reconcile?.applyInServe ?? true, force: false, maxChangePercent: reconcile?.maxChangePercent ?? 10,
                        alwaysAllowedChanges: reconcile?.alwaysAllowedChanges ?? 5, actor: "serve"),
                    logger: logger),
            ]
            logger.info("hak-akses serve starting", metadata: [
                "office": "\(context.sop.office.name)", "database": "\(context.settings.databaseURL.path)",
                "directory": "\((try? context.settings.directory().options.uris.joined(separator: " ")) ?? "?")",
            ])
            let group = ServiceGroup(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
            try await group.run()
            logger.info("hak-akses serve stopped")
        }
    }
}

/// Applies the outbox every `poll`; backs off while the directory is unreachable.
struct BridgeService: Service {
    let bridge: Bridge
    let poll: Duration
    let logger: Logger

    func run() async throws {
        var backoff = bridge.settings.retryInitial
        while !Task.isShuttingDownGracefully {
            var wait = poll
            do {
                let report = try await bridge.runOnce()
                if report.due > 0 {
                    logger.info("sync pass", metadata: [
                        "due": "\(report.due)", "done": "\(report.completed)", "refused": "\(report.refused)",
                        "retry": "\(report.failed)", "writes": "\(report.writes)",
                    ])
                }
                if report.refused > 0 { logger.warning("outbox rows refused: their people are on no SK or completed request (see `hakakses audit log`)") }
                backoff = bridge.settings.retryInitial
            } catch let error where error.isTransient {
                logger.warning("\(error.description); next try in \(backoff)")
                wait = backoff
                backoff = min(backoff * 2, bridge.settings.retryMax)
            } catch {
                logger.critical("\(error.description)")
            }
            let pause = wait
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: pause) }
        }
    }
}

/// Reconciles every `interval` and refreshes the roster table (SKs take effect and end by date).
struct ReconcileService: Service {
    let reconciliation: Reconciliation
    let store: AccessStore
    let sop: SOPDefinition
    let catalogue: RoleCatalogue
    let interval: Duration
    let apply: Bool
    let options: Reconciliation.Options
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully {
            let now = Date()
            let today = CivilDate(now, offset: sop.office.utcOffset)
            do {
                if try store.refreshRoster(sop: sop, catalogue: catalogue, on: today) { logger.info("roster table brought to \(today)") }
            } catch {
                logger.warning("the roster table was not brought to \(today): \(error); retrying next cycle")
            }
            do {
                let result = try await reconciliation.run(options, now: now)
                let kinds = Dictionary(grouping: result.differences, by: \.kind).mapValues(\.count)
                if result.differences.isEmpty {
                    logger.info("reconcile: directory matches the roster", metadata: ["roster": "\(result.rosterSize)", "managed": "\(result.managedEntries)"])
                } else {
                    logger.notice("reconcile: \(result.differences.count) differences", metadata: kinds.reduce(into: Logger.Metadata()) { $0[$1.key] = "\($1.value)" })
                }
                if let refusal = result.refusal { logger.warning("reconcile not applied: \(refusal)") }
            } catch {
                logger.error("reconcile failed: \(error.description)")
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
