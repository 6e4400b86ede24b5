import AccessStore
import AccessWorkflow
import DirectorySync
import Foundation
import GRDB
import LDAP
import LocalDirectory
import Synchronization
import TestSupport
import Testing

/// Issue 21, found by `hakakses-bench national`: two offices that both looked a username up, found it free and
/// recorded it raced to add it; the providers' unique overlay refused the loser's add, and the loser retried the same
/// recorded name forever (44 of 50 offices never converged). Now the refused username is withdrawn
/// (`account.withdrawn`) and the pass run again at once gives the person a free one.
@Suite("National directory: two offices racing for one username")
struct UsernameRaceTests {
    static let suffix = NationalDirectoryFixture.suffix

    @Test func theOfficeThatLosesTheRaceGivesThePersonAnotherUsernameInTheSameRun() async throws {
        try await withNationalDirectory { try await race($0) }
    }

    private func withNationalDirectory(_ body: (LocalDirectory) async throws -> Void) async throws {
        try await NationalDirectoryFixture.with(body)
    }

    /// Fifty offices each with a Budi Santoso: the lookup used to find one more taken name per round and gave up
    /// after 32 rounds ("no free username"); the next 64 names of a person found colliding are looked up at once now.
    @Test func aNameFortyOfficesAlreadyHoldIsFoundFreeInOnePass() async throws {
        try await withNationalDirectory { national in
            let sukamara = try await national.addOffice(region: "62.08", name: "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sukamara")
            let mojokerto = try await national.addOffice(region: "35.76", name: "Dinas Kependudukan dan Pencatatan Sipil Kota Mojokerto")
            let others = DirectoryLayout(baseDN: mojokerto.baseDN, usernameScope: Self.suffix)
            let admin = try await national.adminConnection()
            for uid in ["budi.santoso"] + (2...40).map({ "budi.santoso\($0)" }) {
                try await admin.add(others.operatorDN(username: uid), [
                    LDAPAttribute("objectClass", "inetOrgPerson", "siakAccount"), LDAPAttribute("uid", uid),
                    LDAPAttribute("cn", "Budi Santoso"), LDAPAttribute("sn", "Santoso"), LDAPAttribute("siakManagedBy", "hak-akses"),
                ])
            }
            await admin.close()
            let h = try BridgeHarness(national, office: sukamara)
            defer { h.remove() }
            try h.importDecree("800/71/Dukcapil/2026", [(try SyncFixtures.person(2, name: "Budi Santoso"), "operator")])
            let report = try await h.bridge.runOnce()
            #expect(report.completed == 1 && report.failed == 0, "\(report.summary)")
            #expect(try h.store.username(for: try SyncFixtures.person(2, name: "Budi Santoso").key) == "budi.santoso41")
        }
    }

    private func race(_ national: LocalDirectory) async throws {
        let sukamara = try await national.addOffice(region: "62.08", name: "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sukamara")
        let mojokerto = try await national.addOffice(region: "35.76", name: "Dinas Kependudukan dan Pencatatan Sipil Kota Mojokerto")
        let winnerLayout = DirectoryLayout(baseDN: mojokerto.baseDN, usernameScope: Self.suffix)
        let options = national.connectionOptions()
        let winner = mojokerto.bridge
        // Mojokerto's bridge adds its own Budi Santoso under the same username after Sukamara's bridge looked the name
        // up and recorded it, before Sukamara's add (once).
        let done = Mutex(false)
        var settings = BridgeSettings(transactionSize: 200)
        settings.injectBeforeWrite = { writes in
            guard !done.withLock({ let was = $0; $0 = true; return was }) else { return }
            for case .add(let dn, _) in writes {
                guard let uid = dn.rdn?.value else { continue }
                do {
                    let connection = try await LDAPConnection.connect(options, credentials: winner.credentials)
                    try await connection.add(winnerLayout.operatorDN(username: uid), [
                        LDAPAttribute("objectClass", "inetOrgPerson", "siakAccount"), LDAPAttribute("uid", uid),
                        LDAPAttribute("cn", "Budi Santoso"), LDAPAttribute("sn", "Santoso"), LDAPAttribute("siakManagedBy", "hak-akses"),
                    ])
                    await connection.close()
                } catch {
                    Issue.record("the other office's add failed: \(error)")
                }
            }
        }
        let h = try BridgeHarness(national, settings: settings, office: sukamara)
        defer { h.remove() }
        try h.importDecree("800/70/Dukcapil/2026", [(try SyncFixtures.person(1, name: "Budi Santoso"), "operator")])
        let person = try SyncFixtures.person(1, name: "Budi Santoso").key

        let report = try await h.bridge.runOnce()
        #expect(report.completed == 1 && report.failed == 0, "converged in the same run: \(report.summary)")
        #expect(report.usernamesWithdrawn == 1, "\(report.summary)")
        #expect(try h.pending() == 0)
        let username = try #require(try h.store.username(for: person))
        #expect(username != "budi.santoso", "a new username, not the one Mojokerto holds")
        #expect(try await h.operators().keys.sorted() == [username])
        let withdrawn = try h.store.records(kind: AuditKind.accountWithdrawn)
        #expect(withdrawn.count == 1 && withdrawn.first?.subject == person.description && withdrawn.first?.payload.contains("budi.santoso") == true,
                "\(withdrawn.map(\.payload))")
        // Every uid under the suffix once.
        let admin = try await national.adminConnection()
        let uids = try await admin.search(base: Self.suffix, scope: .subtree, filter: .equal("objectClass", "siakAccount"), attributes: ["uid"])
            .flatMap { $0.strings("uid") }
        await admin.close()
        #expect(Set(uids.map { $0.lowercased() }).count == uids.count, "\(uids)")

        // Rebuilt from the log (as a replica or a restore does), the person holds the new username.
        let file = h.file.path
        let queue = try DatabaseQueue(path: file)
        _ = try await queue.write { db in
            // Without a withdrawal record a username stays permanent.
            #expect(throws: (any Error).self) { try db.execute(sql: "DELETE FROM accounts WHERE username = ?", arguments: [username]) }
        }
        try queue.close()
        #expect(try h.store.rebuildAccounts() == 0, "nothing missing")
        #expect(try h.store.username(for: person) == username)
    }
}
