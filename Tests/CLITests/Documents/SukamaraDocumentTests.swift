import Foundation
import Testing

/// Every document of the Sukamara SOP printed from the shipped templates for a real, completed proposal list, through
/// the office server: the SK with its attachment and signer, the proposal list, the disposition, the biodata forms and
/// pakta integritas, the BAST; each kept in the archive with its SHA-256 in the audit log.
@Suite("Documents: Sukamara")
struct SukamaraDocumentTests {
    static let number = "000.8.3.3/241/Dukcapil/2026"
    static let names = ["Budi Santoso, S.Kom", "Siti Rahmawati, A.Md.", "Rina Lestari"]

    @Test("the SK Kadis: number, Menimbang/Mengingat/Memutuskan with KESATU…, every name and role in the attachment, the signer's name and NIP")
    func decree() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let (id, passwords) = try await office.completeSukamara()
            try await office.expectRefused(
                ["document", "make", "sk-kadis", "--decree", Self.number], at: "16:00", as: Staff.kasi.uid, naming: ["sk-kadis", "sekretaris"])
            let sk = try await office.printDocument("sk-kadis", ["--decree", Self.number], as: Staff.sekretaris.uid)
            let html = sk.text
            for phrase in [
                Self.number, "KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN SUKAMARA", "Menimbang", "Mengingat",
                "MEMUTUSKAN", "KESATU", "KEDUA", "KETIGA", "KEEMPAT", "LAMPIRAN", "PENGELOLAAN APLIKASI SIAK",
                "ZAINUDDIN, S.Sos", "NIP. 19650218 198705 1 003", "Ditetapkan di", "Sukamara", "23 November 2026",
                "PEMERINTAH KABUPATEN SUKAMARA", "@page { size: A4", "Operator aplikasi SIAK", "Verifikator aplikasi SIAK",
                "Undang-Undang Nomor 23 Tahun 2006",
            ] {
                #expect(html.contains(phrase), "the SK lacks '\(phrase)'")
            }
            for name in Self.names { #expect(html.contains(name), "the SK's attachment lacks \(name)") }
            #expect(!html.contains("KELIMA"), "an SK that replaces none has no diktum about it: four diktum")
            #expect(!html.contains("dicabut dan dinyatakan tidak berlaku"))
            #expect(!html.contains("{{"), "every tag was rendered")
            #expect(sk.entry.number == Self.number)
            #expect(sk.entry.subject == Self.number)
            #expect(sk.entry.kind == "sk-kadis")
            #expect(sk.entry.contentType.hasPrefix("text/html"))
            try await office.expectArchived(sk)

            // The same SK by its request.
            let byRequest = try await office.printDocument("sk-kadis", ["--request", id])
            #expect(byRequest.text.contains(Self.number))

            for password in passwords { #expect(!html.contains(password)) }
        }
    }

    @Test("the proposal list, disposition, biodata, pakta integritas and BAST of a completed list; never a password")
    func requestDocuments() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let (id, passwords) = try await office.completeSukamara()

