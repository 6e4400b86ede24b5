import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import LocalDirectory

/// Provisioning N operators from one SK: the bridge (verified audit log,
/// roster, usernames, entries and memberships, outbox completed and audited)
/// against `ldapadd` of the same entries plus `ldapmodify` of the same
/// memberships (batched per group like the bridge's), as the bridge account
/// over TCP on the same slapd in the same run: ldapadd+ldapmodify, bridge,
/// ldapadd+ldapmodify again (their mean is the baseline).
struct ProvisionBenchmark {
    let options: BenchOptions

    func run() async throws {
        let count = options.int("operators", default: 10_000)
        let directory = try await LocalDirectory.create()
        do {
            try await benchmark(directory, count: count)
        } catch {
            await directory.destroy()
            throw error
        }
        await directory.destroy()
    }

    private func benchmark(_ directory: LocalDirectory, count: Int) async throws {
        let safety: TransactionSafety = options.string("safety") == "unguarded" ? .unguarded : .guarded
        let office = try BenchOffice(
            directory, transactionSize: options.int("batch", default: 500), window: options.int("window", default: 64), safety: safety)
        let people = try BenchOffice.people(count)
        try office.importDecree(people)
        let admin = try await directory.adminConnection()
        print("provision: \(count) operators from one SK; bridge transactions of \(office.bridge.settings.transactionSize), "
            + "window \(office.bridge.settings.window), \(safety)")

        // The tools write other people (same shape), so the bridge finds none of its own already there.
        let before = try await tools(directory, admin: admin, office: office, people: try BenchOffice.people(count, offset: count), round: 0)
        let (report, time) = try await measure { try await office.bridge.runOnce() }
        guard report.completed == count, report.failed == 0 else { throw BenchError("bridge: \(report.summary)") }
        let stored = try await admin.pagedSearch(SearchRequest(
            base: directory.baseDN.child("ou", "operators"), scope: .oneLevel, filter: .equal("siakManagedBy", "hak-akses"),
            attributes: ["1.1"]), pageSize: 1000).collect()
        guard stored.count == count else { throw BenchError("bridge stored \(stored.count) of \(count)") }
        print(String(format: "  bridge                                    %7.2f s  (%@)", time.seconds, report.summary))
        print("    phases: \(report.timing)")
        let after = try await tools(directory, admin: admin, office: office, people: try BenchOffice.people(count, offset: 2 * count), round: 1)
        let baseline = (before + after) / 2
        print(String(format: "ldapadd+ldapmodify mean %.2f s; bridge %.2f s; ratio bridge/tools %.2f (goal: at most 0.25)",
                     baseline, time.seconds, time.seconds / baseline))
    }

    /// The same entries and memberships written by OpenLDAP's tools, in a container of their own.
    private func tools(_ directory: LocalDirectory, admin: LDAPConnection, office: BenchOffice, people: [(Person, SIAKRoleID)], round: Int) async throws -> Double {
        let container = directory.baseDN.child("ou", "operators").child("ou", "tools\(round)")
        try await admin.add(container, [LDAPAttribute("objectClass", "organizationalUnit"), LDAPAttribute("ou", "tools\(round)")])
        let layout = DirectoryLayout(baseDN: directory.baseDN)
        let mapping = OperatorMapping(layout: layout, catalogue: .standard, office: office.sop.office)
        var groupMembers: [String: [String]] = [:]
        var entries: [String] = []
        for (index, (person, role)) in people.enumerated() {
            let entry = RosterEntry(key: person.key, person: person, roles: [role], workUnits: ["Bidang PIAK"], basis: [.decree(try DecreeNumber("800/1/Dukcapil/2026"))], endDate: nil)
            let desired = mapping.desired(entry, username: "operator.siak\(index)")
            guard case .add(_, let attributes) = desired.addWrite else { continue }
            let dn = container.child("uid", "operator.siak\(index)")
            entries.append(LDIF.render(.add(dn, attributes)))
            groupMembers["tools\(round)-\(role.rawValue)", default: []].append(dn.description)
        }
        var modifies: [String] = []
        for (group, members) in groupMembers.sorted(by: { $0.key < $1.key }) {
            let dn = layout.siakGroup(group)
            try await admin.add(dn, [LDAPAttribute("objectClass", "groupOfNames"), LDAPAttribute("cn", group), LDAPAttribute("member", "")])
            for start in stride(from: 0, to: members.count, by: 500) {
                modifies.append(LDIF.render(.modify(dn, [.add("member", members[start..<min(start + 500, members.count)].map { LDAPValue($0) })])))
            }
        }
        let entriesFile = directory.folder.appendingPathComponent("tools\(round)-entries.ldif")
        let groupsFile = directory.folder.appendingPathComponent("tools\(round)-groups.ldif")
        try entries.joined(separator: "\n").write(to: entriesFile, atomically: true, encoding: .utf8)
        try modifies.joined(separator: "\n").write(to: groupsFile, atomically: true, encoding: .utf8)
        let account = directory.serviceAccounts.bridge
        let common = ["-x", "-H", directory.ldapURI, "-D", account.dn.description, "-y", account.passwordFile.path]
        let add = try ChildProcess.run("/usr/bin/ldapadd", common + ["-f", entriesFile.path])
        let modify = try ChildProcess.run("/usr/bin/ldapmodify", common + ["-f", groupsFile.path])
        guard add.status == 0, modify.status == 0 else { throw BenchError("ldapadd exited \(add.status), ldapmodify \(modify.status)") }
        print(String(format: "  ldapadd %7.2f s + ldapmodify %5.2f s = %7.2f s", add.seconds, modify.seconds, add.seconds + modify.seconds))
        return add.seconds + modify.seconds
    }
}
