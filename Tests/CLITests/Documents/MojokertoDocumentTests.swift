import Foundation
import Testing

/// The Mojokerto SOP's documents for one applicant, with scans kept as evidence: the biodata form printed, "filled
/// in" and sent back as a PNG, the pakta integritas printed and sent back as a PDF; the letter, disposition and BAST.
@Suite("Documents: Mojokerto")
struct MojokertoDocumentTests {
    @Test("the answer letter (step 4 \"memberikan jawaban\"): refused before the Kasi answers; granted with how the password is handed over; refused with the reason")
    func answerLetter() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let id = try filedRequestID(try await office.succeed(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid))
            try await office.succeed(["approve", id, "--evidence", "disposisi-kadis=DISP/88/2026"], at: "08:20", as: Staff.kadis.uid)
            try await office.expectRefused(
                ["document", "make", "surat-jawaban", "--request", id], at: "08:21", as: Staff.kasi.uid, naming: [id, "Mengkaji dan memberikan jawaban"])
            try await office.succeed(
                ["approve", id, "--step", "disposisi-kabid", "--evidence", "biodata-operator=BIO/07/2026"], at: "08:30", as: Staff.kabid.uid)
            try await office.succeed(["approve", id, "--evidence", "pakta-integritas=PI/12/2026"], at: "08:38", as: Staff.kasi.uid)
            let granted = try await office.printDocument("surat-jawaban", ["--request", id], at: "08:40")
            for phrase in ["DISETUJUI", "Dewi Anggraini, S.Kom", "470/123/417.302/2026", "470/001/SJ/417.302/2026", "wajib diganti"] {
                #expect(granted.text.contains(phrase), "the answer lacks '\(phrase)'")
            }
            #expect(!granted.text.contains("TIDAK DAPAT DIPENUHI"))
            // Another Kasi, who has no part in this request, may not print its answer (nor read the applicant's data in it).
            try await office.expectRefused(
                ["document", "make", "surat-jawaban", "--request", id], at: "08:41", as: Staff.kasiLain.uid, naming: ["surat-jawaban"])

