import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("Time standards of paraf chains and per person")
struct SLAChainTests {
    let cast: SukamaraCast
    let id: RequestID = "REQ-2025-0001"

    init() throws { cast = try SukamaraCast() }

    func threeCandidates() throws -> [Candidate] {
        [try People.candidate(try People.budi()), try People.candidate(try People.siti(), role: "verifikator"),
         try People.candidate(try People.rina(), unit: "Kecamatan Sukamara")]
    }

    @Test("A chain step is one row from its start to the Kadis's approval, with each official's share; the longest holder answers for a breach")
    func chainShares() throws {
        var office = Office(try Fixtures.sukamara())
        try office.run(try cast.filing(), by: cast.kasi, at: "2025-02-03 08:00")
        try office.run(.approve(request: id), by: cast.kabid, at: "2025-02-03 08:10")
        try office.run(.approve(request: id), by: cast.sekretaris, at: "2025-02-03 08:40")
        try office.run(.approve(request: id), by: cast.kadis, at: "2025-02-03 08:45")
        let report = SLAReport(state: office.state, now: Fixtures.wib("2025-02-03 08:45"))
        let row = try #require(report.rows.first)
        #expect(report.rows.map(\.step) == ["persetujuan-kadis", "sk-kadis"])
        #expect(row.actorUID == "zainuddin" && row.outcome == .approved)
        #expect(row.elapsed == 2700 && row.standardSeconds == 2400 && row.breached)
        #expect(row.shares.map(\.actorUID) == ["hendra", "sekretaris", "zainuddin"])
        #expect(row.shares.map(\.elapsed) == [600, 1800, 300])
        #expect(row.longestHolder == "sekretaris")
        #expect(row.executors.description == "kabid → sekretaris → kadis")
        #expect(report.breachesByExecutor == ["sekretaris": 1])
        #expect(report.breachesByStep == ["persetujuan-kadis": 1])
    }

    /// Sukamara's SOP with steps 4 and 5 counted per person (`perPerson: true`).
    static func sukamaraPerPerson() throws -> SOPDefinition {
        var yaml = try Fixtures.sukamaraYAML()
        for standard in ["    time: 30 menit\n", "    time: 5 menit\n"] {
            #expect(yaml.contains(standard))
            yaml = yaml.replacingOccurrences(of: standard, with: standard + "    perPerson: true\n")
        }
        return try SOPDefinition(yaml: yaml)
    }

    @Test("Sukamara as the seed states it: one standard per step, however long the list")
    func perStep() throws {
        var office = Office(try Fixtures.sukamara())
        try office.run(try cast.filing(candidates: try threeCandidates()), by: cast.kasi, at: "2025-02-03 08:00")
        for (command, actor) in cast.initials() { try office.run(command, by: actor, at: "2025-02-03 08:05") }
        try office.run(.approve(request: id), by: cast.kadis, at: "2025-02-03 08:10")
        try office.run(.issueDecree(request: id, decree: try cast.draft()), by: cast.sekretaris, at: "2025-02-03 08:20")
        try office.run(try cast.sign(id), by: cast.kadis, at: "2025-02-03 08:20")
        try office.run(.approve(request: id), by: cast.adb, at: "2025-02-03 09:20")   // 60 min against 30
        let report = SLAReport(state: office.state, now: Fixtures.wib("2025-02-03 09:30"))
        let provision = try #require(report.rows.first { $0.step == "pembuatan-hak-akses" })
        #expect(provision.timePer == .request && provision.standardSeconds == 1800 && provision.elapsed == 3600 && provision.breached)
        let handover = try #require(report.rows.first { $0.step == "penerimaan-hak-akses" })
        #expect(handover.standardSeconds == 300 && handover.elapsed == 600 && handover.breached)
    }

    @Test("A standard per person (perPerson: true) is multiplied by the candidates the request named at the step")
    func perPerson() throws {
        var office = Office(try Self.sukamaraPerPerson())
        try office.run(try cast.filing(candidates: try threeCandidates()), by: cast.kasi, at: "2025-02-03 08:00")
        for (command, actor) in cast.initials() { try office.run(command, by: actor, at: "2025-02-03 08:05") }
        try office.run(.approve(request: id), by: cast.kadis, at: "2025-02-03 08:10")
        try office.run(.issueDecree(request: id, decree: try cast.draft()), by: cast.sekretaris, at: "2025-02-03 08:20")
        try office.run(try cast.sign(id), by: cast.kadis, at: "2025-02-03 08:20")
        try office.run(.approve(request: id), by: cast.adb, at: "2025-02-03 09:20")   // 60 min for 3 accounts of 30
        let report = SLAReport(state: office.state, now: Fixtures.wib("2025-02-03 09:30"))
        let provision = try #require(report.rows.first { $0.step == "pembuatan-hak-akses" })
        #expect(provision.timePer == .person && provision.people == 3)
        #expect(provision.standardSeconds == 3 * 1800 && provision.elapsed == 3600 && !provision.breached)
        let handover = try #require(report.rows.first { $0.step == "penerimaan-hak-akses" })
        #expect(handover.isPending && handover.standardSeconds == 3 * 300 && handover.elapsed == 600 && !handover.breached)
        let approval = try #require(report.rows.first { $0.step == "persetujuan-kadis" })
        #expect(approval.timePer == .request && approval.people == 1 && approval.standardSeconds == 2400)
    }

    @Test("Names struck at the approval still count for the approval; later steps count the rest (perPerson: true)")
    func struckCount() throws {
        var office = Office(try Self.sukamaraPerPerson())
        try office.run(try cast.filing(candidates: try threeCandidates()), by: cast.kasi, at: "2025-02-03 08:00")
        for (command, actor) in cast.initials() { try office.run(command, by: actor, at: "2025-02-03 08:05") }
        try office.run(.approve(request: id, struck: [StruckCandidate(person: try People.rina().key, reason: "belum bimtek")]),
                       by: cast.kadis, at: "2025-02-03 08:10")
        try office.run(.issueDecree(request: id, decree: try cast.draft()), by: cast.sekretaris, at: "2025-02-03 08:20")
        try office.run(try cast.sign(id), by: cast.kadis, at: "2025-02-03 08:20")
        let report = SLAReport(state: office.state, now: Fixtures.wib("2025-02-03 09:30"))
        let provision = try #require(report.rows.first { $0.step == "pembuatan-hak-akses" })
        #expect(provision.people == 2 && provision.standardSeconds == 3600 && provision.breached)
    }
}
