import Foundation
import LDAP
import LocalDirectory
import Synchronization

/// Consumer lag under load: every `interval` a numbered write (the `description` of one probe entry) on a provider
/// that is up, and on each consumer a reader that polls the entry every 20 ms; when a consumer first shows number n,
/// every number up to n it had not shown yet has arrived, and its lag is the time since that write was sent.
/// Replication applies changes in order, so a probe write queued behind the offices' writes waits for them: the lag
/// measured is the lag of the load.
final class ConsumerLagProbe: Sendable {
    struct Sample: Sendable {
        let consumer: Int
        let sent: ContinuousClock.Instant
        let lag: Duration
    }

    private struct State {
        var sent: [Int: ContinuousClock.Instant] = [:]
        var next = 1
        var samples: [Sample] = []
        var failedWrites = 0
        var stopped = false
    }

    let entry: DN
    let providers: [LocalDirectory]
    let consumers: [LocalDirectory]
    let faults: FaultLog
    private let state = Mutex(State())

    init(entry: DN, providers: [LocalDirectory], consumers: [LocalDirectory], faults: FaultLog) {
        self.entry = entry
        self.providers = providers
        self.consumers = consumers
        self.faults = faults
    }

    /// Adds the probe entry on the first provider and waits until every consumer has it.
    func prepare() async throws {
        let admin = try await providers[0].adminConnection()
        try await admin.add(entry, [LDAPAttribute("objectClass", "organizationalRole"), LDAPAttribute("cn", entry.rdn?.value ?? "lag-probe"),
                                    LDAPAttribute("description", "0")])
        await admin.close()
        try await NationalBenchmark.waitEverywhere(entry, consumers)
    }

    func stop() { state.withLock { $0.stopped = true } }
    private var stopped: Bool { state.withLock { $0.stopped } }

    /// The writer and one reader per consumer, until ``stop()``.
    func run(interval: Duration) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.write(every: interval) }
            for index in consumers.indices { group.addTask { await self.read(consumer: index) } }
        }
    }

    private func write(every interval: Duration) async {
        var connections: [Int: LDAPConnection] = [:]
        var turn = 0
        while !stopped {
            let usable = providers.indices.filter { faults.isUsable(provider: $0) }
            if !usable.isEmpty {
                let index = usable[turn % usable.count]
                turn += 1
                let number = state.withLock { state -> Int in
                    defer { state.next += 1 }
                    state.sent[state.next] = .now
                    return state.next
                }
                do {
                    let connection: LDAPConnection
                    if let open = connections[index] { connection = open } else {
                        connection = try await providers[index].adminConnection()
                        connections[index] = connection
                    }
                    try await connection.modify(entry, [.replace("description", "\(number)")])
                } catch {
                    // Not acknowledged (the provider was killed meanwhile): not counted, even if it arrives.
                    state.withLock {
                        $0.sent[number] = nil
                        $0.failedWrites += 1
                    }
                    if let open = connections.removeValue(forKey: index) { await open.close() }
                }
            }
            try? await Task.sleep(for: interval)  // try?: only cancellation ends the sleep early, and the loop checks `stopped`
        }
        for connection in connections.values { await connection.close() }
    }

    private func read(consumer index: Int) async {
        var connection: LDAPConnection?
        var seen = 0
        while !stopped {
            do {
                let open: LDAPConnection
                if let connection { open = connection } else {
                    open = try await consumers[index].adminConnection()
                    connection = open
                }
                let value = try await open.read(entry, attributes: ["description"])?.string("description").flatMap(Int.init) ?? 0
                if value > seen {
                    let now = ContinuousClock.now
                    state.withLock { state in
                        for number in (seen + 1)...value {
                            if let sent = state.sent[number] { state.samples.append(Sample(consumer: index, sent: sent, lag: now - sent)) }
                        }
                    }
                    seen = value
                }
            } catch {
                // The consumer is being restarted: reconnect on the next round; what it missed counts as lag.
                if let connection { await connection.close() }
                connection = nil
            }
            try? await Task.sleep(for: .milliseconds(20))  // try?: as in the writer
        }
        if let connection { await connection.close() }
    }

    var samples: [Sample] { state.withLock { $0.samples } }
    var failedWrites: Int { state.withLock { $0.failedWrites } }
    var writes: Int { state.withLock { $0.next - 1 } }
}