            let other = try filedRequestID(try await office.succeed(
                Candidates.dewiRequest(letter: "470/130/417.302/2026").map { $0 == Candidates.dewiNIP ? "19950505 202001 2 007" : $0 },
                at: "09:00", as: Staff.kasi.uid))
            try await office.succeed(["reject", other, "--reason", "pemohon bukan pegawai kelurahan"], at: "09:10", as: Staff.kadis.uid)
            let refused = try await office.printDocument("surat-jawaban", ["--request", other], at: "09:15")
            #expect(refused.text.contains("TIDAK DAPAT DIPENUHI") && refused.text.contains("pemohon bukan pegawai kelurahan"))
            #expect(!refused.text.contains("DISETUJUI"))
        }
    }

    @Test("a request's documents and kept scans; no SK in an SOP without one")
    func requestDocuments() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let id = try filedRequestID(try await office.succeed(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid))
            try await office.succeed(
                ["approve", id, "--evidence", "disposisi-kadis=DISP/88/2026", "--note", "Kabid PIAK: proses sesuai SOP"], at: "08:20",
                as: Staff.kadis.uid)

            // The Kabid prints the biodata form; the applicant fills it in; its scan (a PNG) goes with his step.
            let form = try await office.printDocument("biodata", ["--request", id], at: "08:25", as: Staff.kabid.uid)
            for phrase in ["Dewi Anggraini, S.Kom", "19950505 202001 2 003", "5 Mei 1995", "Perempuan", "Kecamatan Prajurit Kulon"] {
                #expect(form.text.contains(phrase), "the biodata form lacks '\(phrase)'")
            }
            let scan = office.home.appendingPathComponent("biodata-dewi.png").path
            try tinyPNG.write(to: URL(fileURLWithPath: scan))
            try await office.succeed(["approve", id, "--file", "biodata-operator=\(scan)"], at: "08:30", as: Staff.kabid.uid)

            // The Kasi prints the pakta integritas, Dewi signs it, its scan (a PDF) goes with the Kasi's step.
            let pact = try await office.printDocument("pakta-integritas", ["--request", id], at: "08:35")
            #expect(pact.text.contains("Dewi Anggraini, S.Kom") && pact.text.contains("Operator aplikasi SIAK"))
            #expect(pact.text.contains("Mojokerto") && !pact.text.contains("Sukamara"))
            let signed = try office.write("pakta-dewi.pdf", minimalPDF)
            try await office.succeed(
                ["approve", id, "--evidence", "pakta-integritas=PI/12/2026", "--file", "pakta-integritas=\(signed)"], at: "08:38",
                as: Staff.kasi.uid)
            try await office.succeed(["approve", id], at: "08:45", as: Staff.adb.uid)
            try await office.succeed(["handover", Candidates.dewiNIP, "--received-by", "Dewi Anggraini"], at: "08:50", as: Staff.kasi.uid)

            // The scans are kept with their hashes, as the step records them.
            let request = try await office.show(id)
            let records = Dictionary(request.activeRecords.map { ($0.step, $0) }, uniquingKeysWith: { first, _ in first })
            let biodata = try #require(records["disposisi-kabid"]?.evidence["biodata-operator"])
            #expect(biodata.sha256 == (try await sha256(of: scan, in: office.home)))
            #expect(biodata.fileName == "biodata-dewi.png")
            let pakta = try #require(records["kajian-kasi"]?.evidence["pakta-integritas"])
            #expect(pakta.reference == "PI/12/2026")
            #expect(pakta.sha256 == (try await sha256(of: signed, in: office.home)))
            let kept = office.archive.appendingPathComponent("bukti/\(pakta.sha256 ?? "").pdf").path
            #expect(try await sha256(of: kept, in: office.home) == pakta.sha256)

            let letter = try await office.printDocument("daftar-usulan", ["--request", id])
            #expect(letter.text.contains("470/001/417.302/2026") && letter.text.contains("470/123/417.302/2026"))
            #expect(letter.text.contains("PEMERINTAH KOTA MOJOKERTO") && letter.text.contains("Kecamatan Prajurit Kulon"))

            let disposition = try await office.printDocument("disposisi", ["--request", id])
            for phrase in ["Kabid PIAK: proses sesuai SOP", "Kepala Dinas", "Kabid", "NIP. 19650218 198705 1 003", "470/123/417.302/2026"] {
                #expect(disposition.text.contains(phrase), "the disposition lacks '\(phrase)'")
            }

            // A document for a person, outside a request, names people beyond one request: for the identity readers.
            try await office.expectRefused(
                ["document", "make", "bast", "--person", "dewi.anggraini"], at: "16:00", as: Staff.kasi.uid, naming: ["bast", "adb"])
            let bast = try await office.printDocument("bast", ["--person", "dewi.anggraini"], as: Staff.adb.uid)
            #expect(bast.text.contains("dewi.anggraini") && bast.text.contains("Dewi Anggraini"))
            #expect(bast.entry.subject == id)
            try await office.expectArchived(bast)

            try await office.expectRefused(
                ["document", "make", "sk-kadis", "--request", id], at: "16:00", as: Staff.kasi.uid,
                naming: ["has no SK to print", "grants access by completed requests"])

            // The request's archive: its printed documents and both scans.
            let listed = try await office.succeed(["document", "list", id, "--json"]).json([ArchiveEntryJSON].self)
            #expect(listed.filter { $0.category == "evidence" }.map(\.kind).sorted() == ["biodata-operator", "pakta-integritas"])
            #expect(listed.filter { $0.category == "document" }.count == 5)
            let fetched = office.home.appendingPathComponent("ambil.pdf").path
            try await office.succeed(["document", "get", "--sha256", pakta.sha256 ?? "", "--output", fetched])
            #expect(FileManager.default.contents(atPath: fetched) == Data(minimalPDF.utf8))
        }
    }
}
