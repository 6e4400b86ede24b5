import Foundation
import Testing

/// Issue 20, item 8, through the office server: the Kadis appoints a Plh. by letter; the Plh. approves and signs in
/// his place for the days given, printed as "Plh. KEPALA DINAS" with his own name; a Kasi may not appoint.
@Suite("CLI: an acting Kadis (Plh.)")
struct ActingOfficialTests {
    @Test("appointed by the Kadis, the Plh. approves and signs the SK; the SK prints Plh.; the next day he is refused")
    func plhKadis() async throws {
        try await withOffice(.sukamara, mode: .server, extraStaff: [Staff.kasiLain]) { office in
            let list = try office.write("usulan.csv", Candidates.sukamaraCSV)
            let id = try filedRequestID(try await office.succeed(["request", "new", "--candidates", list, "--confirm", Candidates.rinaConfirmation], at: "08:00", as: Staff.kasi.uid))
            try await office.initial(id)
            let appoint = ["acting", "assign", Staff.kasiLain.uid, "--role", "kadis", "--kind", "plh", "--from", "2026-11-23",
                           "--until", "2026-11-23", "--letter", "800.1.11.1/12/Dukcapil/2026"]
            try await office.expectRefused(appoint, at: "08:10", as: Staff.kasi.uid, naming: ["kasi"])
            let appointed = try await office.succeed(appoint, at: "08:10", as: Staff.kadis.uid)
            #expect(appointed.stdout.contains("Plh. Kepala Dinas"), "\(appointed)")
            let listed = try await office.succeed(["acting", "list", "--json"], at: "08:11", as: Staff.kasiLain.uid)
            #expect(listed.stdout.contains("\"current\" : true") || listed.stdout.contains("\"current\":true"), "\(listed)")

            try await office.succeed(["approve", id, "--note", "disetujui Plh."], at: "08:20", as: Staff.kasiLain.uid)
            try await office.succeed(Candidates.decreeArguments(request: id), at: "08:30", as: Staff.sekretaris.uid)
            let scan = try office.write("sk-ttd.pdf", minimalPDF)
            let signed = try await office.succeed(["decree", "sign", "--request", id, "--signed", "2026-11-23", "--scan", scan],
                                                  at: "08:40", as: Staff.kasiLain.uid)
            #expect(signed.stdout.contains("NIP \(Staff.kasiLain.nip ?? "")"), "signed with the Plh.'s own NIP: \(signed)")
            let sk = try await office.printDocument("sk-kadis", ["--request", id], at: "08:45", as: Staff.sekretaris.uid)
            #expect(sk.text.contains("Plh. KEPALA DINAS"), "the SK prints the Plh.")
            let shown = try await office.show(id, at: "08:46")
            #expect(shown.records.contains { $0.actor == Staff.kasiLain.uid }, "\(shown.records)")
            let show = try await office.succeed(["request", "show", id, "--json"], at: "08:46")
            #expect(show.stdout.contains("Plh. Kepala Dinas"), "the request's record names the Plh.")

            // The day after, the appointment has ended by itself.
            let second = try filedRequestID(try await office.succeed(["request", "new", "--candidates", list, "--confirm", Candidates.rinaConfirmation], at: "2026-11-24T08:00:00+07:00",
                                                                     as: Staff.kasi.uid))
            try await office.initial(second, at: ("2026-11-24T08:05:00+07:00", "2026-11-24T08:06:00+07:00"))
            try await office.expectRefused(["approve", second], at: "2026-11-24T08:20:00+07:00", as: Staff.kasiLain.uid,
                                           naming: ["kasi.lain"])
        }
    }
}
