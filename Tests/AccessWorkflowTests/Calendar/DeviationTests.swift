import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// Sukamara's "Peringatan": a departure from the standard in equipment, time or output is a failure the executor
/// answers for. Time is measured; equipment and output are recorded with the step (issue 20, item 9).
@Suite("Deviations recorded with a step")
struct DeviationTests {
    let cast: MojokertoCast
    let id: RequestID = "REQ-2025-0001"

    init() throws { cast = try MojokertoCast() }

    @Test("a deviation recorded with a step on time still makes the step a failure, named with its note and executor")
    func recorded() throws {
        var office = Office(try Fixtures.mojokerto())
        try office.run(try cast.filing(), by: cast.frontDesk, at: "2025-02-03 08:00")
        let deviation = try Deviation(kind: .equipment, note: "server SIAK mati, disposisi ditulis tangan")
        try office.run(.approve(request: id, evidence: try Fixtures.evidence([("disposisi-kadis", "disp/30")]), deviations: [deviation]),
                       by: cast.kadis, at: "2025-02-03 08:10")
        let record = try #require(office.state.requests[id]?.records.last)
        #expect(record.deviations == [deviation])
        let report = SLAReport(state: office.state, now: Fixtures.wib("2025-02-03 08:11"))
        let row = try #require(report.rows.first { $0.step == "disposisi-kadis" })
        #expect(!row.breached && row.deviations == [deviation] && row.failed)
        #expect(report.deviationsByExecutor == [cast.kadis.uid: 1])
        let pending = try #require(report.rows.first { $0.step == "disposisi-kabid" })
        #expect(pending.deviations.isEmpty && !pending.failed)
        // The event carries it and reads back the same; an event without one has no such field (older events replay).
        let json = String(decoding: try JSONEncoder().encode(office.events[1]), as: UTF8.self)
        #expect(json.contains("deviations") && json.contains("equipment"))
        #expect(try JSONDecoder().decode(WorkflowEvent.self, from: Data(json.utf8)) == office.events[1])
        #expect(!String(decoding: try JSONEncoder().encode(office.events[0]), as: UTF8.self).contains("deviations"))
    }

    @Test("a deviation needs a note, also when read back")
    func noteRequired() throws {
        #expect(throws: RequestError.self) { try Deviation(kind: .output, note: "  ") }
        #expect(throws: (any Error).self) { try JSONDecoder().decode(Deviation.self, from: Data(#"{"kind":"output","note":""}"#.utf8)) }
        #expect(throws: (any Error).self) { try JSONDecoder().decode(Deviation.self, from: Data(#"{"kind":"waktu","note":"x"}"#.utf8)) }
    }

    @Test("a deviation recorded with the SK step (the SK issued without the equipment the SOP lists) fails that step")
    func onTheDecreeStep() throws {
        let sukamara = try SukamaraCast()
        var office = Office(try Fixtures.sukamara())
        try office.run(try sukamara.filing(), by: sukamara.kasi, at: "2025-02-03 08:00")
        for (command, actor) in sukamara.initials() { try office.run(command, by: actor, at: "2025-02-03 08:05") }
        try office.run(.approve(request: id), by: sukamara.kadis, at: "2025-02-03 08:10")
        let deviation = try Deviation(kind: .equipment, note: "ATK habis, SK dicetak di bidang lain")
        try office.run(.issueDecree(request: id, decree: try sukamara.draft(), deviations: [deviation]), by: sukamara.sekretaris,
                       at: "2025-02-03 08:15")
        let row = try #require(SLAReport(state: office.state, now: Fixtures.wib("2025-02-03 08:16")).rows.first { $0.step == "sk-kadis" })
        #expect(!row.breached && row.failed && row.deviations == [deviation])
    }
}
