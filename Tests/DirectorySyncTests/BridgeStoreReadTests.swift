import AccessStore
import AccessWorkflow
import DirectorySync
import Foundation
import GRDB
import LDAP
import LocalDirectory
import TestSupport
import Testing

/// Issue 23: the bridge reads the usernames on record for the people of a pass, so that its search of the directory
/// finds their entries by uid as well as by NIP/NIK. That read used to be a `try?`: a store error narrowed the
/// search and the pass went on. It now stops the pass with the store's error, and nothing is written.
@Suite("Bridge: a store error reading the usernames on record stops the pass")
struct BridgeStoreReadTests {
    @Test func anUnreadableUsernameOnRecordStopsThePassInsteadOfNarrowingItsSearch() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory)
            defer { h.remove() }
            let kept = try SyncFixtures.person(1), dropped = try SyncFixtures.person(2)
            try h.importDecree("800/41/Dukcapil/2026", [(dropped, "operator")], from: h.today.adding(days: -10))
            _ = try await h.bridge.runOnce()
            // A new SK drops him (his entry is revoked) and grants someone else.
            try h.importDecree("800/42/Dukcapil/2026", [(kept, "operator")], from: h.today.adding(days: -1),
                               supersedes: ["800/41/Dukcapil/2026"])
            let second = try await h.bridge.runOnce()
            #expect(second.failed == 0 && second.fixed["revoked"] == 1)
            // His row is due again: he is off the roster, so the pass's only read of his username on record is the
            // one at its start, made to fail here (his username cannot be read; every other row can).
            try h.store.enqueue([SyncIntent(person: dropped.key, notBefore: Date(), reason: "again")], actor: "test", note: "rerun")
            let queue = try DatabaseQueue(path: h.file.path)
            try await queue.write { db in
                try db.execute(sql: "ALTER TABLE accounts RENAME TO accounts_kept")
                try db.execute(sql: """
                    CREATE VIEW accounts AS SELECT person_key,
                        CASE WHEN person_key = ? THEN abs(-9223372036854775807 - 1) ELSE username END AS username,
                        created_at, cause_seq FROM accounts_kept
                    """.replacingOccurrences(of: "?", with: "'\(dropped.key.description)'"))
            }
            try queue.close()
            let before = try await h.operators()

            do throws(BridgeError) {
                let report = try await h.bridge.runOnce()
                Issue.record("the pass went on without the usernames on record: \(report)")
            } catch {
                guard case .store = error else {
                    Issue.record("expected the store's error, got \(error)")
                    return
                }
            }
            let after = try await h.operators()
            #expect(after.keys.sorted() == before.keys.sorted(), "nothing written by a pass that stopped")
            #expect(try h.pending() == 1, "his row stays pending")
        }
    }
}
