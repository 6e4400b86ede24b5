import Foundation
import Testing

/// Issue 11's workflow through the office server and the CLI's flags: a paraf chain in the inbox, a partial
/// approval, a warning confirmed with a note, a draft and a letter date.
@Suite("Office server: real staff and the SOPs as written, from the CLI")
struct RealStaffThroughServerTests {
    @Test("the Kabid's inbox shows the paraf, the Kadis's only after it; --strike leaves a name off the SK and the roster")
    func parafAndPartialApproval() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let list = try office.write("usulan.csv", Candidates.sukamaraCSV)
            let id = try filedRequestID(try await office.succeed(["request", "new", "--candidates", list, "--confirm", Candidates.rinaConfirmation], at: "08:00", as: Staff.kasi.uid))
            let kadisEarly = try await office.succeed(["inbox", "--json"], at: "08:01", as: Staff.kadis.uid).json([InboxRow].self)
            #expect(kadisEarly.isEmpty, "the Kadis's turn comes after the paraf")
            let kabid = try await office.succeed(["inbox", "--json"], at: "08:01", as: Staff.kabid.uid).json([InboxRow].self)
            #expect(kabid.map(\.request) == [id] && kabid.first?.role.contains("paraf") == true, "\(kabid)")
            try await office.succeed(["approve", id, "--note", "paraf"], at: "08:05", as: Staff.kabid.uid)
            try await office.succeed(["approve", id, "--note", "paraf"], at: "08:06", as: Staff.sekretaris.uid)
            #expect(try await office.succeed(["inbox", "--json"], at: "08:07", as: Staff.kadis.uid).json([InboxRow].self).map(\.request) == [id])

