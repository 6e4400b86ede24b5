import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("Time-standard (SLA) report")
struct SLAReportTests {
    @Test("Elapsed office time per step, breaches by step and executor, and running breaches")
    func mojokerto() throws {
        let cast = try MojokertoCast()
        var office = Office(try Fixtures.mojokerto())
        let steps = try cast.steps()
        try office.run(try cast.filing(), by: cast.frontDesk, at: "2025-01-09 08:00")
        try office.run(steps[0].0, by: cast.kadis, at: "2025-01-09 08:20")   // 20 min of 30: fine
        try office.run(steps[1].0, by: cast.kabid, at: "2025-01-09 09:00")   // 40 min of 15: breach
        try office.run(steps[2].0, by: cast.kasi, at: "2025-01-10 08:00")    // 6 h Thu + 0.5 h Fri of 10 min: breach
        try office.run(steps[3].0, by: cast.adb, at: "2025-01-10 08:05")     // 5 min of 10: fine
        let report = SLAReport(state: office.state, now: Fixtures.wib("2025-01-10 08:30"))  // handover pending 25 min
        #expect(report.rows.map(\.step) == ["disposisi-kadis", "disposisi-kabid", "kajian-kasi", "pembuatan-akun", "penerimaan-akun"])
        #expect(report.rows.map(\.elapsed) == [1200, 2400, 23_400, 300, 1500])
        #expect(report.rows.map(\.standardSeconds) == [1800, 900, 600, 600, 600])
        #expect(report.rows.map(\.breached) == [false, true, true, false, true])
        #expect(report.rows.map(\.isPending) == [false, false, false, false, true])
        #expect(report.rows.last?.actorUID == nil)
        #expect(report.rows.first?.started == Fixtures.wib("2025-01-09 08:00"))
        #expect(report.breachesByStep == ["disposisi-kabid": 1, "kajian-kasi": 1, "penerimaan-akun": 1])
        #expect(report.breachesByExecutor == ["kabid": 1, "kasi": 1])
        #expect(report.runningBreaches == 1)
    }

    @Test("Weekends and holidays do not count; exactly the standard is not a breach")
    func weekend() throws {
        let cast = try MojokertoCast()
        var office = Office(try Fixtures.mojokerto())
        try office.run(try cast.filing(), by: cast.frontDesk, at: "2025-01-24 16:20")
        // Fri 16:20–16:30 (10 min) + Mon 27 Jan holiday + Tue 07:30–07:50 (20 min) = 30 min = the standard.
        try office.run(try cast.steps()[0].0, by: cast.kadis, at: "2025-01-28 07:50")
        let report = SLAReport(state: office.state, now: Fixtures.wib("2025-01-28 07:50"))
        #expect(report.rows.first?.elapsed == 1800)
        #expect(report.rows.first?.breached == false)
        #expect(report.breachesByStep.isEmpty)
    }

    @Test("A returned and resubmitted request is measured per round, the resubmission too; closed requests have no pending row")
    func rounds() throws {
        let cast = try MojokertoCast()
        var office = Office(try Fixtures.mojokerto())
        try office.run(try cast.filing(), by: cast.frontDesk, at: "2025-02-03 08:00")
        for (command, actor) in try cast.steps().prefix(2) { try office.run(command, by: actor, after: 5) }
        try office.run(.returnForRevision(request: "REQ-2025-0001", reason: "lengkapi"), by: cast.kasi, after: 5)
        try office.run(.resubmit(request: "REQ-2025-0001"), by: cast.frontDesk, at: "2025-02-04 08:00")
        try office.run(try cast.steps()[0].0, by: cast.kadis, at: "2025-02-04 09:00")
        let report = SLAReport(state: office.state, now: Fixtures.wib("2025-02-04 09:10"))
        #expect(report.rows.map(\.round) == [1, 1, 1, 2, 2, 2])
        #expect(report.rows.map(\.outcome) == [.approved, .approved, .returned, .resubmitted, .approved, nil])
        // Step 1 of round 2 runs from the return (Mon 08:15) to the resubmission (Tue 08:00): 6.75 h + 0.5 h.
        #expect(report.rows[3].step == "pengajuan-tertulis" && report.rows[3].elapsed == 26_100)
        #expect(report.rows[3].started == Fixtures.wib("2025-02-03 08:15"))
        #expect(report.rows[4].elapsed == 3600)
        #expect(report.rows[4].breached)
        #expect(report.rows[5].step == "disposisi-kabid" && report.rows[5].elapsed == 600)
        try office.run(.cancel(request: "REQ-2025-0001", reason: "batal"), by: cast.kadis, after: 1)
        #expect(SLAReport(state: office.state, now: Fixtures.wib("2025-02-05 09:00")).rows.allSatisfy { !$0.isPending })
    }

    @Test("Day standards use the office day length (Sukamara decree and provision steps)")
    func sukamaraDays() throws {
        let cast = try SukamaraCast()
        var office = Office(try Fixtures.sukamara())
        try office.run(try cast.filing(), by: cast.kasi, at: "2025-02-03 08:00")
        let report = SLAReport(state: office.state, now: Fixtures.wib("2025-02-03 08:41"))
        #expect(report.rows.count == 1)
        #expect(report.rows[0].standardSeconds == 2400)
        #expect(report.rows[0].elapsed == 2460)
        #expect(report.runningBreaches == 1)
        #expect(report.breachesByExecutor.isEmpty)
    }
}
