import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import LocalDirectory

/// Times the parts of one in-process reconciliation of a kept benchmark directory
/// (`hakakses-bench reconcile --keep 1` first): the paged read of `ou=operators`,
/// the read of the managed groups' members, and the comparison with the roster.
/// A diagnostic for the reconcile benchmark.
struct ReadProbe {
    let options: BenchOptions

    func run() async throws {
        guard let directory = try LocalDirectory.attach(folder: URL(fileURLWithPath: "/tmp/hakakses-bench-kept")) else {
            throw BenchError("no kept directory: run `hakakses-bench reconcile --keep 1` first")
        }
        let office = try BenchOffice(directory)
        // A cold start as `hakakses reconcile` makes it (this store has checked nothing yet).
        let (checked, cold) = try measureSync { try office.store.checkedState(sop: office.sop) }
        let state = checked.state
        let afterState = heapInUseMiB()
        let (roster, rosterTime) = measureSync { Roster(state: state, on: CivilDate(Date(), offset: office.sop.office.utcOffset)) }
        let afterRoster = heapInUseMiB()
        let (departures, departuresTime) = measureSync { Departures(state: state, roster: roster) }
        print(String(format: "cold start: checked state at #%lld %.3f s (+%.1f MiB), roster %.3f s (+%.1f MiB), departures %.3f s (+%.1f MiB)",
                     checked.head.seq, cold.seconds, afterState, rosterTime.seconds, afterRoster - afterState,
                     departuresTime.seconds, heapInUseMiB() - afterRoster))
        let (bytes, encode) = try measureSync { try state.snapshot() }
        let (_, decode) = try measureSync { try bytes.withUnsafeBytes { try WorkflowState(snapshot: $0, sop: office.sop) } }
        print(String(format: "snapshot of %.1f MB: encode %.3f s, decode %.3f s", Double(bytes.count) / 1e6, encode.seconds, decode.seconds))
        let mapping = OperatorMapping(layout: DirectoryLayout(baseDN: directory.baseDN), catalogue: .standard, office: office.sop.office)
        let connection = try await directory.connect(as: directory.serviceAccounts.bridge)
        for round in 0..<options.int("rounds", default: 3) {
            // The floor: the same paged read with every entry dropped as it arrives (libldap and the socket only).
            let request = SearchRequest(base: mapping.layout.operators, scope: .subtree, filter: .equal("objectClass", "inetOrgPerson"),
                                        attributes: DirectoryOperator.readAttributes)
            var cpu = processCPUSeconds()
            let (dropped, floor) = try await measure {
                try await connection.collectPagedSearch(request, pageSize: 5000) { (_: borrowing RawEntry) -> Int? in nil }
            }
            print(String(format: "round %d: paged read, entries dropped: %.2f s, our CPU %.2f s (%d kept)", round, floor.seconds,
                         processCPUSeconds() - cpu, dropped.count))
            cpu = processCPUSeconds()
            if options.int("dropped-only", default: 0) == 1 { continue }
            let beforeRead = heapInUseMiB()
            let (operators, read) = try await measure {
                try await DirectorySnapshot.read(connection, layout: mapping.layout, groups: []).operators
            }
            let (members, groups) = try await measure {
                try await DirectorySnapshot.readMembers(connection, groups: mapping.managedGroups)
            }
            let beforeSnapshot = heapInUseMiB()
            let snapshot = DirectorySnapshot(operators: operators, members: members)
            _ = beforeSnapshot
            print(String(format: "anonymous memory: +%.1f MiB for the operators and members; our CPU for both reads %.2f s",
                         heapInUseMiB() - beforeRead, processCPUSeconds() - cpu))
            cpu = processCPUSeconds()
            let (found, compare) = try await measure {
                try Reconciler(mapping: mapping, graceDays: 30).compare(roster: roster, departures: departures, snapshot: snapshot, now: Date()) { entry, _ in
                    entry.key.description
                }
            }
            print(String(format: "  compare CPU %.2f s", processCPUSeconds() - cpu))
            print(String(format: "round %d: operators %.2f s (%d), groups %.2f s (%d members), compare %.2f s (%d differences)",
                         round, read.seconds, operators.count, groups.seconds, members.values.map(\.count).reduce(0, +),
                         compare.seconds, found.count))
        }
    }
}

/// CPU time (user + system) of this process so far, in seconds.
func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Anonymous resident memory of this process (the heap, stacks), in MiB.
func heapInUseMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }  // try?: no /proc (not Linux): the benchmark reports 0 for memory
    for line in status.split(separator: "\n") where line.hasPrefix("RssAnon:") {
        return (line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
    }
    return 0
}
