import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

@Suite("Connecting and binding", .sharedDirectory)
struct ConnectTests {
    @Test func ldapiWithSASLExternalIsTheLocalAdministrator() async throws {
        let directory = try SharedDirectory.get()
        let admin = try await directory.adminConnection()
        let identity = try await admin.whoAmI()
        #expect(identity == "dn:gidNumber=\(getgid())+uidNumber=\(getuid()),cn=peercred,cn=external,cn=auth")
    }

    @Test func simpleBindOverTCP() async throws {
        let directory = try SharedDirectory.get()
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        #expect(try await bridge.whoAmI() == "dn:" + directory.serviceAccounts.bridge.dn.description)
    }

    @Test func uriListFallsThroughToTheFirstReachableServer() async throws {
        let directory = try SharedDirectory.get()
        let unreachable = "ldap://127.0.0.1:1"
        let connection = try await LDAPConnection.connect(
            LDAPConnectionOptions(uris: [unreachable, directory.ldapURI]),
            credentials: directory.serviceAccounts.siakServer.credentials)
        #expect(try await connection.whoAmI().hasPrefix("dn:cn=siak-server"))
    }

    @Test func nothingReachableIsAConnectionError() async throws {
        let started = ContinuousClock.now
        do {
            _ = try await LDAPConnection.connect(LDAPConnectionOptions(uris: ["ldap://127.0.0.1:1"], networkTimeout: .seconds(2)))
            Issue.record("connected to a closed port")
        } catch {
            #expect(error.isConnectionLost)
            #expect(error.code == .serverDown || error.code == .connectError)
        }
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test func badURIIsReported() async throws {
        do {
            _ = try await LDAPConnection.connect(LDAPConnectionOptions(uris: ["gopher://x"]))
            Issue.record("accepted a gopher URI")
        } catch {
            #expect(!error.isConnectionLost)
            #expect(error.description.contains("gopher://x"))
        }
    }

    @Test func wrongPasswordIsInvalidCredentialsNotALostConnection() async throws {
        let directory = try SharedDirectory.get()
        do {
            _ = try await LDAPConnection.connect(
                directory.connectionOptions(),
                credentials: .simple(dn: directory.serviceAccounts.bridge.dn, password: "wrong-password"))
            Issue.record("bound with a wrong password")
        } catch {
            #expect(error.code == .invalidCredentials)
            #expect(!error.isConnectionLost && !error.isTransient)
        }
    }

    @Test func emptyPasswordIsRefusedBeforeItBecomesAnAnonymousBind() async throws {
        let directory = try SharedDirectory.get()
        let connection = try await LDAPConnection.connect(directory.connectionOptions())
        do {
            try await connection.bind(dn: directory.serviceAccounts.bridge.dn, password: "")
            Issue.record("empty password accepted")
        } catch {
            #expect(error.code == .paramError)
        }
    }

    @Test func anonymousMayBindButNotSearch() async throws {
        let directory = try SharedDirectory.get()
        let anonymous = try await LDAPConnection.connect(directory.connectionOptions())
        do {
            _ = try await anonymous.search(base: directory.baseDN, scope: .base)
            Issue.record("anonymous search allowed")
        } catch {
            #expect(error.code == .unwillingToPerform)
            #expect(error.diagnostic?.contains("authentication required") == true)
        }
    }

    @Test func concurrentCallersShareOneConnectionSafely() async throws {
        let directory = try SharedDirectory.get()
        let connection = try await directory.connect(as: directory.serviceAccounts.siakServer)
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<50 {
                group.addTask { try await connection.search(base: directory.baseDN.child("ou", "groups"), scope: .subtree).count }
            }
            for try await count in group { #expect(count == 11) }
        }
    }
}

@Suite("StartTLS")
struct StartTLSTests {
    @Test func startTLSWithTheCAFileSucceedsAndWithoutTrustFails() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(uniqueName("tls"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let tls = try TLSMaterial.generate(in: folder)
        try await withLocalDirectory(LocalDirectoryConfiguration(tls: tls)) { directory in
            let secure = try await LDAPConnection.connect(
                directory.connectionOptions(startTLS: true), credentials: directory.serviceAccounts.bridge.credentials)
            #expect(try await secure.whoAmI().hasPrefix("dn:cn=hak-akses-bridge"))

            let otherCA = try TLSMaterial.generate(in: folder.appendingPathComponent("other"))
            do throws(LDAPError) {
                _ = try await LDAPConnection.connect(LDAPConnectionOptions(uri: directory.ldapURI, startTLS: true, caCertificateFile: otherCA.caFile))
                Issue.record("StartTLS trusted a certificate from an unknown CA")
            } catch {
                #expect(error.code == .connectError || error.code == .serverDown, "\(error)")
            }
        }
    }
}
