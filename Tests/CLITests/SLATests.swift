import Foundation
import TestSupport
import Testing

/// Time standards in office hours, with the clock set by HAKAKSES_NOW.
@Suite("CLI: time standards")
struct SLATests {
    /// A Kadis whose uid differs from the role id, so that the report's executor and actor can be told apart.
    static let zainuddin = StaffMember(uid: "zainuddin", roles: ["kadis"], nip: "19680412 199203 1 008")

    private func file(_ office: Office, _ name: String, nip: String, at time: String) async throws -> String {
        let filed = try await office.succeed(
            ["request", "new", "--name", name, "--nip", nip, "--role", "operator", "--unit", "Bidang PIAK"],
            at: time, as: Staff.kasi.uid)
        return try filedRequestID(filed)
    }

    @Test("a Kadis approval two office hours after filing breaches the 40-minute standard; the report names step and executor")
    func breachedStandard() async throws {
        try await withOffice(.sukamara, extraStaff: [Self.zainuddin]) { office in
            // Monday 23 November 2026. A: filed 08:00, approved 10:00 (2 h of office time against 40 minutes).
            // The paraf of the Kabid and the Sekretaris take a few minutes; the Kadis holds the step longest.
            let late = try await file(office, "Budi Santoso, S.Kom", nip: Candidates.budiNIP, at: "08:00")
            try await office.initial(late)
            try await office.succeed(["approve", late], at: "10:00", as: Self.zainuddin.uid)
            // B: filed 09:00, initialled, and still waiting for the Kadis at 10:05.
            let waiting = try await file(office, "Agus Salim", nip: "19851111 201001 1 004", at: "09:00")
            try await office.initial(waiting, at: ("09:05", "09:06"))

            // At 10:05 A's SK step has waited 5 of its 15 minutes: not listed.
            let text = try await office.succeed(["sla", "report"], at: "10:05")
            let lines = text.stdout.split(separator: "\n").map(String.init)
            let lateLine = try #require(lines.first { $0.hasPrefix(late) }, "\(text)")
            for word in ["persetujuan-kadis", "kadis", "zainuddin", "2 h", "40 min", "EXCEEDED"] {
                #expect(lateLine.contains(word), "'\(word)' missing in: \(lateLine)")
            }
            let waitingLine = try #require(lines.first { $0.hasPrefix(waiting) }, "\(text)")
            for word in ["persetujuan-kadis", "kadis", "(waiting)", "1 h 05 min", "OVERDUE"] {
                #expect(waitingLine.contains(word), "'\(word)' missing in: \(waitingLine)")
            }
            #expect(lines.filter { $0.hasPrefix("REQ-") }.count == 2, "only the two breaches are listed: \(text)")
            #expect(lines.contains { $0.hasPrefix("exceeded, by step:") && $0.hasSuffix("persetujuan-kadis 2") }, "\(text)")
            #expect(lines.contains { $0.hasPrefix("exceeded, by executor:") && $0.hasSuffix("zainuddin 1") }, "\(text)")
            #expect(lines.contains("waiting beyond the standard now: 1"), "\(text)")

            let report = try await office.succeed(["sla", "report", "--json"], at: "10:05").json(SLAReportJSON.self)
            #expect(report.now == ISO8601DateFormatter().date(from: Office.time("10:05")))
            #expect(report.rows.map(\.request) == [late, waiting])
            let breach = try #require(report.rows.first)
            #expect(breach.step == "persetujuan-kadis")
            #expect(breach.executor == "kadis")
            #expect(breach.actor == "zainuddin")
            #expect(breach.elapsedSeconds == 7200)
            #expect(breach.standardSeconds == 2400)
            #expect(breach.breached && !breach.pending)
            let running = try #require(report.rows.last)
            #expect(running.actor == nil && running.pending && running.elapsedSeconds == 3900)
            #expect(report.breachesByStep == ["persetujuan-kadis": 2])
            #expect(report.breachesByExecutor == ["zainuddin": 1])
            #expect(report.runningBreaches == 1)

            let all = try await office.succeed(["sla", "report", "--all", "--json"], at: "10:05").json(SLAReportJSON.self)
            #expect(all.rows.contains { $0.request == late && $0.step == "sk-kadis" && $0.pending && $0.elapsedSeconds == 300 && !$0.breached })

            // B is overdue in the Kadis's inbox too, and was not half an hour after filing.
            let inbox = try await office.succeed(["inbox", "--json"], at: "10:05", as: Self.zainuddin.uid).json([InboxRow].self)
            let row = try #require(inbox.first { $0.request == waiting }, "\(inbox)")
            #expect(row.overdue && row.elapsedSeconds == 3900 && row.standardSeconds == 2400)
            let earlier = try await office.succeed(["inbox", "--json"], at: "09:30", as: Self.zainuddin.uid).json([InboxRow].self)
            #expect(earlier.first { $0.request == waiting }?.overdue == false)
        }
    }

