import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Synchronization
import Testing

/// Issue 21, item 2: a provider of a multi-provider directory that accepts connections and never answers (frozen:
/// SIGSTOP) used to hold a pass for the whole operation timeout and fail it; the bridge now leaves it within the
/// answer timeout and runs the pass on the next provider.
@Suite("Bridge failover between providers", .serialized)
struct FailoverTests {
    @Test func aFrozenProviderIsLeftWithinTheAnswerTimeoutAndThePassRunsOnTheNext() async throws {
        let providers = try await LocalDirectory.createCluster(providers: 2)
        // Thawed and stopped whatever happens: a frozen slapd left behind would outlive the test run.
        do { try await failover(providers) } catch {
            await Self.destroy(providers)
            throw error
        }
        await Self.destroy(providers)
    }

    private static func destroy(_ providers: [LocalDirectory]) async {
        for provider in providers {
            _ = await provider.send(SIGCONT)
            await provider.destroy()
        }
    }

    private func failover(_ providers: [LocalDirectory]) async throws {
        let one = providers[0], two = providers[1]
        var options = one.connectionOptions()
        options.uris = providers.map(\.ldapURI)
        options.networkTimeout = .seconds(2)
        options.operationTimeout = .seconds(20)
        let rotation = ServerRotation(options: options, answerTimeout: .seconds(2))
        let h = try BridgeHarness(one, rotation: rotation)
        defer { h.remove() }

        // Wrong credentials are not the server's fault: refused at once, no move to the other provider.
        let wrong = LDAPCredentials.simple(dn: one.serviceAccounts.bridge.dn, password: "not the password")
        let refused = await #expect(throws: LDAPError.self) { try await rotation.connect(credentials: wrong) }
        #expect(refused?.code == .invalidCredentials && rotation.switches.isEmpty, "\(String(describing: refused))")

        try h.importDecree("800/60/Dukcapil/2026", try [Person].people(0..<20).map { ($0, "operator") })
        #expect(await one.send(SIGSTOP), "provider 1 frozen")
        let started = ContinuousClock.now
        let report = try await h.bridge.runOnce()
        let elapsed = ContinuousClock.now - started
        print("failover: the pass with provider 1 frozen took \(elapsed) (connect 2 s + answer 2 s allowed there)")
        #expect(report.completed == 20 && report.failed == 0, "\(report.summary)")
        #expect(report.serverSwitches?.count == 1 && report.serverSwitches?.first?.hasPrefix(one.ldapURI) == true, "\(report.summary)")
        #expect(report.summary.contains("moved to another server 1×"), "\(report.summary)")
        // Bounded by the timeouts of the frozen provider (connect 2 s + answer 2 s), not the 20 s operation timeout.
        #expect(elapsed < .seconds(15), "the pass took \(elapsed)")
        #expect(rotation.currentURI == two.ldapURI)
        let onTwo = try await two.connect(as: two.serviceAccounts.bridge)
        let written = try await onTwo.search(base: two.baseDN.child("ou", "operators"), scope: .oneLevel, filter: .present("uid"), attributes: ["1.1"])
        #expect(written.count == 20)

        // Provider 1 thaws and receives the writes by replication; then provider 2 freezes, and the next pass goes
        // back to provider 1 (the rotation starts from the server that answered last).
        #expect(await one.send(SIGCONT))
        let onOne = try await one.connect(as: one.serviceAccounts.bridge)
        #expect(try await eventually {
            try await onOne.search(base: one.baseDN.child("ou", "operators"), scope: .oneLevel, filter: .present("uid"), attributes: ["1.1"]).count == 20
        }, "provider 1 caught up")
        try h.importDecree("800/61/Dukcapil/2026", try [Person].people(20..<25).map { ($0, "verifikator") })
        #expect(await two.send(SIGSTOP), "provider 2 frozen")
        let back = try await h.bridge.runOnce()
        #expect(back.completed == 5 && back.serverSwitches?.first?.hasPrefix(two.ldapURI) == true, "\(back.summary)")
        #expect(rotation.currentURI == one.ldapURI)
        #expect(await two.send(SIGCONT))

        // Both frozen: the pass fails as unavailable after each provider was tried once, not after an operation timeout.
        try h.importDecree("800/62/Dukcapil/2026", try [Person].people(25..<27).map { ($0, "operator") })
        let frozeOne = await one.send(SIGSTOP), frozeTwo = await two.send(SIGSTOP)
        #expect(frozeOne && frozeTwo)
        let bothStarted = ContinuousClock.now
        let failure = await #expect(throws: BridgeError.self) { try await h.bridge.runOnce() }
        guard case .directoryUnavailable? = failure else {
            Issue.record("expected directoryUnavailable, got \(String(describing: failure))")
            return
        }
        #expect(ContinuousClock.now - bothStarted < .seconds(20), "both frozen: \(ContinuousClock.now - bothStarted)")
        _ = await one.send(SIGCONT)
        _ = await two.send(SIGCONT)
    }

    /// Found by `hakakses-bench national`: a provider that froze after the pass had connected to it held the pass for
    /// the operation timeout (the answer timeout only applied to connecting). Now each wait for an answer on a
    /// rotation's connection is bounded by the answer timeout too: the pass gives up on the frozen provider within it,
    /// and the next pass runs on the other one.
    @Test func aProviderThatFreezesInTheMiddleOfAPassIsLeftWithinTheAnswerTimeout() async throws {
        let providers = try await LocalDirectory.createCluster(providers: 2)
        do { try await freezeMidPass(providers) } catch {
            await Self.destroy(providers)
            throw error
        }
        await Self.destroy(providers)
    }

    private func freezeMidPass(_ providers: [LocalDirectory]) async throws {
        let one = providers[0], two = providers[1]
        var options = one.connectionOptions()
        options.uris = providers.map(\.ldapURI)
        options.networkTimeout = .seconds(2)
        options.operationTimeout = .seconds(30)
        let rotation = ServerRotation(options: options, answerTimeout: .seconds(2))
        var settings = BridgeSettings(transactionSize: 200)
        let froze = Mutex(false)
        // After the pass has read provider 1 and before it writes there: provider 1 freezes (once).
        settings.injectBeforeWrite = { _ in
            guard !froze.withLock({ let was = $0; $0 = true; return was }) else { return }
            _ = await one.send(SIGSTOP)
        }
        let h = try BridgeHarness(one, settings: settings, rotation: rotation)
        defer { h.remove() }
        try h.importDecree("800/64/Dukcapil/2026", try [Person].people(0..<10).map { ($0, "operator") })
        let started = ContinuousClock.now
        var passes = 0
        while try h.pending() > 0 && passes < 4 {
            passes += 1
            _ = try? await h.bridge.runOnce()  // try?: the pass on the frozen provider fails; the next one is what counts
        }
        let elapsed = ContinuousClock.now - started
        print("failover: a provider frozen in the middle of a pass; converged after \(passes) passes in \(elapsed)")
        #expect(try h.pending() == 0, "the passes after the freeze finished the work on provider 2")
        // Bounded by the answer timeout (2 s) plus the work, not by the 30 s operation timeout.
        #expect(elapsed < .seconds(12), "took \(elapsed)")
        #expect(rotation.currentURI == two.ldapURI)
        _ = await one.send(SIGCONT)
    }

    private func eventually(timeout: Duration = .seconds(30), _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(200))
        }
        return false
    }
}

