import LDAP
import LocalDirectory
import TestSupport
import Testing

@Suite("Paged search past the server size limit", .sharedDirectory(LocalDirectoryConfiguration(sizeLimit: 500)))
struct PagedSearchTests {
    static let count = 2_500

    private func fill(_ directory: LocalDirectory) async throws -> DN {
        let box = directory.baseDN.child("ou", "operators").child("ou", uniqueName("many"))
        let admin = try await directory.adminConnection()
        try await admin.add(box, [LDAPAttribute("objectClass", "organizationalUnit"), LDAPAttribute("ou", box.rdn?.value ?? "")])
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        let writes = (0..<Self.count).map { i in
            LDAPWrite.add(box.child("uid", "u\(i)"), [
                LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("uid", "u\(i)"),
                LDAPAttribute("cn", "User \(i)"), LDAPAttribute("sn", "\(i)"),
            ])
        }
        let results = try await bridge.pipeline(writes, window: 32)
        #expect(results.allSatisfy { if case .success = $0 { true } else { false } })
        return box
    }

    @Test func serviceAccountsPageThroughEverythingButNotWithoutPaging() async throws {
        let directory = try SharedDirectory.get()
        let box = try await fill(directory)
        let request = SearchRequest(base: box, scope: .oneLevel, filter: .equal("objectClass", "inetOrgPerson"), attributes: ["uid"])
        for account in [directory.serviceAccounts.siakServer, directory.serviceAccounts.bridge] {
            let connection = try await directory.connect(as: account)
            do {
                _ = try await connection.search(request)
                Issue.record("an unpaged search returned more than the size limit")
            } catch {
                #expect(error.code == .sizeLimitExceeded)
            }
            var pages = 0
            var uids = Set<String>()
            for try await page in connection.pagedSearch(request, pageSize: 200) {
                pages += 1
                #expect(page.count <= 200)
                for entry in page { uids.insert(entry.string("uid") ?? "") }
            }
            #expect(uids.count == Self.count)
            #expect(pages == 13)
        }
    }

    @Test func entriesReducedAsTheyArriveAreGatheredFromEveryPage() async throws {
        let directory = try SharedDirectory.get()
        let box = try await fill(directory)
        let connection = try await directory.connect(as: directory.serviceAccounts.bridge)
        let request = SearchRequest(base: box, scope: .oneLevel, filter: .equal("objectClass", "inetOrgPerson"), attributes: ["uid", "cn"])
        // Each entry read from libldap's buffers: its DN and values as sent (with read-ahead on the socket).
        let read = try await connection.collectPagedSearch(request, pageSize: 499) { entry -> String? in
            var dn = "", uid = "", cn = ""
            entry.decode(dn: { dn = $0.string ?? "" }, attribute: { name, values in
                if name.matches("uid") { uid = values.first?.string ?? "" }
                if name.matches("cn") { cn = values.map { $0.string ?? "" }.joined(separator: "|") }
            })
            return dn.hasPrefix("uid=\(uid),") && cn == "User " + uid.dropFirst() ? uid : nil
        }
        #expect(read.count == Self.count, "every entry, with its DN, uid and cn as written")
        #expect(Set(read) == Set((0..<Self.count).map { "u\($0)" }))
    }

    @Test func collectGathersAllPages() async throws {
        let directory = try SharedDirectory.get()
        let box = try await fill(directory)
        let connection = try await directory.connect(as: directory.serviceAccounts.siakServer)
        let entries = try await connection.pagedSearch(SearchRequest(base: box, scope: .oneLevel, attributes: ["1.1"]), pageSize: 499).collect()
        #expect(entries.count == Self.count)
    }
}
