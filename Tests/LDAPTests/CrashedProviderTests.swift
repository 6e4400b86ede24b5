import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

/// Issue 21, item 3: a provider killed (kill -9) between syncprov's checkpoints restarts with the contextCSN of its
/// last checkpoint, older than what the other provider already holds from it; slapd 2.5 then refused the other
/// provider ("consumer state is newer than provider!") for minutes, and the restarted provider's new writes reached
/// nobody. Measured here: the time from its restart to its next write arriving on the other provider.
@Suite("A provider killed between checkpoints", .serialized)
struct CrashedProviderTests {
    @Test func aProviderKilledMidStreamServesTheOtherAgainWithinSixtySeconds() async throws {
        let providers = try await LocalDirectory.createCluster(providers: 2, consumers: 1)
        do { try await crash(providers) } catch {
            for provider in providers { await provider.destroy() }
            throw error
        }
        for provider in providers { await provider.destroy() }
    }

    private func add(_ connection: LDAPConnection, _ directory: LocalDirectory, _ uid: String) async throws {
        try await connection.add(directory.baseDN.child("ou", "operators").child("uid", uid), [
            LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("uid", uid), LDAPAttribute("cn", uid), LDAPAttribute("sn", uid),
        ])
    }

    private func crash(_ servers: [LocalDirectory]) async throws {
        let one = servers[0], two = servers[1], consumer = servers[2]
        let prefix = uniqueName("crash")
        // Both writers connect before the clock for the kill starts: on a machine loaded by other suites a writer that
        // only connected inside its task could reach provider 1 after the kill (seen once in CI: "Can't contact").
        let bridge = try await one.connect(as: one.serviceAccounts.bridge)
        let bridgeTwo = try await two.connect(as: two.serviceAccounts.bridge)
        // A stream of writes on provider 1, killed (SIGKILL) in the middle of it.
        let writer = Task {
            var written = 0
            do {
                for index in 0..<400 {
                    try await add(bridge, one, "\(prefix)-\(index)")
                    written += 1
                }
            } catch {}
            return written
        }
        // Provider 2 takes writes at the same time (the other offices' bridges), so the consumer's cookie holds newer
        // changes of server 2 than provider 1 has seen when it dies.
        let otherWriter = Task {
            for index in 0..<300 { try await add(bridgeTwo, two, "\(prefix)-two-\(index)") }
            await bridgeTwo.close()
            return 300
        }
        try await Task.sleep(for: .milliseconds(400))
        #expect(await one.send(SIGKILL), "provider 1 killed")
        let written = await writer.value + (try await otherWriter.value)
        await bridge.close()
        print("crashed provider: killed after \(written) writes")
        try await Task.sleep(for: .milliseconds(300))
        try await one.start()
        let restarted = ContinuousClock.now
        // Serving again means accepting the bridge too; on a loaded machine the first connection may take a few tries.
        var reconnected: LDAPConnection?
        let reconnectDeadline = ContinuousClock.now + .seconds(20)
        while reconnected == nil {
            do { reconnected = try await one.connect(as: one.serviceAccounts.bridge) } catch {
                guard ContinuousClock.now < reconnectDeadline else { throw error }
                try await Task.sleep(for: .milliseconds(500))
            }
        }
        let bridgeOne = try #require(reconnected)
        try await add(bridgeOne, one, "\(prefix)-after")
        await bridgeOne.close()
        for server in [two, consumer] {
            let reader = try await server.connect(as: server.serviceAccounts.siakServer)
            let after = server.baseDN.child("ou", "operators").child("uid", "\(prefix)-after")
            let arrived = try await eventually(.seconds(90)) { try await reader.read(after, attributes: ["1.1"]) != nil }
            let took = ContinuousClock.now - restarted
            print("crashed provider: its first write after the restart reached \(server.ldapURI) after \(took)")
            #expect(arrived && took < .seconds(60), "\(server.ldapURI): took \(took)")
            // Every write provider 1 acknowledged before it was killed is everywhere.
            let count = try await reader.pagedSearch(SearchRequest(
                base: server.baseDN.child("ou", "operators"), scope: .oneLevel,
                filter: .substrings("uid", initial: LDAPValue(prefix), any: [], final: nil), attributes: ["1.1"])).collect().count
            #expect(count >= written + 1, "\(server.ldapURI): \(count) of \(written + 1)")
            await reader.close()
        }
    }

    private func eventually(_ timeout: Duration, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(200))
        }
        return false
    }
}
