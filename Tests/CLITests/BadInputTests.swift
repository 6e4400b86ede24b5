import Foundation
import TestSupport
import Testing

/// Bad input gets a message that names the problem, a non-zero exit status, and changes nothing.
@Suite("CLI: bad input")
struct BadInputTests {
    /// `request new` for one Sukamara candidate.
    private func single(nip: String? = nil, nik: String? = nil, role: String = "operator") -> [String] {
        ["request", "new", "--name", "Andi Pratama", "--role", role, "--unit", "Bidang PIAK"]
            + (nip.map { ["--nip", $0] } ?? []) + (nik.map { ["--nik", $0] } ?? [])
    }

    @Test("malformed NIP, malformed NIK, unknown role and a CSV with a bad line: named, non-zero exit, nothing filed")
    func identityAndSpreadsheetErrors() async throws {
        try await withOffice(.sukamara) { office in
            // A NIP whose birth date is 15th month, and one with 16 digits.
            try await office.expectRefused(
                single(nip: "19901315 201503 1 002"), as: Staff.kasi.uid, status: nil, naming: ["NIP", "19901315", "birth date"])
            try await office.expectRefused(
                single(nip: "1990011520150310"), as: Staff.kasi.uid, status: nil, naming: ["NIP", "16 digits", "18"])
            // A NIK with a month 13 in its birth date, and one with 12 digits.
            try await office.expectRefused(
                single(nik: "6208016013920001"), as: Staff.kasi.uid, status: nil, naming: ["NIK", "6208016013920001", "birth date"])
            try await office.expectRefused(
                single(nik: "620801600392"), as: Staff.kasi.uid, status: nil, naming: ["NIK", "12 digits", "16"])
            try await office.expectRefused(
                single(nip: Candidates.budiNIP, role: "superadmin"), as: Staff.kasi.uid, status: nil,
                naming: ["superadmin", "administrator", "operator", "verifikator"])

            // The spreadsheet's header is line 1; Siti's NIK on line 3 has 14 digits.
            let badNIK = try office.write("usulan-nik.csv", Candidates.badNIKLineCSV)
            let nikResult = try await office.expectRefused(
                ["request", "new", "--candidates", badNIK], as: Staff.kasi.uid, status: nil,
                naming: ["usulan-nik.csv", "nothing was filed", "line 3", "NIK", "14 digits"], oneLine: false)
            #expect(!nikResult.stderr.contains("line 2"), "only the bad line is named: \(nikResult)")
            let badRole = try office.write("usulan-peran.csv", Candidates.badRoleLineCSV)
            try await office.expectRefused(
                ["request", "new", "--candidates", badRole], as: Staff.kasi.uid, status: nil,
                naming: ["usulan-peran.csv", "line 4", "superuser"], oneLine: false)

            let list = try await office.succeed(["request", "list", "--json"]).json([RequestListRow].self)
            #expect(list.isEmpty, "nothing was filed")
            // The same people, written correctly, are accepted: the refusals were about the input.
            try await office.succeed(single(nip: "19900115 201503 1 002"), as: Staff.kasi.uid)
        }
    }

    @Test("a Mojokerto step whose input document is not on record is refused and names the document")
    func missingRequiredInput() async throws {
        try await withOffice(.mojokerto) { office in
            // The letter to the Kadis is the input of the very first step.
            try await office.expectRefused(
                Candidates.dewiRequest(letter: nil), as: Staff.kasi.uid, status: nil,
                naming: ["pengajuan-tertulis", "Surat Permohonan", "--evidence surat-permohonan="])
            let id = try filedRequestID(try await office.succeed(Candidates.dewiRequest(), as: Staff.kasi.uid))

            // The Kabid's step needs the Kadis's disposition on record.
            try await office.succeed(["approve", id], at: "08:10", as: Staff.kadis.uid)
            try await office.expectRefused(
                ["approve", id, "--evidence", "biodata-operator=BIO/07/2026"], at: "08:20", as: Staff.kabid.uid, status: nil,
                naming: ["disposisi-kabid", "disposisi-kadis"])
            // Supplied by the Kabid (a copy of the disposed letter), the step passes, without the biodata form…
            try await office.succeed(["approve", id, "--evidence", "disposisi-kadis=DISP/88/2026"], at: "08:21", as: Staff.kabid.uid)
            // …which the Kasi's review then needs.
            try await office.expectRefused(
                ["approve", id, "--evidence", "pakta-integritas=PI/12/2026"], at: "08:30", as: Staff.kasi.uid, status: nil,
                naming: ["kajian-kasi", "Form Isian Bio Data Operator", "biodata-operator"])
            // A document the SOP does not know, and credentials given as evidence, are refused.
            try await office.expectRefused(
                ["approve", id, "--evidence", "ktp=3576014505950003"], at: "08:30", as: Staff.kasi.uid, status: nil,
                naming: ["unknown document 'ktp'", "pakta-integritas"])
            try await office.expectRefused(
                ["approve", id, "--evidence", "user-password=rahasia"], at: "08:30", as: Staff.kasi.uid, status: nil,
                naming: ["user-password", "never recorded"])
            try await office.succeed(
                ["approve", id, "--evidence", "biodata-operator=BIO/07/2026", "--evidence", "pakta-integritas=PI/12/2026"],
                at: "08:31", as: Staff.kasi.uid)
            #expect(try await office.show(id).currentStep == "pembuatan-akun")
        }
    }
}
