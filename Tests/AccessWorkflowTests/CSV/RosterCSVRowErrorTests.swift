import Foundation
import Testing
@testable import AccessWorkflow

@Suite("Roster CSV: row errors, all or nothing")
struct RosterCSVRowErrorTests {
    typealias S = RosterCSVSamples

    /// A file of header, budi, siti, rina with line 3 (siti) replaced.
    static func withSiti(_ row: String) -> String { S.text([S.header, S.budi, row, S.rina]) }

    /// The description of the error `body` throws.
    static func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "no error"
        } catch {
            return String(describing: error)
        }
    }

    @Test("Bad NIP: the line, the column and IdentityError's sentence")
    func badNIP() {
        let errors = S.lineErrors(Self.withSiti("2;Siti Rahmawati;19920320 201801 2 00;;operator;Bidang PIAK;"))
        #expect(positions(errors) == ["3 NIP"])
        let expected = IdentityError.nipLength(input: "19920320 201801 2 00", digits: 17).description
        #expect(errors.first?.message == expected)
        #expect(errors.first?.description == "line 3 (NIP): " + expected)
    }

    @Test("Bad NIK")
    func badNIK() {
        let errors = S.lineErrors(Self.withSiti("2;Siti Rahmawati;;0008016003920001;operator;Bidang PIAK;"))
        #expect(positions(errors) == ["3 NIK"])
        #expect(errors.first?.message == IdentityError.nikProvince(input: "0008016003920001", code: 0).description)
    }

    @Test("NIP and NIK that disagree are not a line error but warnings with their line (issue 11)")
    func mismatch() throws {
        // Siti's NIP with a man's NIK born 15-01-90: birth dates and sexes differ.
        let imported = try S.parse(Self.withSiti("2;Siti Rahmawati;199203202018012001;6208011501900009;operator;Bidang PIAK;"))
        #expect(imported.grants.count == 3)
        // Line 4 (Rina, NIK only) raises the no-NIP warning.
        #expect(imported.warnings.map(\.line) == [3, 3, 4])
        #expect(imported.warnings.map(\.warning.kind) == [.birthDateMismatch, .sexMismatch, .noCivilServantNumber])
        #expect(imported.warnings.first?.warning.id == "birth-date-mismatch:nip:199203202018012001")
        #expect(imported.warnings.first?.description.hasPrefix("line 3: [birth-date-mismatch:nip:199203202018012001] NIP 19920320 201801 2 001 gives birth date 1992-03-20") == true)
    }

    @Test("Missing name, and a name that is only titles")
    func missingName() {
        let errors = S.lineErrors(S.text([S.header, "1;;199203202018012001;;operator;Bidang PIAK;", "2;Drs.;198005102005011003;;operator;Seksi;"]))
        #expect(positions(errors) == ["2 Nama", "3 Nama"])
        #expect(errors.first?.message.hasPrefix("the name is empty") == true)
        #expect(errors.last?.message == IdentityError.emptyName(input: "Drs.").description)
    }

    @Test("Neither NIP nor NIK")
    func noNumber() {
        let errors = S.lineErrors(Self.withSiti("2;Siti Rahmawati;  ;;operator;Bidang PIAK;"))
        #expect(positions(errors) == ["3 NIP/NIK"])
        #expect(errors.first?.message.hasPrefix("neither NIP nor NIK is given") == true)
    }

    @Test("Unknown role: the known roles are listed")
    func unknownRole() {
        let errors = S.lineErrors(Self.withSiti("2;Siti Rahmawati;199203202018012001;;operator, supervisor / admin;Bidang PIAK;"))
        #expect(positions(errors) == ["3 Peran"])
        #expect(errors.first?.message == "unknown SIAK roles 'supervisor', 'admin'; known: administrator (Administrator pengelolaan SIAK), "
            + "operator (Operator aplikasi SIAK), verifikator (Verifikator aplikasi SIAK)")
    }

    @Test("Empty role cell")
    func emptyRole() {
        let errors = S.lineErrors(Self.withSiti("2;Siti Rahmawati;199203202018012001;;, /;Bidang PIAK;"))
        #expect(positions(errors) == ["3 Peran"])
        #expect(errors.first?.message.hasPrefix("no role is given") == true)
    }

    @Test("Missing work unit, and control characters in it")
    func missingWorkUnit() {
        let errors = S.lineErrors(S.text([S.header, S.budi, "2;Siti Rahmawati;199203202018012001;;operator;  ;", "3;Rina Lestari;;6208024507950002;operator;Seksi\u{07};"]))
        #expect(positions(errors) == ["3 Unit Kerja", "4 Unit Kerja"])
        #expect(errors.first?.message.hasPrefix("the unit kerja is empty") == true)
        #expect(errors.last?.message.contains("control character") == true)
    }

    @Test("A person twice by NIP: the error is on the second line and names the first")
    func duplicateNIP() {
        let again = "5;BUDI SANTOSO;19900115-201503-1-002;;verifikator;Kecamatan Sukamara;"
        let errors = S.lineErrors(S.text([S.header, S.budi, S.siti, S.rina, again]))
        #expect(positions(errors) == ["5 NIP"])
        #expect(errors.first?.message == "NIP 199001152015031002 is already on line 2; list each person once, with all their roles in one cell")
    }

    @Test("A person twice by NIK, once with and once without NIP")
    func duplicateNIK() {
        let again = "5;Budi Santoso;;6208011501900003;verifikator;Kecamatan Sukamara;"
        let errors = S.lineErrors(S.text([S.header, S.budi, "", S.siti, again]))
        #expect(positions(errors) == ["5 NIK"])
        #expect(errors.first?.message.contains("NIK 6208011501900003 is already on line 2") == true)
    }

    @Test("Several errors on one line and on several lines are all reported, in line order, and nothing is returned")
    func several() throws {
        let text = S.text([
            S.header,
            "1;;1990011520150310;;kasir;;",                                    // line 2: name, NIP, role, unit
            S.siti,                                                             // line 3: fine
            "3;Rina Lestari;;6208024507950002;operator;\"Kecamatan",           // line 4-5: fine, two lines
            "Sukamara\";",
            "4;Siti Rahmawati;199203202018012001;;operator;Bidang PIAK;",      // line 6: duplicate of line 3
        ])
        let errors = S.lineErrors(text)
        #expect(positions(errors) == ["2 Nama", "2 NIP", "2 Peran", "2 Unit Kerja", "6 NIP"])
        let description = RosterCSVError.lines(errors).description
        let lines = description.split(separator: "\n").map(String.init)
        try #require(lines.count == 5)
        #expect(lines[1].hasPrefix("line 2 (NIP): NIP '1990011520150310' has 16 digits; a NIP has 18"))
        #expect(lines[4] == "line 6 (NIP): NIP 199203202018012001 is already on line 3; list each person once, with all their roles in one cell")
    }

    @Test("One bad line among good ones fails the whole file")
    func allOrNothing() {
        var rows = [S.header, S.budi, S.siti, S.rina, S.ahmad]
        #expect(throws: Never.self) { try S.parse(S.text(rows)) }
        rows[4] = rows[4].replacingOccurrences(of: "ADMINISTRATOR", with: "ADMIN")
        #expect(throws: RosterCSVError.self) { try S.parse(S.text(rows)) }
        #expect(positions(S.lineErrors(S.text(rows))) == ["5 Peran"])
    }

    @Test("Error columns use the headers as written")
    func writtenHeaders() {
        let text = S.text(["Nama Pegawai;N.I.P.;Hak Akses;Satuan Kerja", "Ahmad Fauzi;12345;operator;"])
        #expect(positions(S.lineErrors(text)) == ["2 N.I.P.", "2 Satuan Kerja"])
    }

    @Test("A value in a column without a header is refused")
    func headerlessColumn() {
        let text = S.text(["Nama;NIP;Peran;Unit Kerja;;", "Ahmad Fauzi;198005102005011003;operator;Seksi;;catatan"])
        let errors = S.lineErrors(text)
        #expect(positions(errors) == ["2 -"])
        #expect(errors.first?.message.hasPrefix("'catatan' is in column 6, which has no header") == true)
        #expect(throws: Never.self) { try S.parse(text.replacingOccurrences(of: "catatan", with: "")) }
    }

    @Test("Numbers damaged by Excel get a hint", arguments: ["1,99001E+17", "199001152015031000"])
    func excelNumbers(nip: String) {
        let errors = S.lineErrors(S.text([S.header, "1;Budi Santoso;\(nip);;operator;Bidang PIAK;"]))
        #expect(positions(errors) == ["2 NIP"])
        #expect(errors.first?.message.hasSuffix("format the column as Text in Excel, retype the numbers from the KTP or SK, and export the CSV again") == true)
    }
}
