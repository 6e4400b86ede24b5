import Foundation
import Testing

/// `audit verify` compares the archive with the audit log: a kept file changed or removed afterwards is named, with
/// its record and the step it documents; such a file is not handed out.
@Suite("Documents: the archive and audit verify")
struct ArchiveIntegrityTests {
    @Test("an evidence file changed and a document removed are named by audit verify; a changed file is not handed out")
    func tampering() async throws {
        try await withOffice(.mojokerto, mode: .local) { office in
            let id = try filedRequestID(try await office.succeed(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid))
            try await office.succeed(["approve", id, "--evidence", "disposisi-kadis=DISP/88/2026"], at: "08:20", as: Staff.kadis.uid)
            try await office.succeed(["approve", id, "--evidence", "biodata-operator=BIO/07/2026"], at: "08:30", as: Staff.kabid.uid)
            let signed = try office.write("pakta-dewi.pdf", minimalPDF)
            try await office.succeed(["approve", id, "--file", "pakta-integritas=\(signed)"], at: "08:38", as: Staff.kasi.uid)
            let letter = try await office.printDocument("daftar-usulan", ["--request", id])
            let clean = try await office.succeed(["audit", "verify"])
            #expect(clean.stdout.contains("archive intact: 2 files match their audit records"), "\(clean)")

            let hash = try #require(try await office.show(id).activeRecords.last?.evidence["pakta-integritas"]?.sha256)
            let kept = office.archive.appendingPathComponent("bukti/\(hash).pdf")
            try Data(minimalPDF.replacingOccurrences(of: "595 842", with: "612 792").utf8).write(to: kept)
            try FileManager.default.removeItem(at: office.archive.appendingPathComponent(letter.entry.file))

            let records = try await office.archiveRecords()
            let evidenceSeq = try #require(records.first { $0.value.kind == "evidence.stored" }?.key)
            let broken = try await office.run(["audit", "verify"], at: "16:00")
            #expect(broken.status == 1, "\(broken)")
            #expect(broken.stderr.contains("archive BROKEN: audit record #\(evidenceSeq) (evidence.stored"), "\(broken)")
            #expect(broken.stderr.contains("\(kept.path) was changed after it was kept"), "\(broken)")
            #expect(broken.stderr.contains("\(id) step kajian-kasi (pakta-integritas)"), "\(broken)")
            #expect(broken.stderr.contains("archive BROKEN: audit record #\(letter.entry.seq) (document.generated"), "\(broken)")
            #expect(broken.stderr.contains("\(letter.entry.file) is missing"), "\(broken)")
            let json = try await office.run(["audit", "verify", "--json"], at: "16:00")
            #expect(json.status == 1)
            #expect(try json.json(AuditVerifyJSON.self).intact == false)

            let refused = try await office.run(["document", "get", "--sha256", hash, "--output", "-"], at: "16:00")
            #expect(refused.status == 1, "\(refused)")
            #expect(refused.stderr.contains("was changed after it was kept"), "\(refused)")
            #expect(refused.stdout.isEmpty)
        }
    }

    @Test("a broken template or letterhead is refused with the file, the line and what to fix")
    func brokenTemplates() async throws {
        try await withOffice(.sukamara, mode: .local) { office in
            let list = try office.write("usulan.csv", Candidates.sukamaraCSV)
            let id = try filedRequestID(try await office.succeed(["request", "new", "--candidates", list, "--confirm", Candidates.rinaConfirmation], at: "08:00", as: Staff.kasi.uid))
            let templates = office.home.appendingPathComponent("templates")
            let proposal = templates.appendingPathComponent("daftar-usulan.mustache")
            let original = try String(contentsOf: proposal, encoding: .utf8)

            try original.replacingOccurrences(of: "{{/calon}}", with: "{{/orang}}").write(to: proposal, atomically: true, encoding: .utf8)
            let unclosed = try await office.expectRefused(
                ["document", "make", "daftar-usulan", "--request", id], at: "09:00", as: Staff.kasi.uid, status: 2,
                naming: [proposal.path, "is not valid at line", "closed with another name"])
            let line = try #require(original.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("{{/calon}}") })
            #expect(unclosed.stderr.contains("line \(line + 1)"), "\(unclosed)")

            try original.replacingOccurrences(of: "{{> _ttd}}", with: "{{> _tandatangan}}").write(to: proposal, atomically: true, encoding: .utf8)
            try await office.expectRefused(
                ["document", "make", "daftar-usulan", "--request", id], at: "09:00", as: Staff.kasi.uid, status: 2,
                naming: [proposal.path, "uses the partial '_tandatangan'", "no _tandatangan.mustache"])
            try original.write(to: proposal, atomically: true, encoding: .utf8)

            let kantor = templates.appendingPathComponent("kantor.yaml")
            let letterhead = try String(contentsOf: kantor, encoding: .utf8)
            try letterhead.replacingOccurrences(of: "kota: Sukamara", with: "kota: [Sukamara").write(to: kantor, atomically: true, encoding: .utf8)
            try await office.expectRefused(
                ["document", "make", "daftar-usulan", "--request", id], at: "09:00", as: Staff.kasi.uid, status: 2,
                naming: [kantor.path, "is not valid YAML at line"])
            try letterhead.replacingOccurrences(of: "kota: Sukamara\n", with: "").write(to: kantor, atomically: true, encoding: .utf8)
            try await office.expectRefused(
                ["document", "make", "daftar-usulan", "--request", id], at: "09:00", as: Staff.kasi.uid, status: 2,
                naming: [kantor.path, "has no kota"])

            // Fixed by the office, without a restart or any code: the next document uses the edit.
            try letterhead.replacingOccurrences(of: "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL\n", with: "DINAS DUKCAPIL SUKAMARA\n")
                .write(to: kantor, atomically: true, encoding: .utf8)
            let edited = try await office.printDocument("daftar-usulan", ["--request", id], at: "09:00")
            #expect(edited.text.contains("DINAS DUKCAPIL SUKAMARA"))

            try await office.expectRefused(
                ["document", "make", "surat-cinta", "--request", id], at: "09:00", as: Staff.kasi.uid, status: 2,
                naming: ["there is no document 'surat-cinta'", "sk-kadis"])
            try await office.expectRefused(
                ["document", "make", "sk-kadis", "--request", id], at: "09:00", as: Staff.kasi.uid,
                naming: ["\(id) has no SK to print", "decree issue --request \(id)"])
            try await office.expectRefused(
                ["document", "make", "bast", "--request", id], at: "09:00", as: Staff.kasi.uid,
                naming: ["no handover is recorded yet for \(id)"])
        }
    }
}
