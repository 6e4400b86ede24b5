import LDAP
import LocalDirectory
import TestSupport
import Testing

@Suite("A server that goes away and comes back")
struct ServerDownTests {
    @Test func lostConnectionIsDistinguishableAndReconnectRecovers() async throws {
        try await withLocalDirectory { directory in
            let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
            #expect(try await bridge.read(directory.baseDN.child("ou", "operators")) != nil)

            await directory.stop()
            do throws(LDAPError) {
                _ = try await bridge.read(directory.baseDN.child("ou", "operators"))
                Issue.record("read from a stopped server")
            } catch {
                #expect(error.isConnectionLost, "\(error)")
                #expect(error.isTransient)
            }
            do throws(LDAPError) {
                try await bridge.reconnect()
                Issue.record("reconnected to a stopped server")
            } catch {
                #expect(error.isConnectionLost, "\(error)")
            }

            try await directory.start()
            try await bridge.reconnect()
            #expect(try await bridge.read(directory.baseDN.child("ou", "operators")) != nil)
            #expect(try await bridge.whoAmI() == "dn:" + directory.serviceAccounts.bridge.dn.description, "reconnect bound again")
        }
    }

    @Test func aPipelineCutShortReportsEveryUnansweredWrite() async throws {
        try await withLocalDirectory { directory in
            let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
            await directory.stop()
            let writes = (0..<10).map { i in LDAPWrite.delete(directory.baseDN.child("ou", "operators").child("uid", "x\(i)")) }
            let results = try await bridge.pipeline(writes, window: 4)
            #expect(results.count == 10)
            for result in results {
                guard case .failure(let error) = result else { Issue.record("a write succeeded on a stopped server"); continue }
                #expect(error.isConnectionLost)
            }
        }
    }
}
