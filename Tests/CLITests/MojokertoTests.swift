import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

/// The Mojokerto SOP (letter → Kadis → Kabid with biodata → Kasi with pakta integritas → ADB → applicant receives)
/// through the real binary.
@Suite("CLI: Mojokerto SOP")
struct MojokertoTests {
    /// Takes a filed request through the Kadis and the Kabid, with their documents.
    private func throughKabid(_ office: Office, _ id: String) async throws {
        try await office.succeed(["approve", id, "--evidence", "disposisi-kadis=DISP/88/2026"], at: "08:20", as: Staff.kadis.uid)
        try await office.succeed(
            ["approve", id, "--step", "disposisi-kabid", "--evidence", "biodata-operator=BIO/07/2026"], at: "08:30", as: Staff.kabid.uid)
    }

    @Test("hakakses sop prints the SOP as approved: its header (dates, approval, equipment, records) and its steps")
    func sopAsApproved() async throws {
        try await withOffice(.mojokerto, mode: .local) { office in
            let printed = try await office.succeed(["sop"])
            for phrase in ["SOP/PIPD/PIAK/04", "Tanggal pembuatan: 2019-04-01", "Tanggal efektif: 2019-06-01",
                           "Disahkan oleh: Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Mojokerto, Drs. MUHAMMAD IMRON, NIP. 19650709 198603 1 020",
                           "5. Buku Agenda", "1. Disimpan sebagai data fisik", "Pemohon mendapatkan username dan password"] {
                #expect(printed.stdout.contains(phrase), "'\(phrase)' missing: \(printed.stdout)")
            }
            struct Header: Decodable {
                let effective: String
                let created: String?
                let legalBasis: [String]
                let equipment: [String]
            }
            let json = try await office.succeed(["sop", "--json"]).json(Header.self)
            #expect(json.effective == "2019-06-01" && json.created == "2019-04-01" && json.legalBasis.count == 6 && json.equipment.count == 5)
        }
    }

    @Test("the whole SOP: letter, Kadis, Kabid with biodata, Kasi with pakta integritas file, ADB, handover", arguments: [OfficeMode.server, .local])
    func wholeProcedure(mode: OfficeMode) async throws {
        try await withOffice(.mojokerto, mode: mode) { office in
            let filed = try await office.succeed(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid)
            let id = try filedRequestID(filed)
            #expect(filed.stdout.contains("with 1 candidate"), "\(filed)")

            try await throughKabid(office, id)
            // The signed pakta integritas, scanned to PDF: the office keeps the file (its type is checked by content).
            let paktaPath = try office.write("pakta-dewi.pdf", minimalPDF)
            let expectedHash = try await sha256(of: paktaPath, in: office.home)
            try await office.succeed(
                ["approve", id, "--evidence", "pakta-integritas=PI/12/2026", "--file", "pakta-integritas=\(paktaPath)", "--note", "layak"],
                at: "08:38", as: Staff.kasi.uid)
            let provisioned = try await office.succeed(["approve", id], at: "08:45", as: Staff.adb.uid)
            #expect(provisioned.stdout.contains("next penerimaan-akun"), "\(provisioned)")

            // A Mojokerto operator holds access by the completed provision step, not by an SK.
            let roster = try await office.succeed(["roster", "show", "--json"], at: "08:46").json(RosterJSON.self)
            #expect(roster.entries.map(\.person) == ["nip:199505052020012003"])
            #expect(roster.entries.first?.basis == ["request \(id)"])
            #expect(roster.entries.first?.roles == ["operator"])

            // The ADB who created the account does not also record its receipt; the Kasi does.
            let handed = try await office.succeed(
                ["handover", Candidates.dewiNIP, "--received-by", "Dewi Anggraini", "--json"], at: "08:50", as: Staff.kasi.uid)
            let delivery = try handed.leadingJSON([String: String].self)
            #expect(delivery["username"] == "dewi.anggraini")
            #expect(delivery["password"]?.count == 19, "a 16-character password in groups of four")
            #expect(handed.stdout.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("}"), "--json prints only JSON: \(handed)")

            let request = try await office.show(id)
            #expect(request.status == "completed")
            #expect(request.kind == "single")
            #expect(request.applicant == "Dewi Anggraini, S.Kom")
            #expect(request.activeRecords.map(\.step) == [
                "pengajuan-tertulis", "disposisi-kadis", "disposisi-kabid", "kajian-kasi", "pembuatan-akun", "penerimaan-akun",
            ])
            #expect(request.activeRecords.map(\.actor) == ["kasi", "kadis", "kabid", "kasi", "adb2", "kasi"])
            let records = Dictionary(request.activeRecords.map { ($0.step, $0) }, uniquingKeysWith: { first, _ in first })
            #expect(records["pengajuan-tertulis"]?.evidence["surat-permohonan"]?.reference == "470/123/417.302/2026")
            #expect(records["disposisi-kadis"]?.evidence["disposisi-kadis"]?.reference == "DISP/88/2026")
            #expect(records["disposisi-kabid"]?.evidence["biodata-operator"]?.reference == "BIO/07/2026")
            let paktaEvidence = try #require(records["kajian-kasi"]?.evidence["pakta-integritas"])
            #expect(paktaEvidence.reference == "PI/12/2026")
            #expect(paktaEvidence.sha256 == expectedHash)
            #expect(paktaEvidence.fileName == "pakta-dewi.pdf")

