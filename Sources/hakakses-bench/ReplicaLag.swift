import AccessStore
import Foundation
import OfficeClient
import OfficeService

/// A replica following the bench's office server in this process (`hakakses replica follow`'s loop), timing every
/// record it keeps: from the record's time on the server to the end of the pass that verified and kept it.
final class ReplicaLag: Sendable {
    private let follower: ReplicaFollower
    private let seen: Seen
    private let task: Task<Void, Never>
    private let client: RemoteOffice

    /// The records each pass received, and the lags measured.
    actor Seen {
        var received: [StoredRecord] = []
        var lags: [Double] = []
        var failure: String?

        func receive(_ records: [StoredRecord]) { received += records }

        func kept(at instant: Date) {
            for record in received { if let time = record.recordedDate { lags.append(instant.timeIntervalSince(time)) } }
            received = []
        }

        func failed(_ text: String) { failure = text }

        /// Forgets the catch-up: only records made while following count.
        func reset() {
            received = []
            lags = []
        }
    }

    private init(follower: ReplicaFollower, seen: Seen, task: Task<Void, Never>, client: RemoteOffice) {
        self.follower = follower
        self.seen = seen
        self.task = task
        self.client = client
    }

    /// Catches up with the server's whole log (timed), then follows in the background.
    static func start(url: String, token: String, folder: URL, key: AuditKey) async throws -> ReplicaLag {
        let client = try RemoteOffice(url: url, caFile: nil, rehearsalTime: nil) { _ in }
        let seen = Seen()
        let remote = client.replicaSource(token: token)
        let source = ReplicaSource(
            records: { after, wait throws(OfficeError) in
                let batch = try await remote.records(after, wait)
                await seen.receive(batch.records)
                return batch
            },
            file: remote.file)
        let follower = try ReplicaFollower(folder: folder, key: key)
        let (caughtUp, took) = try await measure { try await follower.catchUp(from: source) }
        let records = caughtUp.records
        await seen.reset()
        print(String(format: "  (replica: caught up with %d records in %.1f s, then follows)", records, took.seconds))
        let task = Task {
            while !Task.isCancelled {
                do throws(OfficeError) {
                    _ = try await follower.pass(from: source, waitSeconds: 5)
                    await seen.kept(at: Date())
                } catch {
                    if !Task.isCancelled { await seen.failed(error.description) }
                    return
                }
            }
        }
        return ReplicaLag(follower: follower, seen: seen, task: task, client: client)
    }

    /// Waits (up to 30 s) until the replica holds record `head`, stops following, and returns the lags in seconds.
    func finish(head: Int64) async throws -> [Double] {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline, try await follower.heldSeq() < head {
            if let failure = await seen.failure { throw BenchError("the replica stopped: \(failure)") }
            try await Task.sleep(for: .milliseconds(20))
        }
        guard try await follower.heldSeq() >= head else { throw BenchError("the replica did not reach #\(head)") }
        task.cancel()
        _ = await task.value
        await client.close()
        return await seen.lags
    }
}