/// Issue 21, item 2: after a failover, replication may deliver an entry between the bridge's read and its add (measured:
/// 30–53 of 1,000 rows, the re-run exiting 1). Such an add is read again and converged in the same run.
@Suite("Bridge: an entry that arrives between the read and the add")
struct RacedAddTests {
    @Test func addsAnsweredEntryAlreadyExistsAreReadAgainAndConvergedInTheSameRun() async throws {
        try await withLocalDirectory { directory in
            let delivered = Mutex(false)
            var settings = BridgeSettings(transactionSize: 200)
            let options = directory.connectionOptions()
            let admin = directory.serviceAccounts.bridge
            // Another provider's bridge wrote the same entries; replication delivers them now (once).
            settings.injectBeforeWrite = { writes in
                guard !delivered.withLock({ let was = $0; $0 = true; return was }) else { return }
                do {
                    let connection = try await LDAPConnection.connect(options, credentials: admin.credentials)
                    for case .add(let dn, let attributes) in writes { try await connection.add(dn, attributes) }
                    await connection.close()
                } catch {
                    Issue.record("the injected replication failed: \(error)")
                }
            }
            let h = try BridgeHarness(directory, settings: settings)
            defer { h.remove() }
            try h.importDecree("800/63/Dukcapil/2026", try [Person].people(0..<12).map { ($0, "operator") })
            let report = try await h.bridge.runOnce()
            #expect(report.raced == 12, "\(report.summary)")
            #expect(report.completed == 12 && report.failed == 0, "converged in the same run: \(report.summary)")
            #expect(try h.pending() == 0)
            #expect(try await h.operators().count == 12)
            #expect(try await h.members("operator").count == 12)
        }
    }
}