    @Test("the chart on the SLA page and in the printed laporan-sla: the breached step in red, a hostile step title escaped")
    func chartAndPrintedReport() async throws {
        try await withOffice(.sukamara, mode: .server, extraStaff: [Self.zainuddin]) { office in
            let late = try await file(office, "Budi Santoso, S.Kom", nip: Candidates.budiNIP, at: "08:00")
            try await office.initial(late)
            try await office.succeed(["approve", late], at: "10:00", as: Self.zainuddin.uid)

            let report = try await office.printDocument("laporan-sla", [], at: "10:05", as: Self.zainuddin.uid)
            for phrase in ["LAPORAN CAPAIAN STANDAR WAKTU", "<svg", "class=\"sla-chart\"", "data-step=\"persetujuan-kadis\" data-over=\"true\"",
                           late, "melewati batas", "2 jam", "40 menit", "000.8.3.3/001/SLA/Dukcapil/2026"] {
                #expect(report.text.contains(phrase), "the printed SLA report lacks '\(phrase)'")
            }
            #expect(report.text.contains("data-step=\"usulan\"") || report.text.contains("data-over=\"false\""),
                    "steps within their standard are drawn too")
            try await office.expectRefused(["document", "make", "laporan-sla", "--request", late], at: "10:06", as: Self.zainuddin.uid,
                                           status: 2, naming: ["laporan-sla"])

            // The page: the same chart, for any official (the SLA report names no NIK).
            let api = APIClient(base: try #require(office.serverURL))
            let login = try await api.login(Staff.kasi.uid)
            let cookie = try #require(login.cookie("hakakses_session"))
            let page = try await api.send(.GET, "/sla", headers: [("Cookie", "hakakses_session=\(cookie)")])
            #expect(page.status == 200 && page.text.contains("<figure class=\"chart\"><svg"), "\(page.status)")
            #expect(page.text.contains("data-step=\"persetujuan-kadis\" data-over=\"true\""))
            // The request list says each request's state in Bahasa Indonesia, never the machine value.
            let list = try await api.send(.GET, "/requests", headers: [("Cookie", "hakakses_session=\(cookie)")])
            #expect(list.status == 200 && list.text.contains("<td>dalam proses</td>") && !list.text.contains("inProgress"), "\(list)")
        }
    }

    @Test("only office hours count: 80 minutes over the break and 16 hours overnight are within the 40-minute standard")
    func lunchAndNightAreNotOfficeTime() async throws {
        try await withOffice(.sukamara) { office in
            // 11:50 → 13:10 is 20 minutes of office time (the Perpres 21/2023 week: a break 12:00–13:00).
            let lunch = try await file(office, "Budi Santoso, S.Kom", nip: Candidates.budiNIP, at: "11:50")
            try await office.initial(lunch, at: ("11:55", "11:56"))
            try await office.succeed(["approve", lunch], at: "13:10", as: Staff.kadis.uid)
            // Monday 15:50 → Tuesday 07:50 is 30 minutes of office time (office closes 16:00, opens 07:30).
            let night = try await file(office, "Siti Rahmawati, A.Md.", nip: Candidates.sitiNIP, at: "15:50")
            try await office.initial(night, at: ("15:55", "15:56"))
            try await office.succeed(["approve", night], at: "2026-11-24T07:50:00+07:00", as: Staff.kadis.uid)

            let tuesday = "2026-11-24T07:55:00+07:00"
            let report = try await office.succeed(["sla", "report", "--all", "--json"], at: tuesday).json(SLAReportJSON.self)
            let kadisRows = report.rows.filter { $0.step == "persetujuan-kadis" }
            #expect(kadisRows.map(\.request) == [lunch, night])
            #expect(kadisRows.map(\.elapsedSeconds) == [1200, 1800])
            #expect(kadisRows.allSatisfy { !$0.breached && $0.actor == "kadis" })
            #expect(report.breachesByStep["persetujuan-kadis"] == nil)
            let text = try await office.succeed(["sla", "report"], at: tuesday)
            #expect(!text.stdout.contains("persetujuan-kadis"), "\(text)")
        }
    }
}
