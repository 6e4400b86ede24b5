import LDAP
import LocalDirectory
import TestSupport
import Testing

@Suite("LDAP transactions (RFC 5805)", .sharedDirectory)
struct TransactionTests {
    private func person(_ dn: DN) -> LDAPWrite {
        let uid = dn.rdn?.value ?? ""
        return .add(dn, [LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("uid", uid), LDAPAttribute("cn", uid), LDAPAttribute("sn", uid)])
    }

    @Test func anEntryAndItsMembershipCommitTogether() async throws {
        let directory = try SharedDirectory.get()
        let dn = directory.baseDN.child("ou", "operators").child("uid", uniqueName("txn"))
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        try await bridge.transaction([person(dn), .modify(directory.siakGroup("operator"), [.add("member", [LDAPValue(dn.description)])])])
        let siak = try await directory.connect(as: directory.serviceAccounts.siakServer)
        let entry = try #require(try await siak.read(dn, attributes: ["memberOf"]))
        #expect(entry.strings("memberOf").compactMap { try? DN(parsing: $0) } == [directory.siakGroup("operator")])
    }

    @Test func oneRefusedWriteAbortsTheWholeTransaction() async throws {
        let directory = try SharedDirectory.get()
        let existing = try await directory.addOperator()
        let fresh = directory.baseDN.child("ou", "operators").child("uid", uniqueName("txn"))
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        do {
            try await bridge.transaction([person(fresh), person(existing.dn)])
            Issue.record("a transaction with a duplicate add committed")
        } catch {
            #expect(error.code == .entryAlreadyExists, "\(error)")
        }
        #expect(try await bridge.read(fresh) == nil, "the first write was rolled back")
        #expect(try await bridge.whoAmI().hasPrefix("dn:"), "the connection is still usable")
    }

    @Test func batchedPipelineStillReportsEachWrite() async throws {
        let directory = try SharedDirectory.get()
        let existing = try await directory.addOperator()
        let box = directory.baseDN.child("ou", "operators")
        let names = (0..<10).map { _ in box.child("uid", uniqueName("batch")) }
        var writes = names.map(person)
        writes.insert(person(existing.dn), at: 4)
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        let results = try await bridge.pipeline(writes, window: 8, transactionSize: 6)
        let failures = results.enumerated().filter { if case .failure = $0.element { true } else { false } }.map(\.offset)
        #expect(failures == [4])
        for dn in names { #expect(try await bridge.read(dn) != nil, "\(dn) was added despite the refused write in its batch") }
    }

    @Test func aLargeTransactionStaysWithinTheServersPendingLimit() async throws {
        let directory = try SharedDirectory.get()
        let box = directory.baseDN.child("ou", "operators").child("ou", uniqueName("big"))
        let admin = try await directory.adminConnection()
        try await admin.add(box, [LDAPAttribute("objectClass", "organizationalUnit"), LDAPAttribute("ou", box.rdn?.value ?? "")])
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        try await bridge.transaction((0..<3000).map { person(box.child("uid", "t\($0)")) })
        let stored = try await bridge.pagedSearch(SearchRequest(base: box, scope: .oneLevel, attributes: ["1.1"])).collect()
        #expect(stored.count == 3000)
    }
}
