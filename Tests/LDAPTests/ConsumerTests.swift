import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

/// Issue 21, item 3: a read-only consumer (ldif/consumer.ldif) pulls from every provider, serves SIAK-style binds and
/// `memberOf`, and forwards password-policy state to a provider, so five wrong passwords on the consumer lock the
/// operator everywhere (it used to lock on the consumer only, while the providers still accepted the password). No
/// write of anyone else goes through it.
@Suite("Consumers: lockouts reach the providers", .serialized)
struct ConsumerTests {
    /// With TLS material, every replication and chain connection runs over StartTLS, required, the peer's certificate
    /// checked against the CA (issue 21, item 3): the same lockout then proves both work encrypted.
    @Test(arguments: [false, true])
    func fiveWrongPasswordsOnAConsumerLockTheOperatorOnEveryServer(tls: Bool) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(uniqueName("consumer-tls"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = LocalDirectoryConfiguration(tls: tls ? try TLSMaterial.generate(in: folder) : nil)
        let servers = try await LocalDirectory.createCluster(providers: 2, consumers: 1, configuration)
        do {
            for server in servers {
                let admin = try await server.adminConnection()
                let config = try await admin.read(try DN(parsing: "olcDatabase={1}mdb,cn=config"), attributes: ["olcSyncrepl"])
                await admin.close()
                let stanzas = config?.strings("olcSyncrepl") ?? []
                #expect(!stanzas.isEmpty && stanzas.allSatisfy { $0.contains("starttls=critical") == tls }, "\(stanzas)")
            }
            try await lockout(servers)
        } catch {
            for server in servers { await server.destroy() }
            throw error
        }
        for server in servers { await server.destroy() }
    }

    private func lockout(_ servers: [LocalDirectory]) async throws {
        let provider = servers[0], other = servers[1], consumer = servers[2]
        let op = try await provider.addOperator()
        let admin = try await provider.adminConnection()
        try await admin.modify(provider.siakGroup("operator"), [.add("member", [LDAPValue(op.dn.description)])])

        // Replicated to the consumer; the SIAK server finds the operator there with the role, and the operator binds.
        let siak = try await consumer.connect(as: consumer.serviceAccounts.siakServer)
        let byRole = Filter.and([.equal("uid", op.uid), .equal("memberOf", consumer.siakGroup("operator").description)])
        #expect(try await eventually { try await siak.search(base: consumer.baseDN, filter: byRole).count == 1 }, "replicated with memberOf")
        let good = try await LDAPConnection.connect(consumer.connectionOptions(), credentials: .simple(dn: op.dn, password: op.password))
        await good.close()

        // Five wrong passwords on the consumer.
        for _ in 0..<5 {
            let wrong = await #expect(throws: LDAPError.self) {
                try await LDAPConnection.connect(consumer.connectionOptions(), credentials: .simple(dn: op.dn, password: "salah-\(UUID())"))
            }
            #expect(wrong?.code == .invalidCredentials)
        }
        // The lockout was written on a provider (forwarded), reaches the other provider and comes back to the consumer.
        #expect(try await eventually {
            try await admin.read(op.dn, attributes: ["pwdAccountLockedTime"])?.string("pwdAccountLockedTime") != nil
        }, "locked on provider 1")
        for server in [other, consumer] {
            let locked = await #expect(throws: LDAPError.self) {
                _ = try await eventuallyRefused { try await LDAPConnection.connect(server.connectionOptions(), credentials: .simple(dn: op.dn, password: op.password)) }
            }
            #expect(locked?.code == .invalidCredentials, "the right password is refused on \(server.ldapURI)")
        }

        // The chain carries nothing else: the bridge's write on the consumer does not reach the providers.
        let bridge = try await consumer.connect(as: consumer.serviceAccounts.bridge)
        let intruder = consumer.baseDN.child("ou", "operators").child("uid", uniqueName("via-consumer"))
        await #expect(throws: LDAPError.self) {
            try await bridge.add(intruder, [LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("cn", "x"), LDAPAttribute("sn", "x")])
        }
        #expect(try await admin.read(intruder, attributes: ["1.1"]) == nil, "nothing written on the provider through the consumer")
        await admin.close()
    }

    /// A provider that stops answering (frozen: it accepts TCP and never answers) must not hang the logins on a
    /// consumer: a wrong password there forwards the lockout state through the chain, first to the frozen provider.
    /// The chain moves on to the other provider, where five failures lock (on a loaded machine, forwards there can
    /// miss the answer limit as well and go uncounted while the provider hangs); once it answers again, the lockout
    /// holds on every server.
    @Test func aFrozenProviderDoesNotHangLoginsOnAConsumer() async throws {
        let servers = try await LocalDirectory.createCluster(providers: 2, consumers: 1)
        do { try await frozen(servers) } catch {
            _ = await servers[0].send(SIGCONT)
            for server in servers { await server.destroy() }
            throw error
        }
        _ = await servers[0].send(SIGCONT)
        for server in servers { await server.destroy() }
    }

    private func frozen(_ servers: [LocalDirectory]) async throws {
        let provider = servers[0], consumer = servers[2]
        let op = try await provider.addOperator()
        let siak = try await consumer.connect(as: consumer.serviceAccounts.siakServer)
        #expect(try await eventually { try await siak.read(op.dn, attributes: ["1.1"]) != nil }, "replicated")
        await siak.close()
        #expect(await provider.send(SIGSTOP), "provider 1 frozen")
        var options = consumer.connectionOptions()
        options.operationTimeout = .seconds(60)
        for password in ["salah-\(UUID())", op.password] {
            let started = ContinuousClock.now
            do {
                let connection = try await LDAPConnection.connect(options, credentials: .simple(dn: op.dn, password: password))
                await connection.close()
            } catch {
                #expect(password != op.password, "the right password refused while a provider is frozen: \(error)")
            }
            let took = ContinuousClock.now - started
            print("frozen provider: a \(password == op.password ? "right" : "wrong") password on the consumer answered after \(took)")
            // Bounded by the chain's timeouts (connect 2 s, answer 3 s); it was a minute and more without them.
            #expect(took < .seconds(10), "a login on the consumer waited \(took) for the frozen provider")
        }
        // While provider 1 hangs, each failure the consumer forwards first waits out the chain's answer limit (3 s)
        // there, then goes to provider 2. Alone, five wrong passwords (the right one above started the count again)
        // lock on provider 2, sometimes six (the reset the right password forwarded can land after the failure that
        // followed it). On a machine loaded by the other suites, forwards to provider 2 miss the limit too and those
        // failures are not counted there (seen: 1 of 8): a known gap while a provider hangs, printed here and named in
        // the README. What must hold whatever the load: once the hung provider answers again, wrong passwords lock the
        // operator on every server.
        let adminTwo = try await servers[1].adminConnection()
        var state: LDAPEntry?
        var tries = 0
        while tries < 8 {
            tries += 1
            await #expect(throws: LDAPError.self) {
                try await LDAPConnection.connect(options, credentials: .simple(dn: op.dn, password: "salah-\(UUID())"))
            }
            guard tries >= 5 else { continue }
            // The last forward may land a little after the consumer answered: provider 2 is read for up to 5 s.
            let lockDeadline = ContinuousClock.now + .seconds(5)
            repeat {
                state = try await adminTwo.read(op.dn, attributes: ["pwdFailureTime", "pwdAccountLockedTime"])
                if state?.string("pwdAccountLockedTime") != nil { break }
                try await Task.sleep(for: .milliseconds(250))
            } while ContinuousClock.now < lockDeadline
            if state?.string("pwdAccountLockedTime") != nil { break }
        }
        await adminTwo.close()
        if state?.string("pwdAccountLockedTime") != nil {
            print("frozen provider: locked on provider 2 after \(tries) wrong passwords on the consumer")
        } else {
            print("frozen provider: NOT locked on provider 2 after \(tries) wrong passwords on the consumer while provider 1 hung "
                + "(failures counted there: \(state?.strings("pwdFailureTime").count ?? 0)); provider 1 answers again now")
            #expect(await provider.send(SIGCONT), "provider 1 thawed")
            for _ in 0..<5 {
                await #expect(throws: LDAPError.self) {
                    try await LDAPConnection.connect(options, credentials: .simple(dn: op.dn, password: "salah-\(UUID())"))
                }
            }
        }
        // The lock reaches the consumer by replication (at most 20 s on a loaded machine).
        let refused = await #expect(throws: LDAPError.self) {
            try await eventuallyRefused { try await LDAPConnection.connect(options, credentials: .simple(dn: op.dn, password: op.password)) }
        }
        #expect(refused?.code == .invalidCredentials, "the right password is refused on the consumer once locked")
    }

    /// Tries `connect` until it throws (the lockout has arrived), at most 20 s; returns normally if it never did.
    private func eventuallyRefused(_ connect: () async throws -> LDAPConnection) async throws {
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline {
            let connection = try await connect()
            await connection.close()
            try await Task.sleep(for: .milliseconds(200))
        }
    }

    private func eventually(timeout: Duration = .seconds(20), _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(200))
        }
        return false
    }
}