            let notACandidate = try await office.run(["approve", id, "--strike", "\(Candidates.dewiNIP)=x"], at: "08:10", as: Staff.kadis.uid)
            #expect(notACandidate.status == 2 && notACandidate.stderr.contains("is not a candidate"), "\(notACandidate)")
            try await office.succeed(
                ["approve", id, "--strike", "\(Candidates.rinaNIK)=belum mengikuti bimtek", "--note", "disetujui sebagian"],
                at: "08:20", as: Staff.kadis.uid)
            let shown = try await office.succeed(["request", "show", id], at: "08:21")
            #expect(shown.stdout.contains("STRUCK") && shown.stdout.contains("belum mengikuti bimtek"), "\(shown)")
            try await office.issueSigned(id, at: "08:30")
            let sk = try await office.succeed(["decree", "show", "000.8.3.3/241/Dukcapil/2026", "--json"], at: "08:31")
            #expect(!sk.stdout.contains("Rina") && sk.stdout.contains("Budi"), "the SK holds only the rest: \(sk)")
            try await office.succeed(["sync"], at: "08:45")
            try await office.succeed(["approve", id], at: "08:50", as: Staff.adb.uid)
            let roster = try await office.succeed(["roster", "show", "--json"], at: "09:00").json(RosterJSON.self)
            #expect(roster.entries.count == 2 && !roster.entries.contains { $0.person == "nik:\(Candidates.rinaNIK)" })
        }
    }

    @Test("a NIP whose birth date differs from the NIK's is refused until confirmed with --confirm; the note is recorded")
    func confirmedWarning() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            // Born 15 Jan 1990 by the NIP, 16 Jan 1990 by the NIK (a corrected birth date).
            let person = ["request", "new", "--name", "Dewi Anggraini", "--nip", "19900115 201503 2 002", "--nik", "3576015601900001",
                          "--role", "Operator SIAK", "--unit", "Kelurahan Kranggan", "--evidence", "surat-permohonan=470/1/2026"]
            let refused = try await office.run(person, at: "08:00", as: Staff.kasi.uid)
            #expect(refused.status == 1 && refused.stderr.contains("birth-date-mismatch:"), "\(refused)")
            let id = "birth-date-mismatch:nip:199001152015032002"
            #expect(refused.stderr.contains(id), "the refusal names the warning's id: \(refused)")
            let filed = try await office.succeed(person + ["--confirm", "\(id)=tanggal lahir dikoreksi, akta kelahiran dilihat"], at: "08:05", as: Staff.kasi.uid)
            #expect(filed.stdout.contains("confirmed: [\(id)]"), "\(filed)")
            let shown = try await office.show(try filedRequestID(filed))
            #expect(shown.records.first?.note != nil)
            let log = try await office.succeed(["audit", "log", "--json"]).json([AuditLogRow].self)
            #expect(log.contains { $0.payload.contains("akta kelahiran dilihat") }, "the confirmation is in the audit log")
        }
    }

    @Test("--draft keeps step 1 open until the filer submits it; --agenda and --registered time step 1 from the letter's registration")
    func draftAndLetterDate() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let draft = try await office.succeed(Candidates.dewiRequest() + ["--draft"], at: "08:00", as: Staff.kasi.uid)
            #expect(draft.stdout.contains("as a draft"), "\(draft)")
            let id = try filedRequestID(draft)
            #expect(try await office.show(id).currentStep == "pengajuan-tertulis")
            try await office.succeed(["approve", id, "--note", "diajukan"], at: "08:12", as: Staff.kasi.uid)
            #expect(try await office.show(id).currentStep == "disposisi-kadis")

            let lettered = try await office.succeed(
                Candidates.dewiRequest(letter: "470/9/2026").map { $0 == Candidates.dewiNIP ? "19950505 202001 2 004" : $0 }
                    + ["--letter-date", "2026-11-20"],
                at: "09:00", as: Staff.kasi.uid)
            let detail = try await office.succeed(["request", "show", try filedRequestID(lettered)], at: "09:01")
            #expect(detail.stdout.contains("letter dated 2026-11-20"), "\(detail)")
            let late = try await office.run(Candidates.dewiRequest() + ["--letter-date", "2026-11-30"], at: "09:02", as: Staff.kasi.uid)
            #expect(late.status != 0, "a letter dated after the filing is refused: \(late)")

            // Step 1 timed from the letter's registration in the agenda (issue 20), not from the letter's date.
            let registered = try await office.succeed(
                Candidates.dewiRequest(letter: "470/10/2026").map { $0 == Candidates.dewiNIP ? "19950505 202001 2 005" : $0 }
                    + ["--letter-date", "2026-11-20", "--agenda", "045/117/Dispenduk/2026", "--registered", "2026-11-23 09:00"],
                at: "09:10", as: Staff.kasi.uid)
            let registeredID = try filedRequestID(registered)
            let shown = try await office.succeed(["request", "show", registeredID], at: "09:11")
            #expect(shown.stdout.contains("registered as 045/117/Dispenduk/2026"), "\(shown)")
            let step1 = try #require(try await office.show(registeredID).times.first)
            #expect(step1.step == "pengajuan-tertulis" && step1.elapsedSeconds == 600 && step1.standardSeconds == 900 && !step1.breached)
            let half = try await office.run(Candidates.dewiRequest() + ["--agenda", "045/118"], at: "09:12", as: Staff.kasi.uid)
            #expect(half.status != 0 && half.stderr.contains("agenda number"), "an agenda number without its time is refused: \(half)")
            let badTime = try await office.run(Candidates.dewiRequest() + ["--agenda", "045/118", "--registered", "23-11-2026"], at: "09:12",
                                               as: Staff.kasi.uid)
            #expect(badTime.status != 0 && badTime.stderr.contains("YYYY-MM-DD HH:MM"), "\(badTime)")

            // A deviation in equipment recorded with a step: a failure in the SLA report although on time (issue 20).
            let unknown = try await office.run(["approve", registeredID, "--deviation", "waktu=terlambat"], at: "09:20", as: Staff.kadis.uid)
            #expect(unknown.status == 2 && unknown.stderr.contains("equipment"), "\(unknown)")
            try await office.succeed(["approve", registeredID, "--evidence", "disposisi-kadis=disp/77", "--deviation", "equipment=printer rusak, disposisi tulis tangan"],
                                     at: "09:20", as: Staff.kadis.uid)
            let sla = try await office.succeed(["sla", "report", "--json"], at: "09:21").json(SLAReportJSON.self)
            let failed = try #require(sla.rows.first { $0.request == registeredID && $0.step == "disposisi-kadis" })
            #expect(failed.failed && !failed.breached && failed.deviations.map(\.kind) == ["equipment"])
            #expect(sla.deviationsByExecutor[Staff.kadis.uid] == 1)
        }
    }
}
