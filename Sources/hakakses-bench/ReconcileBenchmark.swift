import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import LocalDirectory

/// Reconciling N directory entries against an N-line roster with 1% drift:
/// `hakakses reconcile --json` (a separate process: configuration, verified
/// audit log, roster, paged read of the subtree and the groups, comparison)
/// against a paged `ldapsearch` of the same subtree and attributes, both as
/// the bridge account on the same slapd, alternating ldapsearch, hakakses,
/// hakakses, ldapsearch (`--rounds` times, 3 by default), medians compared. Also prints each one's peak resident
/// memory.
struct ReconcileBenchmark {
    let options: BenchOptions

    func run() async throws {
        let count = options.int("entries", default: 50_000)
        let directory = try await LocalDirectory.create(.init(), in: options.int("keep", default: 0) == 1 ? try keptFolder() : nil)
        do {
            try await benchmark(directory, count: count)
        } catch {
            await directory.destroy()
            throw error
        }
        if options.int("keep", default: 0) == 1 {
            print("kept: \(directory.folder.path) (config: \(directory.folder.appendingPathComponent("bench-config.yaml").path)); stop with: hakakses directory stop --folder \(directory.folder.path)")
        } else {
            await directory.destroy()
        }
    }

    private func keptFolder() throws -> URL {
        let folder = URL(fileURLWithPath: "/tmp/hakakses-bench-kept")
        try? FileManager.default.removeItem(at: folder)  // try?: a benchmark's own temporary folder; a leftover is harmless
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func benchmark(_ directory: LocalDirectory, count: Int) async throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("hakakses")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw BenchError("\(binary.path) is missing: build it with `swift build -c release`")
        }
        guard let sop = BenchOffice.locate("config/sop/sukamara.yaml") else { throw BenchError("cannot find the SOP") }
        let office = try BenchOffice(directory)
        print("reconcile: \(count) entries and roster lines, 1% drift; setting up…")
        let history = options.int("history", default: 100_000)
        let (_, setup) = try await measure {
            try office.importDecree(try BenchOffice.people(count))
            let report = try await office.bridge.runOnce()
            guard report.completed == count else { throw BenchError("provisioning: \(report.summary)") }
            try office.appendHistory(history, people: count)
        }
        print(String(format: "  (setup: SK imported and %d operators provisioned, %d records of history appended, in %.1f s)", count, history, setup.seconds))
        let drift = try await makeDrift(directory, count: count)
        print("  drift made by hand: \(drift) differences")
        let records = try office.store.head().seq

