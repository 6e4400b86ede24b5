import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

@Suite("Add, modify, delete, rename, password modify", .sharedDirectory)
struct WriteTests {
    @Test func modifyAddsReplacesAndDeletesValues() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator()
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        try await bridge.modify(op.dn, [.add("description", "one", "two"), .add("telephoneNumber", "0532-21001")])
        #expect(Set(try #require(try await bridge.read(op.dn)).strings("description")) == ["one", "two"])
        try await bridge.modify(op.dn, [.delete("description", "one")])
        #expect(try #require(try await bridge.read(op.dn)).strings("description") == ["two"])
        try await bridge.modify(op.dn, [.replace("description", "three")])
        #expect(try #require(try await bridge.read(op.dn)).strings("description") == ["three"])
        try await bridge.modify(op.dn, [.delete("description"), .replace("telephoneNumber", [])])
        let entry = try #require(try await bridge.read(op.dn))
        #expect(entry["description"].isEmpty && entry["telephoneNumber"].isEmpty)
        do {
            try await bridge.modify(op.dn, [.delete("description", "absent")])
            Issue.record("deleted a value that does not exist")
        } catch {
            #expect(error.code == .noSuchAttribute)
        }
    }

    @Test func addTwiceIsAlreadyExists() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator()
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        do {
            try await bridge.add(op.dn, [LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("cn", "x"), LDAPAttribute("sn", "x")])
            Issue.record("added an existing entry")
        } catch {
            #expect(error.code == .entryAlreadyExists)
            #expect(!error.isTransient)
            #expect(error.description.contains("entryAlreadyExists (68)"))
        }
    }

    @Test func deleteRemovesAndDeletingAgainIsNoSuchObject() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator()
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        try await bridge.delete(op.dn)
        #expect(try await bridge.read(op.dn) == nil)
        do {
            try await bridge.delete(op.dn)
            Issue.record("deleted twice")
        } catch {
            #expect(error.code == .noSuchObject)
        }
    }

    @Test func renameInPlaceAndToANewParent() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator()
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        let newUID = uniqueName("renamed")
        try await bridge.rename(op.dn, to: RDN("uid", newUID))
        let renamed = try #require(op.dn.parent).child("uid", newUID)
        let entry = try #require(try await bridge.read(renamed))
        #expect(entry.strings("uid") == [newUID], "the old RDN value was deleted")
        #expect(try await bridge.read(op.dn) == nil)

        let box = directory.baseDN.child("ou", "operators").child("ou", uniqueName("moved"))
        let admin = try await directory.adminConnection()
        try await admin.add(box, [LDAPAttribute("objectClass", "organizationalUnit"), LDAPAttribute("ou", box.rdn?.value ?? "")])
        try await admin.rename(renamed, to: RDN("uid", newUID), under: box)
        #expect(try await bridge.read(box.child("uid", newUID)) != nil)
    }

    @Test func passwordModifyWithAGivenAndAGeneratedPassword() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator()
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        let given = "Given-\(UUID().uuidString.prefix(12))"
        #expect(try await bridge.modifyPassword(of: op.dn, newPassword: given) == nil)
        _ = try await LDAPConnection.connect(directory.connectionOptions(), credentials: .simple(dn: op.dn, password: given))

        let generated = try #require(try await bridge.modifyPassword(of: op.dn, newPassword: nil))
        #expect(!generated.isEmpty)
        _ = try await LDAPConnection.connect(directory.connectionOptions(), credentials: .simple(dn: op.dn, password: generated))

        let admin = try await directory.adminConnection()
        let stored = try #require(try await admin.read(op.dn, attributes: ["userPassword"]))
        #expect(stored.string("userPassword")?.hasPrefix("{ARGON2}") == true, "slapd hashed it with argon2: \(stored)")
    }
}

@Suite("Pipelined writes", .sharedDirectory)
struct PipelineTests {
    @Test func manyAddsInAWindowAllArrive() async throws {
        let directory = try SharedDirectory.get()
        let box = directory.baseDN.child("ou", "operators").child("ou", uniqueName("pipe"))
        let admin = try await directory.adminConnection()
        try await admin.add(box, [LDAPAttribute("objectClass", "organizationalUnit"), LDAPAttribute("ou", box.rdn?.value ?? "")])
        let writes = (0..<1000).map { i in
            LDAPWrite.add(box.child("uid", "p\(i)"), [
                LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("uid", "p\(i)"), LDAPAttribute("cn", "P \(i)"), LDAPAttribute("sn", "P"),
            ])
        }
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        let progress = ProgressRecorder()
        let results = try await bridge.pipeline(writes, window: 16) { done, total in progress.record(done, total) }
        #expect(results.count == 1000)
        #expect(results.allSatisfy { if case .success = $0 { true } else { false } })
        let found = try await bridge.pagedSearch(SearchRequest(base: box, scope: .oneLevel, attributes: ["1.1"])).collect()
        #expect(found.count == 1000)
        #expect(progress.last == (1000, 1000))
        #expect(progress.calls == 1000)
    }

    @Test func oneRefusalDoesNotStopTheOthers() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator()
        let fresh = directory.baseDN.child("ou", "operators").child("uid", uniqueName("fresh"))
        let person = [LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("cn", "x"), LDAPAttribute("sn", "x")]
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        let results = try await bridge.pipeline([
            .add(op.dn, person),
            .modify(directory.baseDN.child("ou", "operators").child("uid", "missing"), [.replace("cn", "y")]),
            .add(fresh, person),
            .modify(op.dn, [.replace("description", "pipelined")]),
        ], window: 4)
        let codes = results.map { result -> LDAPResultCode in
            if case .failure(let error) = result { return error.code }
            return .success
        }
        #expect(codes == [.entryAlreadyExists, .noSuchObject, .success, .success])
        #expect(try await bridge.read(op.dn)?.string("description") == "pipelined")
    }
}

/// Collects progress callbacks from the connection's thread.
final class ProgressRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var _calls = 0
    private var _last: (Int, Int) = (0, 0)
    func record(_ done: Int, _ total: Int) {
        lock.lock(); defer { lock.unlock() }
        _calls += 1
        _last = (done, total)
    }
    var calls: Int { lock.lock(); defer { lock.unlock() }; return _calls }
    var last: (Int, Int) { lock.lock(); defer { lock.unlock() }; return _last }
}
