import Foundation
import Testing

/// Evidence files: the type by content, never by name; the size limit; a hash without its file refused.
@Suite("Documents: evidence files")
struct EvidenceFileTests {
    /// A Mojokerto request at the Kasi's step (pakta integritas).
    private func atKasi(_ office: Office) async throws -> String {
        let id = try filedRequestID(try await office.succeed(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid))
        try await office.succeed(["approve", id, "--evidence", "disposisi-kadis=DISP/88/2026"], at: "08:20", as: Staff.kadis.uid)
        try await office.succeed(
            ["approve", id, "--evidence", "biodata-operator=BIO/07/2026"], at: "08:30", as: Staff.kabid.uid)
        return id
    }

    @Test("a PNG named .pdf is kept as a PNG; a text file named .pdf and an oversized scan are refused, nothing recorded")
    func typeAndSize() async throws {
        // 3 KiB: the tiny PNG passes, a 4 KiB one does not.
        try await withOffice(.mojokerto, mode: .server, configure: {
            $0.replacingOccurrences(of: "\ndocuments:\n", with: "\ndocuments:\n  evidenceMaxMiB: 0.003\n")
        }) { office in
            let id = try await atKasi(office)
            let text = try office.write("pakta.pdf", "PAKTA INTEGRITAS\nSaya, Dewi Anggraini, berjanji menjaga kerahasiaan data.\n")
            try await office.expectRefused(
                ["approve", id, "--file", "pakta-integritas=\(text)"], at: "08:35", as: Staff.kasi.uid, status: 2,
                naming: ["pakta.pdf is not a PDF, JPEG or PNG file by its content", "plain text"])
            var big = tinyPNG
            big.append(Data(repeating: 0, count: 4096))
            let bigPath = office.home.appendingPathComponent("pakta-besar.png").path
            try big.write(to: URL(fileURLWithPath: bigPath))
            try await office.expectRefused(
                ["approve", id, "--file", "pakta-integritas=\(bigPath)"], at: "08:35", as: Staff.kasi.uid, status: 2,
                naming: ["pakta-besar.png is 4.1 KiB", "up to 3.1 KiB", "documents.evidenceMaxMiB"])
            let cut = try office.write("potong.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")
            try await office.expectRefused(
                ["approve", id, "--file", "pakta-integritas=\(cut)"], at: "08:35", as: Staff.kasi.uid, status: 2,
                naming: ["a PDF cut short"])

            let renamed = office.home.appendingPathComponent("pakta-scan.pdf").path
            try tinyPNG.write(to: URL(fileURLWithPath: renamed))
            let approved = try await office.succeed(
                ["approve", id, "--file", "pakta-integritas=\(renamed)"], at: "08:38", as: Staff.kasi.uid)
            #expect(approved.stderr.contains("is a PNG image by its content, not a PDF"), "\(approved)")
            let evidence = try #require(try await office.show(id).activeRecords.last?.evidence["pakta-integritas"])
            #expect(evidence.fileName == "pakta-scan.png")
            #expect(FileManager.default.fileExists(atPath: office.archive.appendingPathComponent("bukti/\(evidence.sha256 ?? "").png").path))
        }
    }

    @Test("a step refused with --file keeps no file and records no scan; checkOnly records nothing")
    func refusedStepKeepsNoFile() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let id = try await atKasi(office)
            let scan = office.home.appendingPathComponent("pakta-kabid.png").path
            var content = tinyPNG
            content.append(Data("kabid".utf8))
            try content.write(to: URL(fileURLWithPath: scan))
            let before = try await office.succeed(["audit", "log", "--json", "--limit", "1000"], at: "08:34").json([AuditLogRow].self)
            // The Kasi's step, done by the Kabid: refused before the scan is sent.
            try await office.expectRefused(
                ["approve", id, "--file", "pakta-integritas=\(scan)"], at: "08:35", as: Staff.kabid.uid, status: 1, naming: [])
            let after = try await office.succeed(["audit", "log", "--json", "--limit", "1000"], at: "08:36").json([AuditLogRow].self)
            #expect(after.count == before.count, "nothing recorded: \(after.suffix(2))")
            #expect(!after.contains { $0.kind == "evidence.stored" }, "no scan kept for a refused step")
            let kept = (try? FileManager.default.contentsOfDirectory(atPath: office.archive.appendingPathComponent("bukti").path)) ?? []
            #expect(kept.isEmpty, "\(kept)")
            // The Kasi, with the same file: accepted, and the scan is kept.
            try await office.succeed(["approve", id, "--file", "pakta-integritas=\(scan)"], at: "08:38", as: Staff.kasi.uid)
            let evidence = try #require(try await office.show(id).activeRecords.last?.evidence["pakta-integritas"])
            #expect(FileManager.default.fileExists(atPath: office.archive.appendingPathComponent("bukti/\(evidence.sha256 ?? "").png").path))
        }
    }

    @Test("a filing refused with --file (a malformed NIP) keeps no file; fixed, it keeps the scan")
    func refusedFilingKeepsNoFile() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let scan = office.home.appendingPathComponent("surat.png").path
            try tinyPNG.write(to: URL(fileURLWithPath: scan))
            var arguments = Candidates.dewiRequest(letter: nil)
            let nip = try #require(arguments.firstIndex(of: "--nip"))
            let good = arguments[nip + 1]
            arguments[nip + 1] = "1234"
            try await office.expectRefused(
                arguments + ["--file", "surat-permohonan=\(scan)"], at: "08:00", as: Staff.kasi.uid, status: 2, naming: ["1234"])
            let kept = (try? FileManager.default.contentsOfDirectory(atPath: office.archive.appendingPathComponent("bukti").path)) ?? []
            #expect(kept.isEmpty, "\(kept)")
            arguments[nip + 1] = good
            let filed = try await office.succeed(arguments + ["--file", "surat-permohonan=\(scan)"], at: "08:01", as: Staff.kasi.uid)
            let id = try filedRequestID(filed)
            #expect(try await office.show(id).activeRecords.first?.evidence["surat-permohonan"]?.sha256 != nil)
        }
    }

    @Test("a step with a SHA-256 whose file the office does not keep is refused (through the API)")
    func hashWithoutFile() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let id = try await atKasi(office)
            let api = APIClient(base: try #require(office.serverURL))
            let token = APIClient.token(try await api.login(Staff.kasi.uid))
            let reply = try await api.send(
                .POST, "/api/v1/requests/\(id)/approve", headers: [("Authorization", "Bearer \(token)"), ("Accept-Language", "en")],
                json: ["note": "", "evidence": [["document": "pakta-integritas", "sha256": String(repeating: "ab", count: 32), "fileName": "pakta.pdf"]]])
            #expect(reply.status == 400, "\(reply)")
            #expect(reply.errorMessage?.contains("is not kept in the office's archive") == true, "\(reply)")

            // Sent through the API as JSON (base64), then used with the step.
            let stored = try await api.send(
                .POST, "/api/v1/evidence", headers: [("Authorization", "Bearer \(token)")],
                json: ["document": "pakta-integritas", "request": id, "fileName": "pakta.pdf", "content": Data(minimalPDF.utf8).base64EncodedString()])
            #expect(stored.status == 200, "\(stored)")
            let evidence = try #require(stored.json["evidence"] as? [String: Any])
            let done = try await api.send(
                .POST, "/api/v1/requests/\(id)/approve", headers: [("Authorization", "Bearer \(token)"), ("Accept-Language", "en")],
                json: ["note": "", "evidence": [evidence]])
            #expect(done.status == 200, "\(done)")
        }
    }
}
