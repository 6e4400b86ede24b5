import AccessStore
import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

/// Issue 21, found by `hakakses-bench national`: each provider's unique overlay checks only its own entries, so two
/// offices that wrote the same new username to different providers while those could not reach each other both
/// succeeded, and replication then brought both entries everywhere (10 and more after a partition of the simulation).
/// A SIAK server that finds an operator by `uid` finds two. Now the reconciliation names every such username; the entry
/// that was never handed over and whose DN sorts later gives way (removed, username withdrawn, made again under a free
/// name), and a handover of a shared username is refused.
///
/// The state a partition leaves is made here on one provider: the other office's entry is added without the
/// `siakAccount` class the unique overlay selects, which only a replicated write could otherwise bring past it.
@Suite("National directory: one username held by two offices after a partition")
struct SharedUsernameTests {
    static let suffix = NationalDirectoryFixture.suffix

    private func withNationalDirectory(_ body: (LocalDirectory) async throws -> Void) async throws {
        try await NationalDirectoryFixture.with(body)
    }

    /// What a partition leaves: an entry of `office` holding `uid`, beside the one of another office.
    private func addReplicatedTwin(_ national: LocalDirectory, office: DN, uid: String) async throws -> DN {
        let dn = DirectoryLayout(baseDN: office, usernameScope: Self.suffix).operatorDN(username: uid)
        let admin = try await national.adminConnection()
        try await admin.add(dn, [
            LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("uid", uid),
            LDAPAttribute("cn", "Budi Santoso"), LDAPAttribute("sn", "Santoso"),
        ])
        await admin.close()
        return dn
    }

    private func reconcile(_ h: BridgeHarness, apply: Bool) async throws -> Reconciliation.Result {
        try await Reconciliation(bridge: h.bridge).run(.init(apply: apply))
    }

    private func shared(_ result: Reconciliation.Result) -> [SharedUsername] {
        result.differences.compactMap { if case .sharedUsername(let shared) = $0 { shared } else { nil } }
    }

    @Test func theEntryNeverHandedOverWhoseDNSortsLaterGivesWayAndIsMadeAgainUnderAFreeName() async throws {
        try await withNationalDirectory { national in
            let sukamara = try await national.addOffice(region: "62.08", name: "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sukamara")
            let mojokerto = try await national.addOffice(region: "35.76", name: "Dinas Kependudukan dan Pencatatan Sipil Kota Mojokerto")
            let h = try BridgeHarness(national, office: sukamara)
            defer { h.remove() }
            let budi = try SyncFixtures.person(1, name: "Budi Santoso")
            try h.importDecree("800/80/Dukcapil/2026", [(budi, "operator")])
            _ = try await h.bridge.runOnce()
            #expect(try h.store.username(for: budi.key) == "budi.santoso")
            let twin = try await addReplicatedTwin(national, office: mojokerto.baseDN, uid: "budi.santoso")

            // Not handed over while another office holds the name.
            do throws(Handover.Failure) {
                _ = try await Handover(bridge: h.bridge).deliver(to: budi.key, receivedBy: "Budi", deliveredBy: "adb", request: nil)
                Issue.record("a username two offices hold was handed over")
            } catch {
                guard case .notProvisioned(_, .usernameShared(let username, let other)) = error else {
                    Issue.record("refused for another reason: \(error)")
                    return
                }
                #expect(username == "budi.santoso" && other == twin.description)
            }

            // The dry run names it, changes nothing.
            let dry = try await reconcile(h, apply: false)
            let found = shared(dry)
            #expect(found.count == 1 && found.first?.heldBy == twin && found.first?.yields == true, "\(dry.differences)")
            #expect(found.first.map { Difference.sharedUsername($0).isFixable } == true)
            #expect(try await h.operators().keys.sorted() == ["budi.santoso"])

            // The apply removes Sukamara's entry (62.08 sorts after 35.76), withdraws the name and queues Budi again.
            let applied = try await reconcile(h, apply: true)
            #expect(applied.applied && applied.outcomes.compactMap { $0 }.allSatisfy { if case .success = $0 { true } else { false } },
                    "\(applied.differences) \(applied.outcomes)")
            #expect(try h.store.username(for: budi.key) == nil)
            #expect(try h.pending() == 1)
            #expect(try await h.operators().isEmpty)
            let withdrawn = try h.store.records(kind: AuditKind.accountWithdrawn)
            #expect(withdrawn.count == 1 && withdrawn.first?.payload.contains(twin.description) == true, "\(withdrawn.map(\.payload))")

            // The bridge makes the entry again under a free name, in the operator group; nothing is shared any more.
            let report = try await h.bridge.runOnce()
            #expect(report.completed == 1 && report.failed == 0, "\(report.summary)")
            let username = try #require(try h.store.username(for: budi.key))
            #expect(username != "budi.santoso")
            let operators = try await h.operators()
            #expect(operators.keys.sorted() == [username] && operators[username]?.groups == ["operator"], "\(operators)")
            #expect(try await h.members("operator") == [h.bridge.layout.operatorDN(username: username).description])
            let again = try await reconcile(h, apply: false)
            #expect(again.differences.isEmpty, "\(again.differences)")
            let delivery = try await Handover(bridge: h.bridge).deliver(to: budi.key, receivedBy: "Budi", deliveredBy: "adb", request: nil)
            #expect(delivery.username == username)
        }
    }

    @Test func anEntryHandedOverOrSortingFirstKeepsItsNameAndIsReportedOnly() async throws {
        try await withNationalDirectory { national in
            let sukamara = try await national.addOffice(region: "62.08", name: "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sukamara")
            let mojokerto = try await national.addOffice(region: "35.76", name: "Dinas Kependudukan dan Pencatatan Sipil Kota Mojokerto")
            let later = try await national.addOffice(region: "64.01", name: "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Paser")
            let h = try BridgeHarness(national, office: sukamara)
            defer { h.remove() }
            let budi = try SyncFixtures.person(1, name: "Budi Santoso"), siti = try SyncFixtures.person(2, name: "Siti Aminah")
            try h.importDecree("800/81/Dukcapil/2026", [(budi, "operator"), (siti, "operator")])
            _ = try await h.bridge.runOnce()
            // Budi's account was handed over before the other office's twin arrived; Siti's twin sorts after hers.
            _ = try await Handover(bridge: h.bridge).deliver(to: budi.key, receivedBy: "Budi", deliveredBy: "adb", request: nil)
            let budiTwin = try await addReplicatedTwin(national, office: mojokerto.baseDN, uid: "budi.santoso")
            let sitiTwin = try await addReplicatedTwin(national, office: later.baseDN, uid: "siti.aminah")

            let applied = try await reconcile(h, apply: true)
            let found = shared(applied)
            #expect(found.map(\.heldBy) == [budiTwin, sitiTwin], "\(applied.differences)")
            #expect(found.map(\.handedOver) == [true, false] && found.allSatisfy { !$0.yields })
            #expect(applied.outcomes.allSatisfy { $0 == nil }, "nothing written: \(applied.outcomes)")
            #expect(try await h.operators().keys.sorted() == ["budi.santoso", "siti.aminah"])
            #expect(try h.store.username(for: budi.key) == "budi.santoso" && h.store.username(for: siti.key) == "siti.aminah")
            #expect(try h.store.records(kind: AuditKind.accountWithdrawn).isEmpty)
            #expect(applied.differences.map { $0.text(in: .indonesian) }.allSatisfy { $0.contains("juga dipegang oleh") })
        }
    }
}