        let config = try office.configFile(sop: sop.path)
        let account = directory.serviceAccounts.bridge
        let attributes = DirectoryOperator.readAttributes
        let ldapsearch = ["-x", "-LLL", "-H", directory.ldapURI, "-D", account.dn.description, "-y", account.passwordFile.path,
                          "-E", "pr=1000/noprompt", "-b", directory.baseDN.child("ou", "operators").description, "(objectClass=inetOrgPerson)"] + attributes
        let output = directory.folder.appendingPathComponent("reconcile.json")
        var tool: [ChildProcess.Measurement] = []
        var ours: [ChildProcess.Measurement] = []
        // Once without a checkpoint (the first start after an upgrade, or after a checkpoint was discarded): the
        // whole log is verified and replayed. Then the checkpoint `serve` writes every N records, at the first poll of
        // each office day and at shutdown, with the day's roster beside it.
        let cold = try ChildProcess.run(binary.path, ["reconcile", "--json", "--config", config.path], stdout: output)
        guard cold.status == 0 || cold.status == 1, try differenceCount(output) == drift else { throw BenchError("hakakses reconcile without a checkpoint failed") }
        print(String(format: "  hakakses reconcile, no checkpoint yet (verifies and replays all %d records): %.2f s  peak %.1f MiB", records, cold.seconds, cold.maxRSSMiB))
        print("    phases: \(try phases(output))")
        let (checkpoint, written) = try measureSync { try office.store.writeCheckpoint(sop: office.sop) }
        print(String(format: "  checkpoint and day roster written at record #%lld in %.2f s (what serve does every %d records, once a day and at shutdown)", checkpoint.seq, written.seconds, 1_000))
        // Alternating, so that a slower or faster moment of the machine falls on both; medians are compared.
        let rounds = max(1, options.int("rounds", default: 3))
        for run in Array(repeating: ["ldapsearch", "hakakses", "hakakses", "ldapsearch"], count: rounds).joined() {
            if run == "ldapsearch" {
                let m = try ChildProcess.run("/usr/bin/ldapsearch", ldapsearch)
                guard m.status == 0 else { throw BenchError("ldapsearch exited \(m.status)") }
                tool.append(m)
                print(String(format: "  ldapsearch (paged)     %6.2f s  peak %6.1f MiB", m.seconds, m.maxRSSMiB))
            } else {
                let m = try ChildProcess.run(binary.path, ["reconcile", "--json", "--config", config.path], stdout: output)
                guard m.status == 0 || m.status == 1 else { throw BenchError("hakakses reconcile exited \(m.status)") }
                let found = try differenceCount(output)
                guard found == drift else { throw BenchError("reconcile found \(found) differences, expected \(drift)") }
                ours.append(m)
                print(String(format: "  hakakses reconcile     %6.2f s  peak %6.1f MiB  (%d differences named)", m.seconds, m.maxRSSMiB, found))
                print("    phases: \(try phases(output))")
            }
        }
        let toolTime = median(tool.map(\.seconds)), ourTime = median(ours.map(\.seconds))
        let peak = ours.map(\.maxRSSMiB).max() ?? 0

        // The checkpoint's day roster serves only while no record follows it. With records after it (an office at
        // work between two checkpoints) the state is read from the checkpoint, the records walked, the roster rebuilt.
        try office.appendHistory(10, people: count)
        for _ in 0..<2 {
            let m = try ChildProcess.run(binary.path, ["reconcile", "--json", "--config", config.path], stdout: output)
            guard m.status == 0 || m.status == 1, try differenceCount(output) == drift else { throw BenchError("hakakses reconcile after new records failed") }
            print(String(format: "  hakakses reconcile, 10 records after the checkpoint (state, records, roster rebuilt) %6.2f s  peak %6.1f MiB", m.seconds, m.maxRSSMiB))
            print("    phases: \(try phases(output))")
        }
        try office.store.writeCheckpoint(sop: office.sop)

