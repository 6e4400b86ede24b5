import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// A checkpoint's state must read back as exactly the state that was folded, for every kind of event.
@Suite("Workflow state snapshots")
struct SnapshotTests {
    /// Sukamara: a completed request, a returned and resubmitted one, one with a struck candidate, an imported SK of
    /// 200 people (titles, NIK-only, uid, positions, several roles), a superseding SK and a revocation.
    static func richState() throws -> WorkflowState {
        let sop = try Fixtures.sukamara()
        let cast = try SukamaraCast()
        var office = Office(sop)
        try cast.complete(&office)
        try office.run(cast.filing("REQ-2025-0002"), by: cast.kasi)
        try office.run(.returnForRevision(request: "REQ-2025-0002", reason: "lengkapi pakta"), by: cast.kabid)
        try office.run(.resubmit(request: "REQ-2025-0002", note: "sudah dilengkapi"), by: cast.kasi)
        let grants = try (0..<200).map { index -> Grant in
            let person: Person = switch index % 4 {
            case 0: try People.operatorNumber(index)
            case 1: try People.person("Hj. SITI AMINAH \(index), S.E., M.Si.", nik: "620801" + "01" + "0190" + String(format: "%04d", index + 1))
            case 2: try People.person("Drs. H.M. ZAINUDDIN \(index)", nik: "620801" + "02" + "0190" + String(format: "%04d", index + 1), uid: "zain\(index)")
            default: try People.operatorNumber(index)
            }
            let roles: [SIAKRoleID] = index % 3 == 0 ? ["administrator", "operator"] : ["operator"]
            return try Grant(person: person, roles: roles, workUnit: "Desa \(index % 7)", position: index % 5 == 0 ? "Operator Desa" : nil)
        }
        try office.importInForce(.importDecree(try decree("800/9/Dukcapil/2025", grants: grants), note: "lampiran.xlsx"), by: cast.adb)
        try office.importInForce(.importDecree(try decree("800/10/Dukcapil/2025", grants: Array(grants.prefix(3)),
                                                supersedes: [try DecreeNumber("800/9/Dukcapil/2025")]), note: "pengganti"), by: cast.adb)
        try office.run(.revoke(person: grants[1].person.key, reason: .transfer, text: "mutasi"), by: cast.adb)
        // One imported SK still awaits its confirmation: the snapshot keeps it apart, granting nothing.
        try office.run(.importDecree(try decree("800/11/Dukcapil/2025", grants: Array(grants.suffix(2))), note: "belum dikonfirmasi"), by: cast.adb)
        return office.state
    }

    static func decree(_ number: String, grants: [Grant], supersedes: [DecreeNumber] = []) throws -> Decree {
        try Decree(
            number: try DecreeNumber(number), title: "Operator SIAK Desa", signedOn: try CivilDate(iso: "2025-01-02"),
            effectiveFrom: try CivilDate(iso: "2025-01-03"), effectiveUntil: try CivilDate(iso: "2025-12-31"),
            signer: .init(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP(People.kadisNIP)), grants: grants,
            supersedes: supersedes)
    }

    @Test("A rich Sukamara state and a Mojokerto state read back equal, under the same SOP")
    func roundTrip() throws {
        let state = try Self.richState()
        #expect(state.decrees.count == 3 && state.revocations.count == 1 && state.requests.count == 2)
        #expect(state.pendingDecrees.count == 1 && state.decrees.values.filter { $0.confirmation != nil }.count == 2)
        let bytes = try state.snapshot()
        let back = try bytes.withUnsafeBytes { try WorkflowState(snapshot: $0, sop: state.sop) }
        #expect(back == state)
        #expect(back.pendingDecrees.keys.map(\.rawValue) == ["800/11/Dukcapil/2025"], "an SK awaiting confirmation stays awaiting")
        #expect(back.decrees[try DecreeNumber("800/9/Dukcapil/2025")]?.supersededBy.map(\.number) == [try DecreeNumber("800/10/Dukcapil/2025")])

        var mojokerto = Office(try Fixtures.mojokerto())
        try MojokertoCast().complete(&mojokerto)
        let other = try mojokerto.state.snapshot()
        #expect(try other.withUnsafeBytes { try WorkflowState(snapshot: $0, sop: mojokerto.state.sop) } == mojokerto.state)
        // Folding one more event onto the read-back state gives the same as folding it onto the original.
        var original = mojokerto.state, restored = try other.withUnsafeBytes { try WorkflowState(snapshot: $0, sop: mojokerto.state.sop) }
        let cast = try MojokertoCast()
        let events = try original.decide(try cast.filing("REQ-2025-0002", person: try People.eko()), by: cast.frontDesk,
                                         at: Fixtures.wib("2025-02-04 09:00"))
        for event in events {
            try original.apply(event)
            try restored.apply(event)
        }
        #expect(original == restored)
    }

    @Test("Equal states give equal bytes (requests and SKs in a fixed order)")
    func deterministic() throws {
        let state = try Self.richState()
        #expect(try state.snapshot() == (try Self.richState()).snapshot())
    }

    @Test("Cut, altered or foreign bytes are refused with a reason, never read as a state")
    func refused() throws {
        let state = try Self.richState()
        let bytes = try state.snapshot()
        for cut in [0, 3, 5, bytes.count / 2, bytes.count - 1] {
            #expect(throws: SnapshotError.self) { try Array(bytes.prefix(cut)).withUnsafeBytes { try WorkflowState(snapshot: $0, sop: state.sop) } }
        }
        var newer = bytes
        newer[4] = UInt8(WorkflowState.snapshotVersion + 1)
        let error = #expect(throws: SnapshotError.self) { try newer.withUnsafeBytes { try WorkflowState(snapshot: $0, sop: state.sop) } }
        #expect(error == .version(found: WorkflowState.snapshotVersion + 1, expected: WorkflowState.snapshotVersion))
        #expect(throws: SnapshotError.self) { try (bytes + [0]).withUnsafeBytes { try WorkflowState(snapshot: $0, sop: state.sop) } }
        #expect(throws: SnapshotError.self) { try Array("not a snapshot".utf8).withUnsafeBytes { try WorkflowState(snapshot: $0, sop: state.sop) } }
    }
}
