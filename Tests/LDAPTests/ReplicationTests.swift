import LDAP
import LocalDirectory
import TestSupport
import Testing

@Suite("Multi-provider replication")
struct ReplicationTests {
    @Test func aWriteOnEitherProviderReachesTheOther() async throws {
        let providers = try await LocalDirectory.createCluster(providers: 2)
        defer { Task { for p in providers { await p.destroy() } } }
        let one = providers[0], two = providers[1]
        let uid = uniqueName("repl")
        let dn = one.baseDN.child("ou", "operators").child("uid", uid)

        let bridgeOne = try await one.connect(as: one.serviceAccounts.bridge)
        try await bridgeOne.add(dn, [
            LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("uid", uid), LDAPAttribute("cn", uid), LDAPAttribute("sn", uid),
        ])
        let bridgeTwo = try await two.connect(as: two.serviceAccounts.bridge)
        #expect(try await eventually { try await bridgeTwo.read(dn) != nil }, "provider 1's add reached provider 2")

        try await bridgeTwo.modify(dn, [.replace("description", "changed on provider 2")])
        #expect(try await eventually { try await bridgeOne.read(dn)?.string("description") == "changed on provider 2" })

        let batch = (0..<50).map { one.baseDN.child("ou", "operators").child("uid", "\(uid)-\($0)") }
        try await bridgeOne.transaction(batch.map { dn in
            .add(dn, [LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("cn", "x"), LDAPAttribute("sn", "x")])
        })
        #expect(try await eventually {
            try await bridgeTwo.search(base: one.baseDN.child("ou", "operators"), scope: .oneLevel, filter: .equal("cn", "x"), attributes: ["1.1"]).count == 50
        }, "a transaction's writes replicate")

        let adminTwo = try await two.adminConnection()
        let serverIDs = try await adminTwo.read(dn, attributes: ["entryCSN"])?.string("entryCSN")
        #expect(serverIDs?.contains("#002#") == true, "the last change was made on server 2")
        for provider in providers { await provider.destroy() }
    }

    /// Issue 21: with three providers the template's header comment used to receive the two syncrepl values, leaving
    /// the second outside the comment, and the cluster did not start.
    @Test func threeProvidersReplicateEachWay() async throws {
        let providers = try await LocalDirectory.createCluster(providers: 3)
        do { try await threeProviders(providers) } catch {
            for provider in providers { await provider.destroy() }
            throw error
        }
        for provider in providers { await provider.destroy() }
    }

    private func threeProviders(_ providers: [LocalDirectory]) async throws {
        let uid = uniqueName("three")
        let dn = providers[2].baseDN.child("ou", "operators").child("uid", uid)
        let third = try await providers[2].connect(as: providers[2].serviceAccounts.bridge)
        try await third.add(dn, [
            LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("uid", uid), LDAPAttribute("cn", uid), LDAPAttribute("sn", uid),
        ])
        for provider in providers.prefix(2) {
            let bridge = try await provider.connect(as: provider.serviceAccounts.bridge)
            #expect(try await eventually { try await bridge.read(dn) != nil }, "provider 3's add reached provider \(provider.serverID)")
        }
        let admin = try await providers[0].adminConnection()
        let config = try await admin.read(try DN(parsing: "olcDatabase={1}mdb,cn=config"), attributes: ["olcSyncrepl"])
        #expect(config?.strings("olcSyncrepl").count == 2, "each provider pulls from the two others")
    }

    private func eventually(timeout: Duration = .seconds(20), _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }
}
