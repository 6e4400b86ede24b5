import AccessWorkflow
import DirectorySync
import Foundation
import GRDB
import LDAP
import LocalDirectory
import TestSupport
import Testing

/// Issue 9: the bridge must never take the directory down, and must converge after any fault. Real `hakakses`
/// processes against a real slapd, with the shipped write settings (transactions of 500, 64 outstanding):
/// - SIGKILL of `hakakses sync` and `hakakses reconcile --apply` at random instants across provisioning,
///   revocation and reconciliation of 1,000 operators each, slapd checked after every kill;
/// - slapd stopped and restarted, killed with SIGKILL and restarted, frozen (SIGSTOP) past the operation timeout,
///   in the middle of a sync; the SQLite database locked by another writer past its busy timeout during a pass;
///   the directory's `olcDbMaxSize` exhausted, then raised.
/// After each: nothing lost, nothing duplicated, every outbox row completed, `hakakses reconcile` finds nothing.
/// A summary table is printed.
@Suite("Fault injection: kills, slapd stopped, killed, frozen, a locked database, a full directory (issue 9)", .serialized)
struct FaultInjectionTests {
    struct Row {
        let fault: String
        var trials = 0
        /// slapd died (or stopped answering) when nothing asked it to stop.
        var crashes = 0
        /// slapd ended with a signal during a shutdown we asked for (SIGTERM) while it ran one of the bridge's
        /// transactions: its own shutdown frees the transaction's writes the same way a disconnect does. Reported,
        /// not avoidable from the client short of giving up transactions; see BENCHMARKS.md.
        var crashesWhileStopping = 0
        var lost = 0
        var duplicated = 0
        var problems: [String] = []
    }

    static let operators = 1_000

    @Test func slapdNeverCrashesAndEveryFaultConverges() async throws {
        var rows: [Row] = []
        let faults: [(String, () async throws -> [Row])] = [
            ("kill loop", Self.killLoop),
            ("slapd stopped and restarted", { [try await Self.slapdFault(.stopAndRestart)] }),
            ("slapd killed -9 and restarted", { [try await Self.slapdFault(.killAndRestart)] }),
            ("slapd frozen", { [try await Self.slapdFault(.freeze)] }),
            ("database locked", { [try await Self.databaseLocked()] }),
            ("directory full", { [try await Self.directoryFull()] }),
        ]
        // HAKAKSES_FAULTS="kill loop,slapd frozen" runs only those (while investigating one).
        let only = ProcessInfo.processInfo.environment["HAKAKSES_FAULTS"].map { Set($0.split(separator: ",").map(String.init)) }
        for (name, run) in faults where only?.contains(name) ?? true {
            do {
                rows += try await run()
            } catch {
                rows.append(Row(fault: name, problems: ["\(error)"]))
            }
        }
        print(Self.table(rows))
        for row in rows {
            #expect(row.problems.isEmpty, "\(row.fault): \(row.problems.joined(separator: "; "))")
            #expect(row.crashes == 0 && row.lost == 0 && row.duplicated == 0, "\(row.fault)")
        }
        let kills = rows.filter { $0.fault.hasPrefix("SIGKILL") }.map(\.trials).reduce(0, +)
        #expect(kills >= 20 || only?.contains("kill loop") == false, "only \(kills) kills landed")
    }

