import Foundation
import LocalDirectory
import Synchronization

/// What the simulation did to its servers and when: which providers may take writes, and the windows of each fault.
final class FaultLog: Sendable {
    struct Window: Sendable {
        let what: String
        let start: ContinuousClock.Instant
        var end: ContinuousClock.Instant?
    }

    private struct State {
        var unusable: Set<Int> = []
        var windows: [Window] = []
    }

    private let state = Mutex(State())

    func isUsable(provider index: Int) -> Bool { state.withLock { !$0.unusable.contains(index) } }

    func begin(_ what: String, provider: Int? = nil) -> Int {
        state.withLock { state in
            if let provider { state.unusable.insert(provider) }
            state.windows.append(Window(what: what, start: .now))
            return state.windows.count - 1
        }
    }

    func end(_ window: Int, provider: Int? = nil) {
        state.withLock { state in
            if let provider { state.unusable.remove(provider) }
            state.windows[window].end = .now
        }
    }

    var windows: [Window] { state.withLock { $0.windows } }

    /// True when [start, end] meets a fault window (extended by `grace` after the fault ended).
    func overlaps(_ start: ContinuousClock.Instant, _ end: ContinuousClock.Instant, grace: Duration = .seconds(1)) -> Bool {
        windows.contains { window in
            start <= (window.end ?? .now) + grace && end >= window.start
        }
    }
}

/// The faults of a national run, at points drawn from a seeded generator (the same seed, the same plan): the first
/// provider frozen (SIGSTOP: it accepts connections and never answers) and thawed, the second killed (SIGKILL, between
/// syncprov's checkpoints) and restarted, and the first consumer stopped and restarted.
struct FaultPlan {
    let freezeAt: Duration
    let freezeFor: Duration
    let killAfterThaw: Duration
    let downFor: Duration
    let consumerAfter: Duration

    init(seed: UInt64, freezeFor: Duration) {
        var random = SplitMix64(seed: seed)
        freezeAt = .milliseconds(1_000 + Int64(random.next() % 3_000))
        self.freezeFor = freezeFor
        killAfterThaw = .milliseconds(1_000 + Int64(random.next() % 2_000))
        downFor = .milliseconds(3_000 + Int64(random.next() % 2_000))
        consumerAfter = .milliseconds(1_000 + Int64(random.next() % 2_000))
    }

    var description: String {
        String(format: "provider 1 frozen at +%.1f s for %.1f s; provider 2 killed %.1f s after the thaw, down %.1f s; consumer 1 restarted %.1f s after that",
               freezeAt.seconds, freezeFor.seconds, killAfterThaw.seconds, downFor.seconds, consumerAfter.seconds)
    }

    /// Carries the plan out (with fewer servers, the faults that need them are left out).
    func run(providers: [LocalDirectory], consumers: [LocalDirectory], log: FaultLog) async throws {
        try await Task.sleep(for: freezeAt)
        let frozen = log.begin("provider 1 frozen (SIGSTOP)", provider: 0)
        guard await providers[0].send(SIGSTOP) else { throw BenchError("provider 1 could not be frozen") }
        try await Task.sleep(for: freezeFor)
        _ = await providers[0].send(SIGCONT)
        log.end(frozen, provider: 0)
        guard providers.count > 1 else { return }
        try await Task.sleep(for: killAfterThaw)
        let killed = log.begin("provider 2 killed (SIGKILL) and restarted", provider: 1)
        guard await providers[1].send(SIGKILL) else { throw BenchError("provider 2 could not be killed") }
        try await Task.sleep(for: downFor)
        try await providers[1].start()
        log.end(killed, provider: 1)
        guard let consumer = consumers.first else { return }
        try await Task.sleep(for: consumerAfter)
        let restarted = log.begin("consumer 1 stopped and restarted")
        await consumer.stop()
        try await consumer.start()
        log.end(restarted)
    }
}

/// A small seeded generator (SplitMix64), so that a plan can be run again.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
