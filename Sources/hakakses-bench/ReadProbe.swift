import DirectorySync
import Foundation
import LDAP
import LocalDirectory

/// Times reading `ou=operators` of a kept benchmark directory: the paged search
/// alone, and with the conversion to the reconciler's compact entries. A
/// diagnostic for the reconcile benchmark.
struct ReadProbe {
    let options: BenchOptions

    func run() async throws {
        guard let directory = try LocalDirectory.attach(folder: URL(fileURLWithPath: "/tmp/hakakses-bench-kept")) else {
            throw BenchError("no kept directory: run `hakakses-bench reconcile --keep 1` first")
        }
        let connection = try await directory.connect(as: directory.serviceAccounts.bridge)
        let request = SearchRequest(base: directory.baseDN.child("ou", "operators"), scope: .subtree,
                                    filter: .equal("objectClass", "inetOrgPerson"), attributes: DirectoryOperator.readAttributes)
        for round in 0..<2 {
            let (count, raw) = try await measure {
                var n = 0
                for try await page in connection.pagedSearch(request, pageSize: 1000) { n += page.count }
                return n
            }
            let (converted, full) = try await measure {
                var kept: [DirectoryOperator] = []
                for try await page in connection.pagedSearch(request, pageSize: 1000) { kept += page.compactMap(DirectoryOperator.init) }
                return kept.count
            }
            print(String(format: "round %d: %d entries: paged search to LDAPEntry %.2f s; with conversion %.2f s (%d kept)", round, count, raw.seconds, full.seconds, converted))
        }
    }
}
