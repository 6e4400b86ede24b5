import Foundation
import TestSupport
import Testing

/// `--json` of the read commands parses, with the expected fields and values, midway through a Sukamara request.
@Suite("CLI: --json output")
struct JSONOutputTests {
    @Test("request list/show, inbox, roster show, sla report, audit log and audit verify print JSON with their fields")
    func readCommands() async throws {
        try await withOffice(.sukamara) { office in
            let list = try office.write("usulan.csv", Candidates.sukamaraCSV)
            let id = try filedRequestID(try await office.succeed(
                ["request", "new", "--candidates", list, "--confirm", Candidates.rinaConfirmation, "--note", "usulan"], at: "08:00", as: Staff.kasi.uid))
            try await office.initial(id)
            try await office.succeed(["approve", id, "--note", "disetujui"], at: "09:00", as: Staff.kadis.uid)
            try await office.succeed(Candidates.decreeArguments(request: id), at: "09:10", as: Staff.sekretaris.uid)

            let filedAt = try #require(ISO8601DateFormatter().date(from: Office.time("08:00")))
            let requests = try await office.succeed(["request", "list", "--json"], at: "09:20").json([RequestListRow].self)
            let row = try #require(requests.first)
            #expect(requests.count == 1)
            #expect(row.id == id && row.status == "inProgress" && row.currentStep == "tanda-tangan-sk")
            #expect(row.filedAt == filedAt && row.filedBy == "kasi" && row.candidates == 3)
            #expect(row.decree == "000.8.3.3/241/Dukcapil/2026")
            #expect(row.lastActivity == ISO8601DateFormatter().date(from: Office.time("09:10")))
            let filtered = try await office.succeed(["request", "list", "--status", "completed", "--json"]).json([RequestListRow].self)
            #expect(filtered.isEmpty)

            let show = try await office.show(id, at: "09:20")
            #expect(show.id == id && show.kind == "list" && show.filedBy == "kasi" && show.filedAt == filedAt)
            #expect(show.candidates.map(\.name) == ["Budi Santoso, S.Kom", "Siti Rahmawati, A.Md.", "Rina Lestari"])
            #expect(show.candidates.map(\.nip) == [Candidates.budiNIP, Candidates.sitiNIP, nil])
            #expect(show.candidates.map(\.nik) == [nil, Candidates.sitiNIK, Candidates.rinaNIK])
            #expect(show.candidates.map(\.workUnit) == ["Bidang PIAK", "Bidang PIAK", "Kecamatan Sukamara"])
            #expect(show.records.map(\.note) == ["usulan", "paraf", "paraf", "disetujui", ""])
            #expect(show.records.allSatisfy { !$0.voided })
            #expect(show.times.map(\.step) == ["persetujuan-kadis", "sk-kadis", "tanda-tangan-sk"])
            #expect(show.times.first?.breached == true, "one hour against a 40-minute standard")
            #expect(show.times.last?.pending == true && show.times.last?.elapsedSeconds == 600)

            let inbox = try await office.succeed(["inbox", "--json"], at: "09:20", as: Staff.kadis.uid).json([InboxRow].self)
            #expect(inbox.count == 1)
            #expect(inbox.first?.request == id && inbox.first?.step == "tanda-tangan-sk")
            // One office day (7.5 hours) for the Kadis's signature, the office's own standard (issue 20).
            #expect(inbox.first?.role.contains("kadis") == true && inbox.first?.standardSeconds == 27_000)
            #expect(inbox.first?.waitingSince == ISO8601DateFormatter().date(from: Office.time("09:10")))
            let empty = try await office.succeed(["inbox", "--json"], at: "09:20", as: Staff.adb.uid).json([InboxRow].self)
            #expect(empty.isEmpty)

            let sla = try await office.succeed(["sla", "report", "--json"], at: "09:20").json(SLAReportJSON.self)
            #expect(sla.rows.count == 1 && sla.rows.first?.step == "persetujuan-kadis" && sla.rows.first?.completed != nil)
            #expect(sla.breachesByExecutor == ["kadis": 1] && sla.runningBreaches == 0)

            let log = try await office.succeed(["audit", "log", "--json"]).json([AuditLogRow].self)
            #expect(log.map(\.seq) == [1, 2, 3, 4, 5])
            #expect(log.allSatisfy { $0.kind == "workflow" })
            #expect(log.map(\.actor) == ["kasi", "kabid", "sekretaris", "kadis", "sekretaris"])
            #expect(log.allSatisfy { $0.subject == id && $0.hash.count == 64 && $0.hash.allSatisfy(\.isHexDigit) })
            #expect(Set(log.map(\.hash)).count == 5)
            let types = try log.map { row in
                let object = try JSONSerialization.jsonObject(with: Data(row.payload.utf8)) as? [String: Any]
                return object?["type"] as? String
            }
            #expect(types == ["requestFiled", "stepInitialled", "stepInitialled", "stepApproved", "decreeIssued"])
            let bySubject = try await office.succeed(["audit", "log", "--json", "--subject", id]).json([AuditLogRow].self)
            #expect(bySubject.map(\.seq) == [1, 2, 3, 4, 5])
            let fromTwo = try await office.succeed(["audit", "log", "--json", "--from", "2", "--limit", "1"]).json([AuditLogRow].self)
            #expect(fromTwo.map(\.seq) == [2])

            // A draft grants nothing; signed, the SK is in force from today: the roster lists the three, without
            // usernames until the sync.
            let unsigned = try await office.succeed(["roster", "show", "--json"], at: "09:20").json(RosterJSON.self)
            #expect(unsigned.entries.isEmpty, "nobody holds access by an unsigned SK")
            try await office.sign(id, at: "09:20")
            let roster = try await office.succeed(["roster", "show", "--json"], at: "09:20").json(RosterJSON.self)
            #expect(roster.date == "2026-11-23")
            #expect(roster.entries.count == 3 && roster.entries.allSatisfy { $0.username == nil })
            let before = try await office.succeed(["roster", "show", "--json", "--date", "2026-11-22"]).json(RosterJSON.self)
            #expect(before.entries.isEmpty, "nobody holds access before the SK is in force")

            // The signature added two records: the kept scan and the Kadis's decreeSigned.
            let after = try await office.succeed(["audit", "log", "--json", "--from", "6"]).json([AuditLogRow].self)
            #expect(after.map(\.seq) == [6, 7] && after.allSatisfy { $0.actor == "kadis" })
            let verify = try await office.succeed(["audit", "verify", "--json"]).json(AuditVerifyJSON.self)
            #expect(verify.intact && verify.records == 7 && verify.head == after.last?.hash && verify.brokenAt == nil)
        }
    }
}