        // The reconciliation proper: read the subtree and compare it with a roster already replayed
        // from the verified audit log (what `serve` does each cycle once it holds the roster).
        let state = try office.store.state(sop: office.sop)
        let day = DayRoster(state: state, on: CivilDate(Date(), offset: office.sop.office.utcOffset))
        let roster = day.roster, departures = day.departures
        let mapping = OperatorMapping(layout: DirectoryLayout(baseDN: directory.baseDN), catalogue: .standard, office: office.sop.office)
        var proper: [Double] = []
        for _ in 0..<2 {
            let (found, time) = try await measure {
                // As the command does it: the groups on a second connection beside the operators' search, and what
                // the roster wants computed while the read runs.
                let connection = try await directory.connect(as: account)
                let reading = Task {
                    try await DirectorySnapshot.read(connection, connectForMembers: { () async throws(LDAPError) in
                        try await directory.connect(as: account)
                    }, layout: mapping.layout, groups: mapping.managedGroups)
                }
                let wanted = RosterDigests(roster: roster, mapping: mapping)
                let snapshot = try await reading.value
                return try Reconciler(mapping: mapping, graceDays: 30).compare(
                    roster: roster, departures: departures, snapshot: snapshot, now: Date(), wanted: wanted) { entry, _ in entry.key.description }
            }
            guard found.count == drift else { throw BenchError("in-process reconciliation found \(found.count), expected \(drift)") }
            proper.append(time.seconds)
            print(String(format: "  read + compare         %6.2f s  (in process, roster in hand)", time.seconds))
        }
        let properTime = proper.reduce(0, +) / Double(proper.count)
        print(String(format: "reconciliation (read %d entries + compare with the roster): %.2f s, ratio to ldapsearch %.2f",
                     count, properTime, properTime / toolTime))
        print(String(format: "hakakses reconcile, whole command (the checkpoint's day roster checked, read, compare): median %.2f s of %d against ldapsearch's median %.2f s of %d, ratio %.2f (goal: at most 1.2); peak memory %.1f MiB (goal: at most 100 MiB)",
                     ourTime, ours.count, toolTime, tool.count, ourTime / toolTime, peak))
    }

    /// 1% of the entries changed by hand: names, memberships removed, entries nobody approved, intruders in a group.
    private func makeDrift(_ directory: LocalDirectory, count: Int) async throws -> Int {
        let admin = try await directory.adminConnection()
        let operators = try await admin.pagedSearch(SearchRequest(base: directory.baseDN.child("ou", "operators"), scope: .oneLevel,
                                                                   filter: .equal("siakManagedBy", "hak-akses"), attributes: ["uid", "memberOf"]), pageSize: 1000).collect()
        let total = max(count / 100, 4)
        let renamed = total * 2 / 5, unlinked = total * 2 / 5, orphans = total / 10, intruders = total - renamed - unlinked - orphans
        var writes: [LDAPWrite] = []
        for entry in operators.prefix(renamed) {
            if let dn = entry.parsedDN { writes.append(.modify(dn, [.replace("cn", "EDITED BY HAND")])) }
        }
        for entry in operators.dropFirst(renamed).prefix(unlinked) {
            guard let dn = entry.parsedDN, let group = entry.strings("memberOf").first.flatMap({ try? DN(parsing: $0) }) else { continue }  // try?: a memberOf that is not a DN names no group; the benchmark skips that entry
            writes.append(.modify(group, [.delete("member", [LDAPValue(dn.description)])]))
        }
        let group = DirectoryLayout(baseDN: directory.baseDN).siakGroup("operator")
        for i in 0..<orphans {
            let dn = directory.baseDN.child("ou", "operators").child("uid", "orphan\(i)")
            writes.append(.add(dn, [
                LDAPAttribute("objectClass", "inetOrgPerson", "siakPerson", "siakAccount"), LDAPAttribute("uid", "orphan\(i)"),
                LDAPAttribute("cn", "ORPHAN \(i)"), LDAPAttribute("sn", "ORPHAN"), LDAPAttribute("siakNIP", BenchOffice.nip(count + 10 + i)),
                LDAPAttribute("siakManagedBy", "hak-akses"),
            ]))
        }
        for i in 0..<intruders {
            writes.append(.modify(group, [.add("member", [LDAPValue(directory.baseDN.child("ou", "staff").child("uid", "intruder\(i)").description)])]))
        }
        let results = try await admin.pipeline(writes, window: 32)
        guard results.allSatisfy({ if case .success = $0 { true } else { false } }) else { throw BenchError("making the drift failed") }
        return renamed + unlinked + orphans + intruders
    }

    private func phases(_ file: URL) throws -> String {
        let data = try Data(contentsOf: file)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any], let seconds = object["seconds"] as? [String: Double] else { return "?" }
        return ["verify", "roster", "read", "usernames", "compare"].compactMap { key in seconds[key].map { String(format: "%@ %.2f s", key, $0) } }.joined(separator: ", ")
    }

    private func differenceCount(_ file: URL) throws -> Int {
        let data = try Data(contentsOf: file)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any], let list = object["differences"] as? [Any] else {
            throw BenchError("reconcile --json printed no differences list")
        }
        return list.count
    }
}

/// The middle value (the mean of the two middle ones for an even count); 0 for none.
private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
