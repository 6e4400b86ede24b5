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

/// A one-shot reconciliation takes the roster its office's checkpoint carries for today, and never one that someone
/// with the database file but not the audit key wrote.
@Suite("Reconciliation from the day roster on a real slapd")
struct DayRosterReconciliationTests {
    /// Ten operators provisioned, then a checkpoint (with today's roster) at the end of the log.
    private func provisioned(_ directory: LocalDirectory) async throws -> BridgeHarness {
        let h = try BridgeHarness(directory)
        try h.importDecree("800/70/Dukcapil/2026", try [Person].people(0..<10).map { ($0, "operator") })
        _ = try await h.bridge.runOnce()
        try h.store.writeCheckpoint(sop: h.sop)
        return h
    }

    /// A bridge over the same files as a new process would have it, its store's warnings collected.
    private func coldBridge(_ h: BridgeHarness, _ warnings: WarningList) throws -> Bridge {
        let store = try AccessStore(path: h.file.path, key: try AuditKey(contentsOf: h.keyFile)) { message in
            warnings.list.withLock { $0.append(message) }
        }
        let account = h.directory.serviceAccounts.bridge
        let options = h.directory.connectionOptions()
        return Bridge(store: store, sop: h.sop, layout: h.bridge.layout, settings: h.bridge.settings) { () async throws(LDAPError) in
            try await LDAPConnection.connect(options, credentials: account.credentials)
        }
    }

    @Test func theDayRosterIsUsedWithoutReadingTheCheckpointState() async throws {
        try await withLocalDirectory { directory in
            let h = try await provisioned(directory)
            defer { h.remove() }
            // The checkpoint's state is made unreadable: a reconciliation that read it would warn and walk the log.
            try await DatabaseQueue(path: h.file.path).write { db in try db.execute(sql: "UPDATE checkpoints SET mac = 'x'") }
            let admin = try await directory.adminConnection()
            let name = try #require(try await h.operators().keys.sorted().first)
            try await admin.modify(directory.baseDN.child("ou", "operators").child("uid", name), [.replace("cn", "SOMEONE ELSE")])

            let warnings = WarningList()
            let result = try await Reconciliation(bridge: try coldBridge(h, warnings)).run(.init())
            #expect(result.rosterSize == 10)
            #expect(result.differences.map(\.kind) == ["attribute-drift"])
            #expect(warnings.list.withLock { $0 }.isEmpty, "the checkpoint's state was read: \(warnings.list.withLock { $0 })")
        }
    }

    @Test func aForgedDayRosterAddingSomeoneCreatesNoAccount() async throws {
        try await withLocalDirectory { directory in
            let h = try await provisioned(directory)
            defer { h.remove() }
            // What the forger wants on the roster: the ten and one more, written over the stored day roster.
            let intruder = try SyncFixtures.person(500)
            let other = try BridgeHarness(directory)
            defer { other.remove() }
            try other.importDecree("800/70/Dukcapil/2026", try ([Person].people(0..<10) + [intruder]).map { ($0, "operator") })
            let wished = DayRoster(state: try other.store.state(sop: other.sop), on: h.today)
            #expect(wished.roster.entries.count == 11)
            try await DatabaseQueue(path: h.file.path).write { db in
                try db.execute(sql: "UPDATE day_rosters SET roster = ?", arguments: [Data(wished.snapshot())])
            }

            let warnings = WarningList()
            let result = try await Reconciliation(bridge: try coldBridge(h, warnings)).run(.init(apply: true, force: true))
            #expect(result.rosterSize == 10)
            #expect(result.differences.isEmpty, "\(result.differences)")
            #expect(try await h.operators().count == 10, "no entry was made for the forged person")
            let said = warnings.list.withLock { $0 }
            #expect(said.count == 1)
            #expect(said.first?.contains("day roster at audit record") == true && said.first?.contains("not trusted") == true)
        }
    }
}

/// What a store warned of, collected across threads.
private final class WarningList: Sendable {
    let list = Mutex<[String]>([])
}
