import OfficeService
import ServiceLifecycle

/// Ends the waits of replicas' requests for the next record when the server begins to stop, so that a graceful
/// shutdown does not wait out a long poll (``Office/replicationBatch(after:limit:waitSeconds:for:now:)``). The
/// service group stops its services in reverse order: listed last, this one hears of the shutdown first.
struct ReplicaWaitService: Service {
    let office: Office

    func run() async throws {
        do {
            try await gracefulShutdown()
        } catch {
            // Cancelled rather than shut down gracefully: the server is going away either way.
        }
        await office.replicaWatch.close()
    }
}
