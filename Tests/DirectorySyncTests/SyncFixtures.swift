import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import WorkflowFixtures

/// Test data for the bridge and the reconciler: the shipped Sukamara SOP, valid
/// people, and a state holding imported SKs.
enum SyncFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sop(_ name: String = "sukamara") throws -> SOPDefinition {
        try SOPDefinition(yaml: String(contentsOf: repositoryRoot.appendingPathComponent("config/sop/\(name).yaml"), encoding: .utf8))
    }

    /// A valid NIP for test person `i` (born 1970–1984, so at least 20 when appointed in 2005-01: no identity
    /// warning), unique for `i` below 559,440.
    static func nip(_ i: Int) -> String {
        let day = 1 + i % 28, month = 1 + (i / 28) % 12, year = 1970 + (i / 336) % 15
        return String(format: "%04d%02d%02d2005011%03d", year, month, day, 1 + i % 999)
    }

    static func person(_ i: Int, name: String? = nil) throws -> Person {
        try Person(name: try PersonName(name ?? "OPERATOR NOMOR \(i)"), nip: try NIP(nip(i)), nik: nil)
    }

    static func sekretaris() throws -> WorkflowActor {
        try WorkflowActor(uid: "sekretaris", displayName: "SEKRETARIS", nip: try NIP("19700101 199503 1 001"), roles: ["sekretaris"])
    }

    static func decree(
        _ number: String, people: [(Person, SIAKRoleID)], from: String = "2025-01-09", until: String? = nil,
        supersedes: [String] = []
    ) throws -> Decree {
        try Decree(
            number: try DecreeNumber(number), title: "Pengelolaan Aplikasi SIAK", signedOn: try CivilDate(iso: "2025-01-08"),
            effectiveFrom: try CivilDate(iso: from), effectiveUntil: try until.map { try CivilDate(iso: $0) },
            signer: Decree.Signer(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP("19650218 198705 1 003")),
            grants: try people.map { try Grant(person: $0.0, roles: [$0.1], workUnit: "Bidang PIAK") },
            supersedes: try supersedes.map { try DecreeNumber($0) })
    }

    /// A Sukamara state with the given SKs imported and confirmed.
    static func state(_ decrees: [Decree], sop: SOPDefinition) throws -> WorkflowState {
        var state = WorkflowState(sop: sop)
        let actor = try sekretaris()
        for (i, decree) in decrees.enumerated() {
            let at = try CivilDate(iso: "2025-01-08").start(offset: .wib).addingTimeInterval(Double(3600 + i * 60))
            for event in try state.decide(.importDecree(decree, note: "test", confirmations: Fixtures.nonASN(decree)), by: actor, at: at) { try state.apply(event) }
            for event in try state.decide(try FourEyesFixture.confirm(decree.number), by: try FourEyesFixture.confirmer(), at: at) {
                try state.apply(event)
            }
        }
        return state
    }

    static let base = DN([RDN("dc", "sukamarakab"), RDN("dc", "go"), RDN("dc", "id")])
    static let layout = DirectoryLayout(baseDN: base)
    static func mapping(_ sop: SOPDefinition) -> OperatorMapping {
        OperatorMapping(layout: layout, catalogue: .standard, office: sop.office)
    }

    /// The directory entry hak-akses would have written for `entry`.
    static func observed(_ desired: DesiredOperator, locked: String? = nil, managed: Bool = true, change: (inout [String: [String]]) -> Void = { _ in }) -> DirectoryOperator {
        var attributes = desired.attributes
        change(&attributes)
        return DirectoryOperator(dn: desired.dn, uid: desired.username, managed: managed, lockedTime: locked, attributes: attributes)
    }

    static func username(_ entry: RosterEntry, _ taken: Set<String>) throws -> String {
        try UsernameRule.standard.username(for: entry.person.name, nip: entry.person.nip, nik: entry.person.nik) { taken.contains($0) }
    }
}
