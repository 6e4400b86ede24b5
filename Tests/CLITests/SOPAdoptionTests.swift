import Foundation
import Testing

/// Issue 20, item 6: `hakakses sop adopt` records a new SOP version in the audit log; requests in flight finish under
/// theirs, new ones follow the new version, and an office whose copy was edited in place refuses to run.
@Suite("CLI: adopting a new version of the SOP")
struct SOPAdoptionTests {
    @Test("adopt: recorded and copied; the request in flight keeps its SK step's executor, a new one gets the new executor; an edit in place stops the office")
    func adopt() async throws {
        try await withOffice(.sukamara, mode: .local) { office in
            let original = try String(contentsOf: office.home.appendingPathComponent("sop.yaml"), encoding: .utf8)
            let list = try office.write("usulan.csv", Candidates.sukamaraCSV)
            let first = try filedRequestID(try await office.succeed(["request", "new", "--candidates", list, "--confirm", Candidates.rinaConfirmation], at: "08:00", as: Staff.kasi.uid))
            try await office.initial(first)
            try await office.succeed(["approve", first], at: "08:20", as: Staff.kadis.uid)

            // Version 1: the ADB, not the Sekretaris, records the SK draft.
            let marker = "    executor: sekretaris\n    inputs: [atk]\n    output: sk-kadis"
            try #require(original.contains(marker))
            let revised = original.replacingOccurrences(of: marker, with: "    executor: adb\n    inputs: [atk]\n    output: sk-kadis")
            let file = try office.write("sop-revisi.yaml", revised)
            try await office.expectRefused(["sop", "adopt", file, "--note", "SK Kadis 800/9/2026", "--by", ""], at: "08:30",
                                           status: nil, naming: ["--by"])
            let adopted = try await office.succeed(["sop", "adopt", file, "--note", "SK Kadis 800/9/2026", "--by", "admin"], at: "08:30")
            #expect(adopted.stdout.contains("adopted as version 1") && adopted.stdout.contains("1 requests in progress"), "\(adopted)")
            #expect(try String(contentsOf: office.home.appendingPathComponent("sop.yaml"), encoding: .utf8) == revised)
            try await office.expectRefused(["sop", "adopt", file, "--note", "lagi", "--by", "admin"], at: "08:31",
                                           naming: ["nothing to adopt"])

            // The request filed before keeps the original: the Sekretaris drafts its SK, the ADB may not.
            try await office.expectRefused(Candidates.decreeArguments(request: first), at: "08:40", as: Staff.adb.uid,
                                           naming: ["Sekretaris (sekretaris)"])
            try await office.succeed(Candidates.decreeArguments(request: first), at: "08:41", as: Staff.sekretaris.uid)
            // A request filed now follows version 1.
            let second = try filedRequestID(try await office.succeed(["request", "new", "--candidates", list, "--confirm", Candidates.rinaConfirmation], at: "09:00", as: Staff.kasi.uid))
            try await office.initial(second, at: ("09:05", "09:06"))
            try await office.succeed(["approve", second], at: "09:10", as: Staff.kadis.uid)
            try await office.expectRefused(Candidates.decreeArguments(request: second, number: "000.8.3.3/242/Dukcapil/2026"),
                                           at: "09:20", as: Staff.sekretaris.uid, naming: ["Administrator Database"])
            try await office.succeed(Candidates.decreeArguments(request: second, number: "000.8.3.3/242/Dukcapil/2026"),
                                     at: "09:21", as: Staff.adb.uid)

            // The SLA report and the documents name each request's version.
            let sla = try await office.succeed(["sla", "report", "--all", "--json"], at: "09:30").json(SLAReportJSON.self)
            #expect(Set(sla.rows.filter { $0.request == first }.map(\.sopVersion)) == [0], "\(sla.rows)")
            #expect(Set(sla.rows.filter { $0.request == second }.map(\.sopVersion)) == [1], "\(sla.rows)")
            let table = try await office.succeed(["sla", "report", "--all"], at: "09:30")
            #expect(table.stdout.contains("v0: \(first)") && table.stdout.contains("v1: \(second)"), "\(table)")
            let newer = try await office.printDocument("daftar-usulan", ["--request", second], at: "09:31")
            #expect(newer.text.contains("(versi 1)"), "the footer names the version")
            let older = try await office.printDocument("daftar-usulan", ["--request", first], at: "09:31")
            #expect(!older.text.contains("(versi"), "the original has no version number")

            // The log holds the adoption; a cold full verification replays both requests, each under its version.
            let log = try await office.succeed(["audit", "log", "--json"]).json([AuditLogRow].self)
            #expect(log.contains { $0.payload.contains("\"sopAdopted\"") && $0.actor == "host:admin" })
            let verified = try await office.succeed(["audit", "verify", "--json"]).json(AuditVerifyJSON.self)
            #expect(verified.intact, "\(verified)")

            // Editing the office's copy in place (here: putting the original back) stops the office, saying why.
            try Data(original.utf8).write(to: office.home.appendingPathComponent("sop.yaml"))
            let stopped = try await office.run(["request", "show", first], as: Staff.kasi.uid)
            #expect(stopped.status != 0 && stopped.stderr.contains("not the version the audit log adopted last"), "\(stopped)")
        }
    }
}
