import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

@Suite("Search", .sharedDirectory)
struct SearchTests {
    /// A container of its own under ou=operators, so parallel tests do not meet.
    private func container(_ directory: LocalDirectory) async throws -> DN {
        let dn = directory.baseDN.child("ou", "operators").child("ou", uniqueName("box"))
        let admin = try await directory.adminConnection()
        try await admin.add(dn, [LDAPAttribute("objectClass", "organizationalUnit"), LDAPAttribute("ou", dn.rdn?.value ?? "")])
        return dn
    }

    @Test func binaryValuesComeBackByteForByte() async throws {
        let directory = try SharedDirectory.get()
        let box = try await container(directory)
        let photo: [UInt8] = [0xFF, 0xD8, 0x00, 0x01, 0x00, 0x0A, 0x0D, 0xFF, 0xD9]
        let dn = box.child("uid", "photo")
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        try await bridge.add(dn, [
            LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("uid", "photo"), LDAPAttribute("cn", "Photo"),
            LDAPAttribute("sn", "Photo"), LDAPAttribute("jpegPhoto", [LDAPValue(bytes: photo)]),
        ])
        let entry = try #require(try await bridge.read(dn, attributes: ["jpegPhoto"]))
        #expect(entry["jpegPhoto"].first?.bytes == photo)
        #expect(entry["JPEGPHOTO"].count == 1, "attribute lookup ignores case")
    }

    @Test("every corpus name round-trips through add and search", arguments: escapingCorpus)
    func escapingCorpusThroughTheServer(name: String) async throws {
        let directory = try SharedDirectory.get()
        let box = try await container(directory)
        let dn = box.child("cn", name)
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        try await bridge.add(dn, [LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("cn", name), LDAPAttribute("sn", name)])
        let found = try await bridge.search(base: box, scope: .oneLevel, filter: .equal("cn", name), attributes: ["cn"])
        #expect(found.count == 1)
        let entry = try #require(found.first)
        #expect(try DN(parsing: entry.dn) == dn)
        #expect(entry.strings("cn") == [name])
        #expect(try await bridge.read(dn) != nil, "the DN we built names the entry the server stored")
    }

    @Test func aFilterInjectionValueMatchesOnlyItself() async throws {
        let directory = try SharedDirectory.get()
        let box = try await container(directory)
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        for uid in ["alice", "bob", "*)(uid=*"] {
            try await bridge.add(box.child("uid", uid), [
                LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("uid", uid), LDAPAttribute("cn", uid), LDAPAttribute("sn", uid),
            ])
        }
        let injected = try await bridge.search(base: box, scope: .oneLevel, filter: .equal("uid", "*)(uid=*"))
        #expect(injected.map { $0.string("uid") } == ["*)(uid=*"])
        let none = try await bridge.search(base: box, scope: .oneLevel, filter: .equal("uid", "*"))
        #expect(none.isEmpty, "a literal * is not a wildcard")
        let all = try await bridge.search(base: box, scope: .oneLevel, filter: .present("uid"))
        #expect(all.count == 3)
    }

    @Test func onlyTheRequestedAttributesAreReturned() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator(cn: "Budi Santoso")
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        let entry = try #require(try await bridge.read(op.dn, attributes: ["cn"]))
        #expect(entry.attributes.map(\.name) == ["cn"])
        let bare = try #require(try await bridge.read(op.dn, attributes: ["1.1"]))
        #expect(bare.attributes.isEmpty)
        let operational = try #require(try await bridge.read(op.dn, attributes: ["+"]))
        #expect(!operational["entryUUID"].isEmpty)
    }

    @Test func missingBaseIsNoSuchObjectWithMatchedDN() async throws {
        let directory = try SharedDirectory.get()
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        let missing = directory.baseDN.child("ou", "operators").child("uid", "nobody").child("cn", "x")
        #expect(try await bridge.read(missing) == nil)
        do {
            _ = try await bridge.search(base: missing)
            Issue.record("searched below a missing entry")
        } catch {
            #expect(error.code == .noSuchObject)
            #expect(error.matchedDN.flatMap { try? DN(parsing: $0) } == directory.baseDN.child("ou", "operators"))
        }
    }
}
