import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("Roster CSV: header")
struct RosterCSVHeaderTests {
    typealias S = RosterCSVSamples

    @Test("Synonyms, case, spaces, dots and underscores; unknown columns are listed as ignored")
    func synonyms() throws {
        let text = S.text([
            "NO.;NAMA LENGKAP;n.i.p.;Nik;Hak_Akses;Satuan  Kerja;POSITION;Keterangan",
            "1;Budi Santoso, S.Kom;19900115 201503 1 002;6208011501900003;operator;Bidang PIAK;Operator SIAK;baru",
        ])
        let result = try S.parse(text)
        #expect(result.ignoredColumns == ["NO.", "Keterangan"])
        #expect(result.grants == [try Grant(person: try People.budi(), roles: ["operator"], workUnit: "Bidang PIAK",
                                            position: "Operator SIAK")])
    }

    @Test("Every accepted header name is recognised", arguments: [
        ("Nama Pegawai", "Peran SIAK", "Unit"), ("nama", "role", "instansi"), ("Nama_Lengkap", "PERAN", "unit_kerja"),
        ("Name", "Roles", "Work Unit"), ("Nama", "Hak Akses", "Satuan Kerja"),
    ])
    func accepted(name: String, role: String, unit: String) throws {
        let text = S.text(["\(name);NIK;\(role);\(unit);Jabatan", "Rina Lestari;6208024507950002;operator;Seksi SIAK;Staf"])
        let grant = try #require(try S.parse(text).grants.first)
        #expect(grant.workUnit == "Seksi SIAK")
        #expect(grant.position == "Staf")
        #expect(grant.roles == ["operator"])
    }

    @Test("Columns may come in any order and Jabatan and No may be left out")
    func order() throws {
        let text = S.text(["Unit Kerja;Peran;NIK;Nama", "Kecamatan Sukamara;operator/verifikator;6208024507950002;Rina Lestari"])
        let result = try S.parse(text)
        #expect(result.grants == [try S.expectedGrants()[2]])
        #expect(result.ignoredColumns.isEmpty)
    }

    @Test("A missing required column is named, with the accepted names and the headers found")
    func missingRole() {
        let error = S.error(S.text(["No;Nama;NIP;Unit Kerja", "1;Ahmad Fauzi;198005102005011003;Seksi SIAK"]))
        #expect(error == .missingColumns(missing: ["Peran"], found: ["No", "Nama", "NIP", "Unit Kerja"]))
        #expect(error?.description == "the header has no column Peran (or Hak Akses, Role, Peran SIAK, Roles); found: No, Nama, NIP, Unit Kerja")
    }

    @Test("All missing columns are listed, including a missing NIP and NIK")
    func missingSeveral() {
        let error = S.error(S.text(["Nama Lengkap;Jabatan;Keterangan", "Ahmad Fauzi;Kasi;"]))
        #expect(error == .missingColumns(missing: ["Peran", "Unit Kerja", "NIP or NIK"],
                                         found: ["Nama Lengkap", "Jabatan", "Keterangan"]))
        #expect(error?.description.contains("no column NIP or NIK") == true)
        #expect(S.error(S.text(["NIP;NIK;Peran;Unit Kerja", "x;y;z;w"])) == .missingColumns(missing: ["Nama"], found: ["NIP", "NIK", "Peran", "Unit Kerja"]))
    }

    @Test("A header naming the same field twice is refused", arguments: [
        ("Nama;NIP;Peran;Unit Kerja;Nama Lengkap", "Nama", ["Nama", "Nama Lengkap"]),
        ("Nama;NIP;Peran;Unit Kerja;N.I.P.", "NIP", ["NIP", "N.I.P."]),
        ("Nama;NIP;Role;Unit Kerja;Hak Akses", "Peran", ["Role", "Hak Akses"]),
    ])
    func duplicated(header: String, column: String, headers: [String]) {
        let error = S.error(S.text([header, "Ahmad Fauzi;198005102005011003;operator;Seksi;x"]))
        #expect(error == .duplicateColumn(column: column, headers: headers))
        #expect(error?.description.contains("more than once") == true)
    }

    @Test("An empty or blank file is refused", arguments: ["", "\r\n", "\n\n  \n", "\u{FEFF}", ";;;\r\n"])
    func empty(text: String) {
        #expect(S.error(text) == .empty)
    }

    @Test("A header without rows is refused, naming the header's line")
    func noRows() {
        #expect(S.error(S.header) == .noRows(headerLine: 1))
        #expect(S.error(S.text([S.header, "", ";;;;;;"])) == .noRows(headerLine: 1))
        #expect(S.error("\n" + S.header + "\n") == .noRows(headerLine: 2))
        #expect(RosterCSVError.noRows(headerLine: 1).description.contains("no rows"))
    }
}