            let roster2 = try await office.succeed(["roster", "show", "--json"], at: "09:00").json(RosterJSON.self)
            #expect(roster2.entries.first?.username == "dewi.anggraini")
            let admin = try await office.directory.adminConnection()
            let dn = office.directory.baseDN.child("ou", "operators").child("uid", "dewi.anggraini")
            let entry = try #require(try await admin.read(dn, attributes: ["memberOf", "pwdReset"]), "\(dn) is missing")
            #expect(entry.strings("memberOf").compactMap { try? DN(parsing: $0) } == [office.directory.siakGroup("operator")])
            #expect(entry.string("pwdReset") == "TRUE")
            await admin.close()
        }
    }

    @Test("refused with status 1, a one-line reason and no change: wrong role, self-approval, out of order, unknown id")
    func refusals() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            // Sri, a Kasi herself, applies for operator access; her colleague files the letter.
            let filed = try await office.succeed(
                [
                    "request", "new", "--name", "Sri Wahyuni, S.E.", "--nip", Staff.kasiLain.nip ?? "", "--role", "operator",
                    "--unit", "Bidang PIAK", "--evidence", "surat-permohonan=470/130/417.302/2026",
                ],
                at: "08:00", as: Staff.kasi.uid)
            let id = try filedRequestID(filed)

            try await office.expectRefused(
                ["approve", id, "--evidence", "disposisi-kadis=DISP/90/2026"], at: "08:10", as: Staff.kasi.uid,
                naming: ["kasi", "does not hold the role", "disposisi-kadis"])
            try await office.expectRefused(
                ["approve", id, "--step", "kajian-kasi", "--evidence", "pakta-integritas=PI/13/2026"], at: "08:10", as: Staff.kasiLain.uid,
                naming: ["is at step disposisi-kadis", "not kajian-kasi"])
            try await office.expectRefused(
                ["approve", "REQ-2026-0077"], at: "08:10", as: Staff.kadis.uid, naming: ["no request REQ-2026-0077"])

            try await throughKabid(office, id)
            // At the Kasi's step, Sri may not review her own application…
            try await office.expectRefused(
                ["approve", id, "--evidence", "pakta-integritas=PI/13/2026"], at: "08:35", as: Staff.kasiLain.uid,
                naming: ["kasi.lain", "is the applicant or a candidate", id])
            // …nor reject it.
            try await office.expectRefused(
                ["reject", id, "--reason", "tidak perlu"], at: "08:35", as: Staff.kasiLain.uid, naming: ["kasi.lain", "is the applicant or a candidate"])
            // The other Kasi may.
            try await office.succeed(["approve", id, "--evidence", "pakta-integritas=PI/13/2026"], at: "08:36", as: Staff.kasi.uid)
            // The ADB step cannot be skipped to the handover.
            try await office.expectRefused(
                ["approve", id, "--step", "penerimaan-akun"], at: "08:40", as: Staff.kadis.uid, naming: ["is at step pembuatan-akun", "not penerimaan-akun"])
            #expect(try await office.show(id).currentStep == "pembuatan-akun")
        }
    }

    @Test("steps 5–6 as written: the ADB who made the account hands it over and the request completes")
    func creatorHandsOver() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let id = try filedRequestID(try await office.succeed(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid))
            try await throughKabid(office, id)
            try await office.succeed(["approve", id, "--evidence", "pakta-integritas=PI/12/2026"], at: "08:38", as: Staff.kasi.uid)
            try await office.succeed(["approve", id], at: "08:45", as: Staff.adb.uid)
            try await office.succeed(["sync"], at: "08:46")
            let handed = try await office.succeed(
                ["handover", Candidates.dewiNIP, "--received-by", "Dewi Anggraini", "--json"], at: "08:50", as: Staff.adb.uid)
            #expect(handed.stdout.contains("password"), "\(handed)")
            #expect(try await office.show(id).status == "completed")
        }
    }
}
