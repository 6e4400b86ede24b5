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
        let state = try office.store.state(sop: office.sop)
        let roster = Roster(state: state, on: CivilDate(Date(), offset: office.sop.office.utcOffset))
        let departures = Departures(state: state, roster: roster)
        let mapping = OperatorMapping(layout: DirectoryLayout(baseDN: directory.baseDN), catalogue: .standard, office: office.sop.office)
        let connection = try await directory.connect(as: directory.serviceAccounts.bridge)
        for round in 0..<options.int("rounds", default: 3) {
            let (operators, read) = try await measure {
                try await DirectorySnapshot.read(connection, layout: mapping.layout, groups: []).operators
            }
            let (members, groups) = try await measure {
                try await DirectorySnapshot.readMembers(connection, groups: mapping.managedGroups)
            }
            let snapshot = DirectorySnapshot(operators: operators, members: members)
            let (found, compare) = await measure {
                Reconciler(mapping: mapping, graceDays: 30).compare(roster: roster, departures: departures, snapshot: snapshot, now: Date()) { entry, _ in
                    entry.key.description
                }
            }
            print(String(format: "round %d: operators %.2f s (%d), groups %.2f s (%d members), compare %.2f s (%d differences)",
                         round, read.seconds, operators.count, groups.seconds, members.values.map(\.count).reduce(0, +),
                         compare.seconds, found.count))
        }
    }
}
