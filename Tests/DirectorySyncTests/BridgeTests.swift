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

@Suite("Bridge: approval-gated, idempotent provisioning on a real slapd")
struct BridgeTests {
    @Test func anSKReachesTheDirectoryWithExactlyItsGroupsAndARerunChangesNothing() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory)
            defer { h.remove() }
            let people = try [Person].people(0..<20)
            try h.importDecree("800/20/Dukcapil/2026", people.enumerated().map { ($1, $0 % 4 == 0 ? "verifikator" : "operator") })
            let first = try await h.bridge.runOnce()
            #expect(first.due == 20 && first.completed == 20 && first.failed == 0)
            let entries = try await h.operators()
            #expect(entries.count == 20)
            #expect(entries.values.filter { $0.groups == ["verifikator"] }.count == 5)
            #expect(entries.values.filter { $0.groups == ["operator"] }.count == 15)
            #expect(try await h.members("operator").count == 15)
            #expect(try h.pending() == 0)

            try h.store.enqueue(people.map { SyncIntent(person: $0.key, notBefore: Date(), reason: "again") }, actor: "test", note: "rerun")
            let second = try await h.bridge.runOnce()
            #expect(second.completed == 20 && second.writes == 0, "a converged directory needs no writes")
            #expect(try await h.operators().count == 20)
            #expect(try await h.members("operator").count == 15, "no duplicate memberships")
        }
    }

    @Test func aForgedOutboxRowIsRefusedAudited_andWritesNothing() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory)
            defer { h.remove() }
            try h.importDecree("800/21/Dukcapil/2026", [(try SyncFixtures.person(1), "operator")])
            let stranger = try SyncFixtures.person(777)
            let queue = try DatabaseQueue(path: h.file.path)
            try await queue.write { db in
                try db.execute(sql: """
                    INSERT INTO outbox (person_key, cause_seq, reason, not_before, state, attempts, next_attempt_at, created_at)
                    VALUES (?, 1, 'typed in by hand', '2020-01-01T00:00:00.000Z', 'pending', 0, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')
                    """, arguments: [stranger.key.description])
            }
            let report = try await h.bridge.runOnce()
            #expect(report.refused == 1 && report.completed == 1)
            let uids = Set(try await h.operators().keys)
            #expect(uids.count == 1 && !uids.contains { $0.contains("777") })
            let refusals = try h.store.records(subject: stranger.key.description).filter { $0.kind == "sync.refused" }
            #expect(refusals.count == 1)
            #expect(refusals.first?.payload.contains("no approval chain") == true)
        }
    }

    @Test func aTamperedAuditLogStopsEveryWrite() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory)
            defer { h.remove() }
            try h.importDecree("800/22/Dukcapil/2026", [(try SyncFixtures.person(1), "operator")])
            let queue = try DatabaseQueue(path: h.file.path)
            try await queue.write { db in
                try db.execute(sql: "DROP TRIGGER IF EXISTS audit_log_no_update")
                for trigger in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'") {
                    try db.execute(sql: "DROP TRIGGER \(trigger)")
                }
                try db.execute(sql: "UPDATE audit_log SET payload = replace(payload, 'OPERATOR NOMOR 1', 'OPERATOR NOMOR 9') WHERE seq = 1")
            }
            // A bridge starting cold (a new process, no checkpoint) walks and checks every record: it writes nothing.
            do {
                _ = try await h.restartedBridge().runOnce()
                Issue.record("the bridge wrote with a broken audit log")
            } catch {
                #expect("\(error)".contains("audit log does not verify"))
            }
            #expect(try await h.operators().isEmpty)
            #expect(try h.pending() == 1, "the row is kept, not lost")
            // The running bridge checked record 1 when it was written and keeps the state folded from it, so the
            // edited text never counts. The full verification (scheduled in `serve`, or `audit verify`) reads every
            // record again, finds the edit and discards every checkpoint and the cached state: the running bridge
            // then walks from record 1 too, and stops.
            guard case .broken(let problem) = try h.store.verify(sop: h.sop) else {
                Issue.record("the full verification did not find the edit")
                return
            }
            #expect(problem.seq == 1)
            do {
                _ = try await h.bridge.runOnce()
                Issue.record("the running bridge wrote after the full verification found the log broken")
            } catch {
                #expect("\(error)".contains("audit log does not verify"))
            }
            #expect(try await h.operators().isEmpty)
            #expect(try h.pending() == 1)
        }
    }

    @Test func aPassRecordsOneUsernameRecordAndOneCompletionRecordThatNameEveryPerson() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory)
            defer { h.remove() }
            let people = try [Person].people(0..<12)
            try h.importDecree("800/24/Dukcapil/2026", people.map { ($0, "operator") })
            let before = try h.store.head().seq
            let report = try await h.bridge.runOnce()
            #expect(report.completed == 12)
            let records = try h.store.records(from: before + 1)
            #expect(records.map(\.kind) == ["account.assigned", "sync.applied"], "one record per batch, not per person")
            for person in people {
                let trail = try h.store.records(subject: person.key.description).map(\.kind)
                #expect(trail.contains("account.assigned") && trail.contains("sync.applied"), "\(person.key): \(trail)")
                let username = try #require(try h.store.username(for: person.key))
                #expect(records[0].payload.contains(#"{"person":"\#(person.key)","username":"\#(username)"}"#))
            }
            #expect(try h.pending() == 0)
        }
    }

    @Test func slapdStoppedMidRunThenRestartedLosesNothing() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory, settings: BridgeSettings(transactionSize: 0, window: 8))
            defer { h.remove() }
            try h.importDecree("800/23/Dukcapil/2026", try [Person].people(0..<600).map { ($0, "operator") })
            let stopped = Atomic<Bool>(false)
            do throws(BridgeError) {
                _ = try await h.bridge.runOnce { done, _ in
                    if done >= 100, !stopped.exchange(true, ordering: .relaxed) { Task { await directory.stop() } }
                }
                Issue.record("the pass finished although slapd was stopped")
            } catch {
                #expect(error.isTransient, "\(error)")
            }
            // Stopped among the writes, every row is still pending; on a loaded machine the stop can land after the
            // pass recorded its outcomes, at the anchor: then every row is done. Never some of them.
            let pending = try h.pending()
            #expect(pending == 600 || pending == 0, "the outcomes are recorded all at once or not at all: \(pending) pending")
            try await directory.start()
            let report = try await h.bridge.runOnce()
            #expect(report.completed == pending && report.failed == 0)
            #expect(try await h.operators().count == 600)
            #expect(try await h.members("operator").count == 600)
        }
    }

    @Test func unreachableDirectoryKeepsRowsPendingWithoutBurningRetries() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory)
            defer { h.remove() }
            try h.importDecree("800/24/Dukcapil/2026", [(try SyncFixtures.person(1), "operator")])
            await directory.stop()
            await #expect(throws: BridgeError.self) { try await h.bridge.runOnce() }
            let rows = try h.store.dueOutbox(now: Date())
            #expect(rows.count == 1 && rows.first?.attempts == 0)
            try await directory.start()
            #expect(try await h.bridge.runOnce().completed == 1)
        }
    }

    @Test func anOperatorDroppedByANewSKIsLockedOutOfItsGroupsAndCannotBind() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory)
            defer { h.remove() }
            let kept = try SyncFixtures.person(1), dropped = try SyncFixtures.person(2)
            try h.importDecree("800/25/Dukcapil/2026", [(kept, "operator"), (dropped, "verifikator")], from: h.today.adding(days: -10))
            _ = try await h.bridge.runOnce()
            let delivery = try await Handover(bridge: h.bridge).deliver(to: dropped.key, receivedBy: "x", deliveredBy: "adb", request: nil)
            let connection = try await LDAPConnection.connect(directory.connectionOptions())
            let before = try await connection.bind(dn: try DN(parsing: delivery.dn), password: delivery.password)
            #expect(before?.mustChangePassword == true)

            try h.importDecree("800/26/Dukcapil/2026", [(kept, "operator")], from: h.today.adding(days: -1), supersedes: ["800/25/Dukcapil/2026"])
            let report = try await h.bridge.runOnce()
            #expect(report.fixed["revoked"] == 1)
            let entries = try await h.operators()
            #expect(entries[delivery.username]?.locked == DirectoryLayout.permanentLock)
            #expect(entries[delivery.username]?.groups.isEmpty == true)
            #expect(try await h.members("verifikator").isEmpty)
            let again = try await LDAPConnection.connect(directory.connectionOptions())
            do throws(LDAPError) {
                try await again.bind(dn: try DN(parsing: delivery.dn), password: delivery.password)
                Issue.record("a dropped operator could still bind")
            } catch {
                #expect(error.code == .invalidCredentials)
                #expect(error.passwordPolicy?.isAccountLocked == true)
            }
        }
    }

    @Test func handoverShowsThePasswordOnceAndNeverStoresIt() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory)
            defer { h.remove() }
            let person = try SyncFixtures.person(3)
            try h.importDecree("800/27/Dukcapil/2026", [(person, "administrator")])
            _ = try await h.bridge.runOnce()
            let delivery = try await Handover(bridge: h.bridge).deliver(to: person.key, receivedBy: "Operator Tiga", deliveredBy: "adb", request: nil)
            #expect(delivery.password.count == 19)
            let admin = try await directory.adminConnection()
            let stored = try #require(try await admin.read(try DN(parsing: delivery.dn), attributes: ["userPassword", "pwdReset"]))
            #expect(stored.string("userPassword")?.hasPrefix("{ARGON2}") == true)
            #expect(stored.string("pwdReset") == "TRUE")
            let records = try h.store.records(subject: person.key.description).filter { $0.kind == "handover.delivered" }
            #expect(records.count == 1 && records[0].payload.contains("Operator Tiga"))
            for suffix in ["", "-wal"] {
                let bytes = FileManager.default.contents(atPath: h.file.path + suffix) ?? Data()
                #expect(bytes.range(of: Data(delivery.password.utf8)) == nil, "the password is not in the database file\(suffix)")
            }
        }
    }

    @Test func handoverRefusesSomeoneOffTheRoster() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory)
            defer { h.remove() }
            try h.importDecree("800/28/Dukcapil/2026", [(try SyncFixtures.person(1), "operator")])
            let outsider = try SyncFixtures.person(2).key
            do throws(Handover.Failure) {
                _ = try await Handover(bridge: h.bridge).deliver(to: outsider, receivedBy: "x", deliveredBy: "adb", request: nil)
                Issue.record("handed over to someone off the roster")
            } catch {
                #expect(error.description.contains("holds no SIAK role"))
            }
        }
    }

    @Test func usernamesAvoidEntriesMadeByOthers() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory)
            defer { h.remove() }
            let admin = try await directory.adminConnection()
            try await admin.add(directory.baseDN.child("ou", "operators").child("uid", "operator.1"), [
                LDAPAttribute("objectClass", "inetOrgPerson"), LDAPAttribute("uid", "operator.1"), LDAPAttribute("cn", "legacy"), LDAPAttribute("sn", "legacy"),
            ])
            try h.importDecree("800/29/Dukcapil/2026", [(try SyncFixtures.person(1, name: "OPERATOR 1"), "operator")])
            let report = try await h.bridge.runOnce()
            #expect(report.completed == 1)
            #expect(try await h.operators().keys.sorted() == ["operator.12"])
        }
    }
}
