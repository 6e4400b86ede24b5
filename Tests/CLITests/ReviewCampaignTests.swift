import Foundation
import LDAP
import Testing

/// Issue 20, item 7: an access review through the office server on real slapd: the Kasi and Kabid decide, the Kadis
/// signs off, the removed operator is locked in the directory by the next sync; the refusals leave the log as it was.
@Suite("CLI: an access review campaign")
struct ReviewCampaignTests {
    @Test("start, keep, remove, sign: the removed lose their groups; the wrong roles, one's own access and an early sign-off are refused")
    func campaign() async throws {
        try await withOffice(.sukamara, mode: .server, extraStaff: [Staff.kadisBudi]) { office in
            let (id, _) = try await office.completeSukamara()
            #expect(try await office.show(id).status == "completed")

            try await office.expectRefused(["review", "start", "REV-2026-01", "--due", "2026-11-30"], at: "10:00", as: Staff.adb.uid,
                                           naming: ["adb"])
            let started = try await office.succeed(["review", "start", "REV-2026-01", "--due", "2026-11-30", "--note", "review tahunan"],
                                                   at: "10:00", as: Staff.kasi.uid)
            #expect(started.stdout.contains("3 holders"), "\(started)")
            let shown = try await office.succeed(["review", "show", "REV-2026-01", "--json"], at: "10:01", as: Staff.kabid.uid)
            #expect(shown.stdout.contains("Budi Santoso") && shown.stdout.contains("Rina Lestari"), "\(shown)")

            try await office.succeed(["review", "keep", "REV-2026-01", Candidates.sitiNIP], at: "10:05", as: Staff.kabid.uid)
            try await office.expectRefused(["review", "remove", "REV-2026-01", "budi.santoso", "--note", " "], at: "10:06",
                                           as: Staff.kasi.uid, naming: ["reason"])
            try await office.succeed(["review", "remove", "REV-2026-01", "budi.santoso", "--note", "mutasi ke Kecamatan Jelai"],
                                     at: "10:06", as: Staff.kasi.uid)
            // The printable report while the review is open: a draft with the decisions so far, printed by a reviewer.
            let draft = try await office.printDocument("laporan-review", ["--review", "REV-2026-01"], at: "10:07", as: Staff.kasi.uid)
            for phrase in ["LAPORAN REVIEW HAK AKSES SIAK", "DRAF", "REV-2026-01", "Budi Santoso", "Dicabut", "mutasi ke Kecamatan Jelai",
                           "Siti Rahmawati", "Dipertahankan", "Rina Lestari", "Belum diputuskan", "000.8.3.3/001/LR/Dukcapil/2026"] {
                #expect(draft.text.contains(phrase), "the draft report lacks '\(phrase)'")
            }
            #expect(!draft.text.contains("Review ini disahkan"))
            // The Kasi reads names and NIPs of the holders he reviews, not a NIK beyond a request: its last four digits.
            #expect(!draft.text.contains(Candidates.rinaNIK) && draft.text.contains("NIK ••••••••••••0002"), "\(draft.text)")
            // Only those who may read the review print its report (it names every holder); nothing else goes with it.
            try await office.expectRefused(["document", "make", "laporan-review", "--review", "REV-2026-01"], at: "10:08", as: Staff.adb.uid,
                                           naming: ["adb"])
            try await office.expectRefused(["document", "make", "laporan-review", "--review", "REV-2026-01", "--person", "budi.santoso"],
                                           at: "10:08", as: Staff.kasi.uid, status: 2, naming: ["--person"])
            try await office.expectRefused(["document", "make", "laporan-review"], at: "10:08", as: Staff.kasi.uid, status: 2, naming: ["--review"])
            try await office.expectRefused(["document", "make", "laporan-review", "--review", "REV-2099-99"], at: "10:08", as: Staff.kasi.uid, status: 2,
                                           naming: ["REV-2099-99"])
            try await office.expectRefused(["document", "make", "bast", "--review", "REV-2026-01"], at: "10:08", as: Staff.kasi.uid, status: 2,
                                           naming: ["laporan-review"])
            try await office.expectRefused(["review", "sign", "REV-2026-01"], at: "10:10", as: Staff.kasi.uid, naming: ["kadis"])
            try await office.expectRefused(["review", "sign", "REV-2026-01"], at: "10:10", as: Staff.kadis.uid,
                                           naming: ["1 holders are still undecided", "2026-11-30"])
            try await office.succeed(["review", "keep", "REV-2026-01", "nik:\(Candidates.rinaNIK)"], at: "10:12", as: Staff.kabid.uid)
            let signed = try await office.succeed(["review", "sign", "REV-2026-01", "--note", "disahkan"], at: "10:15", as: Staff.kadis.uid)
            #expect(signed.stdout.contains("1 lose access now"), "\(signed)")
            // The signed report: the Kadis's signature block, no draft mark, the same number as the draft.
            let report = try await office.printDocument("laporan-review", ["--review", "REV-2026-01"], at: "10:15", as: Staff.kadis.uid,
                                                        pdf: true)
            let final = try await office.printDocument("laporan-review", ["--review", "REV-2026-01"], at: "10:15", as: Staff.kadis.uid)
            for phrase in ["Review ini disahkan", "disahkan", "ZAINUDDIN, S.Sos", "000.8.3.3/001/LR/Dukcapil/2026", "Dicabut"] {
                #expect(final.text.contains(phrase), "the signed report lacks '\(phrase)'")
            }
            #expect(!final.text.contains("DRAF") && !final.text.contains("Belum diputuskan"))
            #expect(final.text.contains(Candidates.rinaNIK), "the Kadis confirms SKs: an identity reader")
            #expect(report.data.starts(with: Data("%PDF".utf8)))

            // Before the bridge runs, the reconcile page names the difference in Bahasa Indonesia, never the machine value.
            let api = APIClient(base: try #require(office.serverURL))
            let cookie = try #require(try await api.login(Staff.adb.uid).cookie("hakakses_session"))
            let page = try await api.send(.GET, "/reconcile", headers: [("Cookie", "hakakses_session=\(cookie)")])
            #expect(page.status == 200 && page.text.contains("<td>dicabut</td>") && page.text.contains("akan diperbaiki"), "\(page)")
            #expect(!page.text.contains("<td>revoked</td>") && !page.text.contains("would fix"))

            // The bridge carries the removal to the directory: Budi loses his group and is locked.
            try await office.succeed(["sync"], at: "10:16")
            let admin = try await office.directory.adminConnection()
            let budi = office.directory.baseDN.child("ou", "operators").child("uid", "budi.santoso")
            let entry = try #require(try await admin.read(budi, attributes: ["memberOf", "pwdAccountLockedTime"]))
            #expect(entry.strings("memberOf").isEmpty && !entry.strings("pwdAccountLockedTime").isEmpty, "\(entry)")
            let siti = office.directory.baseDN.child("ou", "operators").child("uid", "siti.rahmawati")
            #expect(try await admin.read(siti, attributes: ["memberOf"])?.strings("memberOf").isEmpty == false)
            await admin.close()
            let roster = try await office.succeed(["roster", "show", "--json"], at: "10:20").json(RosterJSON.self)
            #expect(roster.entries.count == 2 && !roster.entries.contains { $0.person == "nip:199001152015031002" })

            // review.everyMonths: 12 — the two kept are next due a year after this sign-off.
            let due = try await office.succeed(["review", "due", "--json"], at: "10:21", as: Staff.kadis.uid)
            #expect(due.stdout.components(separatedBy: "\"dueOn\"").count - 1 == 2 && due.stdout.contains("2027-11-23"), "\(due)")

            let log = try await office.succeed(["audit", "log", "--json", "--subject", "REV-2026-01"], as: Staff.kadis.uid).json([AuditLogRow].self)
            #expect(log.filter { $0.kind != "document.generated" }.count == 5,
                    "started, three decisions and the sign-off are in the log: \(log.map(\.payload))")
            #expect(log.filter { $0.kind == "document.generated" }.count == 3, "each printed report is kept and recorded: \(log.map(\.kind))")
        }
    }
}