            let proposal = try await office.printDocument("daftar-usulan", ["--request", id])
            for phrase in ["DAFTAR USULAN PETUGAS PENGELOLA APLIKASI SIAK", "000.8.3.3/001/Dukcapil/2026", id, "Kasi SIAK",
                           "NIP 19900115 201503 1 002", "NIK \(Candidates.rinaNIK)", "Kecamatan Sukamara", "Paraf", "Disetujui",
                           "Kabid Pengelolaan Informasi Administrasi Kependudukan", "Sekretaris"] {
                #expect(proposal.text.contains(phrase), "the proposal list lacks '\(phrase)'")
            }
            for name in Self.names { #expect(proposal.text.contains(name)) }
            try await office.expectArchived(proposal)

            let disposition = try await office.printDocument("disposisi", ["--request", id])
            for phrase in ["LEMBAR DISPOSISI", "disetujui, segera buatkan SK", "Kepala Dinas", "Paraf", "Disetujui", "08.20 WIB"] {
                #expect(disposition.text.contains(phrase), "the disposition lacks '\(phrase)'")
            }

            let biodata = try await office.printDocument("biodata", ["--request", id])
            #expect(biodata.text.components(separatedBy: "FORMULIR ISIAN BIODATA OPERATOR SIAK").count == 4, "a page per candidate")
            for phrase in ["budi.santoso", "siti.rahmawati", "rina.lestari", "Perempuan", "Laki-laki", "15 Januari 1990"] {
                #expect(biodata.text.contains(phrase), "the biodata lacks '\(phrase)'")
            }
            let one = try await office.printDocument("biodata", ["--request", id, "--person", "siti.rahmawati"])
            #expect(one.text.contains("Siti Rahmawati") && !one.text.contains("Budi Santoso"))

            let pact = try await office.printDocument("pakta-integritas", ["--request", id])
            #expect(pact.text.components(separatedBy: ">PAKTA INTEGRITAS<").count == 4, "a page per candidate")
            #expect(pact.text.contains("Meterai") && pact.text.contains("Pasal 95A"))
            for name in Self.names { #expect(pact.text.contains(name)) }

            let bast = try await office.printDocument("bast", ["--request", id])
            for phrase in ["BERITA ACARA SERAH TERIMA HAK AKSES SIAK", "Senin", "dua puluh tiga", "November", "dua ribu dua puluh enam",
                           "budi.santoso", "siti.rahmawati", "rina.lestari", "Yang menyerahkan", "Kata sandi awal", Self.number] {
                #expect(bast.text.contains(phrase), "the BAST lacks '\(phrase)'")
            }
            for name in Self.names { #expect(bast.text.contains(name)) }
            try await office.expectArchived(bast)

            // Printed again: a new file, the same number.
            let again = try await office.printDocument("bast", ["--request", id], at: "16:30")
            #expect(again.entry.number == bast.entry.number)
            #expect(again.entry.file != bast.entry.file)

            // No password in any document, nor anywhere in the archive.
            for document in [proposal, disposition, biodata, pact, bast] {
                for password in passwords { #expect(!document.text.contains(password)) }
            }
            let files = FileManager.default.enumerator(atPath: office.archive.path)?.allObjects as? [String] ?? []
            #expect(files.count >= 7)
            for file in files {
                let text = String(decoding: FileManager.default.contents(atPath: office.archive.appendingPathComponent(file).path) ?? Data(), as: UTF8.self)
                for password in passwords { #expect(!text.contains(password), "\(file) holds a password") }
            }

            // The request's archive lists its documents, its SK's, and the scan the Kadis signed it with; each can be
            // fetched and is what was printed or sent.
            let listed = try await office.succeed(["document", "list", id, "--json"]).json([ArchiveEntryJSON].self)
            #expect(Set(listed.map(\.kind)) == ["daftar-usulan", "disposisi", "biodata", "pakta-integritas", "bast", "sk-bertanda-tangan"])
            let fetched = office.home.appendingPathComponent("ambil.html").path
            try await office.succeed(["document", "get", bast.entry.file, "--output", fetched])
            #expect(FileManager.default.contents(atPath: fetched) == bast.data)
            let verified = try await office.succeed(["audit", "verify"])
            #expect(verified.stdout.contains("archive intact: "), "\(verified)")
        }
    }

    @Test("the SK as PDF from headless Chromium: A4, the SK's number and every name in its text; a script in a template does not run")
    func decreePDF() async throws {
        guard chromiumInstalled else {
            Issue.record("Chromium is not installed (scripts/ensure-deps installs it with apt-get install chromium); the PDF was not checked")
            return
        }
        try await withOffice(.sukamara, mode: .server) { office in
            _ = try await office.completeSukamara()
            // A template (or a value in it) carrying a script: Chromium prints with scripts off.
            let page = office.home.appendingPathComponent("templates/_halaman.mustache")
            let template = try String(contentsOf: page, encoding: .utf8)
            try template.replacingOccurrences(
                of: "<body>", with: "<body><p id=\"skrip\">SKRIP-DIAM</p><script>document.getElementById('skrip').textContent = 'SKRIP-BERJALAN'</script>"
            ).write(to: page, atomically: true, encoding: .utf8)
            let pdf = try await office.printDocument("sk-kadis", ["--decree", Self.number], as: Staff.sekretaris.uid, pdf: true)
            #expect(pdf.data.starts(with: Array("%PDF-".utf8)))
            #expect(pdf.entry.contentType == "application/pdf")
            #expect(pdf.entry.file.hasSuffix(".pdf"))
            try await office.expectArchived(pdf)
            let info = try await CLIRunner.run(
                executable: URL(fileURLWithPath: "/usr/bin/pdfinfo"), [pdf.path], in: office.home, environment: ["LANG": "C.UTF-8"])
            try #require(info.status == 0, "\(info)")
            let pages = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
            #expect((pages ?? 0) >= 2, "the SK and its attachment: \(info.stdout)")
            #expect(info.stdout.contains("(A4)"), "\(info.stdout)")
            let text = try await CLIRunner.run(
                executable: URL(fileURLWithPath: "/usr/bin/pdftotext"), [pdf.path, "-"], in: office.home,
                environment: ["LANG": "C.UTF-8"])
            try #require(text.status == 0, "\(text)")
            let flat = text.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains(Self.number), "\(flat)")
            for name in Self.names { #expect(flat.contains(name), "the PDF's text lacks \(name)") }
            #expect(flat.contains("19650218 198705 1 003"))
            #expect(flat.contains("SKRIP-DIAM") && !flat.contains("SKRIP-BERJALAN"), "the template's script ran in the printing Chromium")
        }
    }
}
