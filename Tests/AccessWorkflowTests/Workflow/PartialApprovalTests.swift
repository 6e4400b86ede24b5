import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// The Kadis approves part of a proposal list: struck names leave with a reason, the rest go on to the SK.
@Suite("Partial approval of a proposal list")
struct PartialApprovalTests {
    let cast: SukamaraCast
    let atKadis: Office
    let id: RequestID = "REQ-2025-0001"
    let rina: PersonKey

    init() throws {
        cast = try SukamaraCast()
        var office = Office(try Fixtures.sukamara())
        let list = [try People.candidate(try People.budi()), try People.candidate(try People.siti(), role: "verifikator"),
                    try People.candidate(try People.rina(), unit: "Kecamatan Sukamara")]
        try office.run(try cast.filing(candidates: list), by: cast.kasi)
        for (command, actor) in cast.initials() { try office.run(command, by: actor) }
        atKadis = office
        rina = try People.rina().key
    }

    func approve(_ struck: [StruckCandidate]) -> WorkflowCommand {
        .approve(request: id, note: "disetujui sebagian", struck: struck)
    }

    @Test("Struck names leave the request with their reason; the SK and the roster hold only the rest")
    func strike() throws {
        var office = atKadis
        let events = try office.run(approve([StruckCandidate(person: rina, reason: "belum mengikuti bimtek SIAK")]),
                                    by: cast.kadis)
        guard case .stepApproved(let approval)? = events.first else {
            Issue.record("expected an approval")
            return
        }
        #expect(approval.struckCandidates == [StruckCandidate(person: rina, reason: "belum mengikuti bimtek SIAK")])
        let request = try office.state.request(id)
        #expect(request.candidates.map(\.key) == [try People.budi().key, try People.siti().key])
        #expect(request.struck.map(\.candidate.key) == [rina])
        #expect(request.struck.first?.reason == "belum mengikuti bimtek SIAK")
        #expect(request.struck.first?.step == "persetujuan-kadis" && request.struck.first?.actor.uid == "zainuddin")
        #expect(request.records.last?.struck.map(\.person) == [rina])
        #expect(request.records.last?.candidateCount == 2)

        try office.run(.issueDecree(request: id, decree: try cast.draft()), by: cast.sekretaris)
        try office.run(try cast.sign(id), by: cast.kadis)
        let decree = try #require(office.state.decrees[try DecreeNumber(SukamaraCast.decreeNumber)])
        #expect(decree.decree.grants.map(\.person.key) == [try People.budi().key, try People.siti().key])
        let roster = Roster(state: office.state, on: try CivilDate(iso: "2025-02-10"))
        #expect(roster.entry(for: rina) == nil)
        #expect(roster.entries.count == 2)

        let json = String(decoding: try JSONEncoder().encode(events[0]), as: UTF8.self)
        #expect(json.contains(#""struck":[{"#) && json.contains(#""person":"nik:6208024507950002""#))
        #expect(try WorkflowState.replay(office.events, sop: office.state.sop).requests == office.state.requests)
    }

    @Test("A person is struck by either of their numbers")
    func byEitherNumber() throws {
        var office = atKadis
        let siti = try People.siti()
        let byNIK = try #require(siti.nik.map(PersonKey.nik))
        try office.run(approve([StruckCandidate(person: byNIK, reason: "mutasi")]), by: cast.kadis)
        #expect(try office.state.request(id).candidates.map(\.key) == [try People.budi().key, rina])
    }

    @Test("Strikes are checked: the approver only, names on the list, each once, with a reason, never all")
    func rules() throws {
        var office = atKadis
        let budi = try People.budi().key, siti = try People.siti().key
        #expect(throws: WorkflowError.unknownStruckCandidate(id, person: try People.ahmad().key)) {
            try office.run(approve([StruckCandidate(person: try People.ahmad().key, reason: "x")]), by: cast.kadis)
        }
        #expect(throws: WorkflowError.emptyReason(action: .struckName(rina))) {
            try office.run(approve([StruckCandidate(person: rina, reason: " ")]), by: cast.kadis)
        }
        #expect(throws: WorkflowError.duplicateCandidate(id, identifier: rina.description)) {
            try office.run(approve([StruckCandidate(person: rina, reason: "a"), StruckCandidate(person: rina, reason: "b")]),
                           by: cast.kadis)
        }
        #expect(throws: WorkflowError.allCandidatesStruck(id, step: "persetujuan-kadis")) {
            try office.run(approve([budi, siti, rina].map { StruckCandidate(person: $0, reason: "tidak") }), by: cast.kadis)
        }
        #expect(try office.state.request(id).candidates.count == 3, "nothing changed by refused strikes")

        var early = Office(try Fixtures.sukamara())
        try early.run(try cast.filing(), by: cast.kasi)
        #expect(throws: WorkflowError.notTheApprover(id, step: "persetujuan-kadis", action: .strikeNames,
                                                     approver: "Kepala Dinas (kadis)")) {
            try early.run(.approve(request: id, struck: [StruckCandidate(person: budi, reason: "x")]), by: cast.kabid)
        }
        try office.run(approve([]), by: cast.kadis)
        try office.run(.issueDecree(request: id, decree: try cast.draft()), by: cast.sekretaris)
        try office.run(try cast.sign(id), by: cast.kadis)
        #expect(throws: WorkflowError.strikeNotAllowed(id, step: "pembuatan-hak-akses")) {
            try office.run(.approve(request: id, struck: [StruckCandidate(person: rina, reason: "x")]), by: cast.adb)
        }
    }

    @Test("An SOP may allow striking only at review steps of list requests, before the SK and account creation")
    func configuration() throws {
        let mojokerto = try Fixtures.mojokertoYAML()
        let single = try replacing("    kind: review\n    mayReject: true\n    mayReturn: true\n  - id: pembuatan-akun",
                                   with: "    kind: review\n    mayReject: true\n    mayReturn: true\n    mayStrike: true\n  - id: pembuatan-akun",
                                   in: mojokerto)
        let error = #expect(throws: ConfigError.self) { try SOPDefinition(yaml: single) }
        #expect(error?.path == "steps[3].mayStrike")
        #expect(error?.message.contains("requestKind: list") == true)
    }
}
