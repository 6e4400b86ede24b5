import AccessStore
import AccessWorkflow
import CoreMetrics
import DirectorySync
public import Foundation
public import Prometheus

/// The office server's metrics, for Prometheus at `/metrics`: swift-metrics counters, gauges and timers made with a
/// Prometheus factory of this office's own registry (no process-wide bootstrap, so two offices in one process never
/// mix their figures). Counters move where things happen (bridge passes, logins, HTTP requests); the gauges of
/// what the database holds (outbox backlog, requests by step, running SLA breaches) are read when scraped.
public final class OfficeMetrics: Sendable {
    /// Where the figures live; ``render(_:now:)`` writes it in the Prometheus text format.
    public let registry = PrometheusCollectorRegistry()
    /// The factory the shells use for their own figures (the HTTP layer's request timer).
    public let factory: PrometheusMetricsFactory

    let bridgePasses: CoreMetrics.Counter
    let bridgeFailures: CoreMetrics.Counter
    let bridgeLastSuccess: CoreMetrics.Gauge
    let bridgeWrites: CoreMetrics.Counter
    let loginFailures: CoreMetrics.Counter
    let loginThrottled: CoreMetrics.Counter
    let outboxPending: CoreMetrics.Gauge
    let outboxOldestAge: CoreMetrics.Gauge
    let slaBreaches: CoreMetrics.Gauge

    public init() {
        factory = PrometheusMetricsFactory(registry: registry)
        bridgePasses = CoreMetrics.Counter(label: "hakakses_bridge_passes_total", factory: factory)
        bridgeFailures = CoreMetrics.Counter(label: "hakakses_bridge_failures_total", factory: factory)
        bridgeLastSuccess = CoreMetrics.Gauge(label: "hakakses_bridge_last_success_timestamp_seconds", factory: factory)
        bridgeWrites = CoreMetrics.Counter(label: "hakakses_bridge_writes_total", factory: factory)
        loginFailures = CoreMetrics.Counter(label: "hakakses_login_failures_total", factory: factory)
        loginThrottled = CoreMetrics.Counter(label: "hakakses_login_throttled_total", factory: factory)
        outboxPending = CoreMetrics.Gauge(label: "hakakses_outbox_pending", factory: factory)
        outboxOldestAge = CoreMetrics.Gauge(label: "hakakses_outbox_oldest_age_seconds", factory: factory)
        slaBreaches = CoreMetrics.Gauge(label: "hakakses_sla_breaches_running", factory: factory)
    }

    /// A bridge pass (one `sync`) ended well at `now`, with `writes` directory writes.
    func bridgeSucceeded(at now: Date, writes: Int) {
        bridgePasses.increment()
        bridgeWrites.increment(by: writes)
        bridgeLastSuccess.record(now.timeIntervalSince1970)
    }

    /// A bridge pass failed (the directory unreachable, the anchor wrong, …).
    func bridgeFailed() {
        bridgePasses.increment()
        bridgeFailures.increment()
    }

    /// The differences a reconciliation found, by kind (every kind named, 0 when none).
    func reconciled(_ differences: [Difference]) {
        var counts: [String: Int] = [:]
        for difference in differences { counts[difference.kind, default: 0] += 1 }
        for kind in Set(Self.differenceKinds).union(counts.keys) {
            CoreMetrics.Gauge(label: "hakakses_reconcile_differences", dimensions: [("kind", kind)], factory: factory)
                .record(counts[kind] ?? 0)
        }
    }

    static let differenceKinds = [
        "missing", "attribute-drift", "role-drift", "locked-on-roster", "locked-by-lost-record", "expired", "revoked",
        "orphan", "unauthorized-member", "unmanaged-correlated", "conflict", "past-grace", "shared-username",
    ]

    /// A staff login refused for a wrong password, or refused by the throttle before the directory was asked.
    func loginFailed(throttled: Bool) {
        (throttled ? loginThrottled : loginFailures).increment()
    }

    /// The metrics in the Prometheus text format, with the gauges of what the office holds now.
    public func render(_ office: Office, now: Date) async throws(OfficeError) -> String {
        let backlog = try await office.storeCall { store throws(StoreError) in try store.outboxBacklog() }
        outboxPending.record(backlog.pending)
        outboxOldestAge.record(backlog.oldest.map { max(0, now.timeIntervalSince($0)) } ?? 0)
        let state = try await office.state()
        var byStep: [String: Int] = Dictionary(uniqueKeysWithValues: office.sop.steps.map { ($0.id.rawValue, 0) })
        for request in state.requests.values {
            if case .inProgress(let step) = request.status { byStep[step.rawValue, default: 0] += 1 }
        }
        for (step, count) in byStep {
            CoreMetrics.Gauge(label: "hakakses_requests_in_progress", dimensions: [("step", step)], factory: factory).record(count)
        }
        slaBreaches.record(SLAReport(state: state, now: now).rows.filter { $0.isPending && $0.breached }.count)
        return registry.emitToString()
    }
}