    static func table(_ rows: [Row]) -> String {
        let header = ["fault", "trials", "slapd crashes", "lost", "duplicated"]
        let cells = rows.map { row in
            let crashes = "\(row.crashes)" + (row.crashesWhileStopping > 0 ? " (+\(row.crashesWhileStopping) while stopping)" : "")
            return [row.fault, "\(row.trials)", crashes, "\(row.lost)", "\(row.duplicated)"]
        }
        let widths = header.indices.map { i in ([header[i]] + cells.map { $0[i] }).map(\.count).max() ?? 0 }
        func line(_ values: [String]) -> String {
            "| " + values.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: " | ") + " |"
        }
        return (["fault injection summary (issue 9)", line(header), line(widths.map { String(repeating: "-", count: $0) })] + cells.map(line))
            .joined(separator: "\n")
    }

    // MARK: - SIGKILL of the bridge

    /// Runs `hakakses ARGS` and kills it at a random instant, again and again, until a run gets through (or
    /// `row` has `target` kills), checking slapd after each kill; a crash is counted and slapd restarted.
    /// Half the kills come at a random time (any phase: verify, read, usernames, writes, record), half after a
    /// random number of requests up to `requests` (among the writes: inside transactions, at their ends).
    static func killUntilThrough(_ office: FaultOffice, _ arguments: [String], requests: Int, target: Int, row: inout Row) async throws {
        var typical = 1.0  // seconds of a run that gets through
        for attempt in 0..<(3 * target) where row.trials < target {
            let trigger: FaultOffice.Trigger = attempt % 2 == 0
                ? .afterRequests(Int.random(in: 2...max(3, requests)))
                : .after(.milliseconds(Int.random(in: 20...max(40, Int(typical * 900)))))
            let started = ContinuousClock.now
            let outcome = try await office.hakakses(arguments, at: trigger)
            if outcome == .killed {
                row.trials += 1
                try await Task.sleep(for: .milliseconds(200))  // slapd reads the end of the connection
                try await office.ensureSlapd("after \(arguments.joined(separator: " ")) was killed \(trigger)")
            }
            if outcome != .killed {
                let took = (ContinuousClock.now - started).components
                typical = Double(took.seconds) + Double(took.attoseconds) / 1e18
                return
            }
        }
    }

    static func killLoop() async throws -> [Row] {
        try await withLocalDirectory { directory in
            let office = try FaultOffice(directory)
            defer { office.remove() }
            let h = office.harness
            var rows: [Row] = []
            var decrees: [String] = []
            var active: [Person] = []
            var revoked: [Person] = []
            var batch = 0
            /// Imports an SK of 1,000 new operators.
            func newDecree() throws -> [Person] {
                let people = try [Person].people((batch * operators)..<((batch + 1) * operators))
                let number = "800/\(100 + batch)/Dukcapil/2026"
                try h.importDecree(number, people.map { ($0, "operator") })
                decrees.append(number)
                batch += 1
                return people
            }

            // Provisioning: SKs of 1,000, each killed until a sync gets through, until 10 kills landed.
            var provisioning = Row(fault: "SIGKILL sync: provisioning SKs of \(operators)")
            var seen = await office.deaths.count
            while provisioning.trials < 10 && batch < 5 {
                active += try newDecree()
                try await killUntilThrough(office, ["sync"], requests: operators + 20, target: 10, row: &provisioning)
                try await office.syncUntilDone()
            }
            provisioning.record(try await office.convergence(active: active, role: "operator", revoked: revoked))
            await provisioning.recordDeaths(office, since: &seen)
            rows.append(provisioning)

            // Revocation: an SK superseding all the others but with one person of its own, killed until a sync
            // gets through; again with a new SK of 1,000 until 8 kills landed.
            var revocation = Row(fault: "SIGKILL sync: revocation of \(operators) or more")
            let kept = try [Person].people(90_000..<90_001)
            var round = 0
            while revocation.trials < 8 && round < 5 {
                if round > 0 {
                    active = try newDecree()
                    try await office.syncUntilDone()
                }
                revoked += active.filter { !kept.contains($0) }
                try h.importDecree("800/\(200 + round)/Dukcapil/2026", kept.map { ($0, "operator") }, supersedes: decrees)
                decrees = ["800/\(200 + round)/Dukcapil/2026"]
                active = kept
                try await killUntilThrough(office, ["sync"], requests: revoked.count + 20, target: 8, row: &revocation)
                try await office.syncUntilDone()
                round += 1
            }
            revocation.record(try await office.convergence(active: active, role: "operator", revoked: revoked))
            await revocation.recordDeaths(office, since: &seen)
            rows.append(revocation)

            // reconcile --apply: an SK of 1,000, provisioned, then changed by hand, killed until an apply gets
            // through; drifted again until 10 kills landed — or more, until the three rows have 20 between them:
            // a sync that finishes before its random trigger lands no kill, and an apply's kills land reliably.
            var reconcile = Row(fault: "SIGKILL reconcile --apply: drift of \(operators)")
            let target = max(10, 20 - provisioning.trials - revocation.trials)
            active += try newDecree()
            try await office.syncUntilDone()
            for _ in 0..<(target + 6) where reconcile.trials < target {
                try await office.ensureSlapd("before the drift")
                let writes = try await drift(directory, active)
                try await killUntilThrough(office, ["reconcile", "--apply", "--force"], requests: writes + 20, target: target, row: &reconcile)
                var applied = FaultOffice.Outcome.killed
                for _ in 0..<4 where applied != .finished(0) { applied = try await office.hakakses(["reconcile", "--apply", "--force"]) }
                if applied != .finished(0) {
                    reconcile.problems.append("reconcile --apply did not get through: \(office.logText())")
                    break
                }
            }
            reconcile.record(try await office.convergence(active: active, role: "operator", revoked: revoked))
            // Every killed bridge's connection is closed by now or soon (its keeper's grace): slapd survives those too.
            try await office.waitForBridgeConnectionsToClose()
            try await office.ensureSlapd("after the last connections closed")
            await reconcile.recordDeaths(office, since: &seen)
            rows.append(reconcile)
            return rows
        }
    }

    /// Drift made by hand on the entries of `people`: every membership removed, one entry in two with a wrong work
    /// unit, one in ten deleted. Returns about the number of requests a reconcile --apply sends to fix it.
    static func drift(_ directory: LocalDirectory, _ people: [Person]) async throws -> Int {
        let admin = try await directory.adminConnection()
        let group = directory.siakGroup("operator")
        let nips = Set(people.compactMap { $0.nip?.digits })
        let entries = try await admin.pagedSearch(SearchRequest(
            base: directory.baseDN.child("ou", "operators"), filter: .equal("siakManagedBy", "hak-akses"),
            attributes: ["siakNIP"]), pageSize: 1000).collect().filter { nips.contains($0.string("siakNIP") ?? "") }
        let dns = try entries.map { try DN(parsing: $0.dn) }
        let ours = Set(dns)
        let members = try await admin.read(group, attributes: ["member"])?.strings("member").filter { !$0.isEmpty } ?? []
        let removed = members.filter { (try? DN(parsing: $0)).map(ours.contains) ?? false }
        // The memberships first, on their own: refint removes a deleted entry's memberships in the background, so
        // a delete sent alongside could make this write fail on a value already gone.
        if !removed.isEmpty { try await admin.modify(group, [.delete("member", removed.map { LDAPValue($0) })]) }
        var writes: [LDAPWrite] = []
        for (index, dn) in dns.enumerated() {
            if index % 10 == 0 {
                writes.append(.delete(dn))
            } else if index % 2 == 0 {
                writes.append(.modify(dn, [.replace("siakWorkUnit", "Bidang Lain")]))
            }
        }
        let results = try await admin.pipeline(writes, window: 32)
        await admin.close()
        let failures = results.compactMap { result -> LDAPError? in if case .failure(let error) = result { error } else { nil } }
        guard failures.isEmpty, dns.count == people.count else {
            throw FaultError("drift: \(failures.count) writes failed (\(failures.first.map { "\($0)" } ?? "")), \(dns.count) of \(people.count) entries")
        }
        return writes.count + (removed.isEmpty ? 10 : 11)
    }

    // MARK: - slapd stopped, killed, frozen

    enum SlapdFault { case stopAndRestart, killAndRestart, freeze }

    static func slapdFault(_ kind: SlapdFault) async throws -> Row {
        try await withLocalDirectory { directory in
            // Frozen: for longer than the bridge's operation timeout.
            let office = try FaultOffice(directory, operationTimeout: kind == .freeze ? 2 : 10)
            defer { office.remove() }
            let name: String
            switch kind {
            case .stopAndRestart: name = "slapd stopped (SIGTERM) and restarted mid-sync"
            case .killAndRestart: name = "slapd killed (SIGKILL) and restarted mid-sync"
            case .freeze: name = "slapd frozen (SIGSTOP) 5 s > 2 s timeout mid-sync"
            }
            var row = Row(fault: name)
            let people = try [Person].people(0..<operators)
            try office.harness.importDecree("800/93/Dukcapil/2026", people.map { ($0, "operator") })
            let signalled = Signalled()
            for attempt in 0..<2 {
                let trigger = FaultOffice.Trigger.afterRequests(Int.random(in: 100...(operators - 100)) / (attempt + 1))
                _ = try await office.hakakses(["sync"], at: trigger) {
                    switch kind {
                    case .stopAndRestart:
                        if let signal = await directory.stop() { await signalled.crash("SIGTERM ended slapd on signal \(signal)") }
                        try await Task.sleep(for: .milliseconds(500))
                        try await directory.start()
                    case .killAndRestart:
                        _ = await directory.send(SIGKILL)
                        while await directory.isRunning { try await Task.sleep(for: .milliseconds(20)) }
                        try await directory.start()
                    case .freeze:
                        _ = await directory.send(SIGSTOP)
                        try await Task.sleep(for: .seconds(5))
                        _ = await directory.send(SIGCONT)
                    }
                    await signalled.add()
                }
            }
            row.trials = await signalled.count
            row.crashesWhileStopping = await signalled.crashes.count
            for crash in await signalled.crashes { print("fault injection: \(name): \(crash)") }
            try await office.syncUntilDone()
            row.record(try await office.convergence(active: people, role: "operator", revoked: []))
            try await office.waitForBridgeConnectionsToClose()
            try await office.ensureSlapd("after the last connections closed")
            var seen = 0
            await row.recordDeaths(office, since: &seen)
            return row
        }
    }

    /// Faults that struck, and the slapd crashes they caused.
    actor Signalled {
        var count = 0
        var crashes: [String] = []
        func add() { count += 1 }
        func crash(_ what: String) { crashes.append(what) }
    }

    // MARK: - The database locked by another writer

    static func databaseLocked() async throws -> Row {
        try await withLocalDirectory { directory in
            let office = try FaultOffice(directory)
            defer { office.remove() }
            var row = Row(fault: "SQLite locked by another writer 12 s (busy timeout 10 s) during a sync")
            let people = try [Person].people(0..<operators)
            try office.harness.importDecree("800/94/Dukcapil/2026", people.map { ($0, "operator") })
            let path = office.harness.file.path
            // From the pass's first request on: it blocks at its first write to the database, wherever that is.
            let outcome = try await office.hakakses(["sync"], at: .afterRequests(1)) {
                try await holdWriteLock(path, for: 12)
            }
            row.trials = 1
            if outcome == .finished(0) { row.problems.append("the sync succeeded although the database was locked past its busy timeout") }
            if !office.logText().contains("locked") { row.problems.append("no clear error: \(office.logText())") }
            let states = try office.outboxStates()
            if states["done", default: 0] > 0 && outcome != .finished(0) {
                row.problems.append("rows marked done by a pass that failed: \(states)")
            }
            try await office.syncUntilDone()
            row.record(try await office.convergence(active: people, role: "operator", revoked: []))
            var seen = 0
            await row.recordDeaths(office, since: &seen)
            return row
        }
    }

    /// Holds SQLite's write lock on `path` (BEGIN IMMEDIATE) for `seconds`, on a thread of its own.
    static func holdWriteLock(_ path: String, for seconds: UInt32) async throws {
        let queue = try DatabaseQueue(path: path)
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread.detachNewThread {
                do {
                    try queue.inTransaction(.immediate) { _ in
                        sleep(seconds)
                        return .rollback
                    }
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    // MARK: - The directory full

    static func directoryFull() async throws -> Row {
        let small = 1 << 20
        var configuration = LocalDirectoryConfiguration()
        configuration.databaseMaxSize = small
        return try await withLocalDirectory(configuration) { directory in
            let office = try FaultOffice(directory)
            defer { office.remove() }
            var row = Row(fault: "olcDbMaxSize exhausted (1 MiB), then raised")
            let people = try [Person].people(0..<operators)
            try office.harness.importDecree("800/95/Dukcapil/2026", people.map { ($0, "operator") })
            let outcome = try await office.hakakses(["sync"])
            row.trials = 1
            let log = office.logText()
            if outcome == .finished(0) { row.problems.append("the sync succeeded in a full directory") }
            if !(log.contains("database is full") && log.contains("olcDbMaxSize")) {
                row.problems.append("no clear error: \(log.suffix(600))")
            }
            let entries = try await office.harness.operators()
            let states = try office.outboxStates()
            if states["done", default: 0] > entries.count {
                row.problems.append("\(states["done", default: 0]) rows marked done but only \(entries.count) entries written")
            }
            try await office.ensureSlapd("after the sync in the full directory")
            let admin = try await directory.adminConnection()
            try await admin.modify(
                DN([RDN("olcDatabase", "{1}mdb"), RDN("cn", "config")]), [.replace("olcDbMaxSize", String(1 << 30))])
            await admin.close()
            try await Task.sleep(for: .seconds(1))  // the failed rows' backoff
            try await office.syncUntilDone()
            row.record(try await office.convergence(active: people, role: "operator", revoked: []))
            var seen = 0
            await row.recordDeaths(office, since: &seen)
            return row
        }
    }
}

extension FaultInjectionTests.Row {
    /// Counts the deaths of slapd the office saw since `seen` (and moves `seen` past them).
    mutating func recordDeaths(_ office: FaultOffice, since seen: inout Int) async {
        let deaths = await office.deaths.since(seen)
        seen += deaths.count
        crashes += deaths.count
        problems += deaths
    }

    mutating func record(_ convergence: FaultOffice.Convergence) {
        lost += convergence.lost
        duplicated += convergence.duplicated
        if !convergence.converged { problems.append(convergence.description) }
    }
}
