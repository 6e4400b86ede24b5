import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("Roster CSV: export and round trips")
struct RosterCSVExportTests {
    static func zainuddin() throws -> Grant {
        try Grant(person: try People.person("ZAINUDDIN, S.Sos", nip: People.kadisNIP), roles: ["administrator"],
                  workUnit: "Sekretariat", position: "Kepala Dinas")
    }

    static func sitiAminah() throws -> Grant {
        try Grant(person: try People.person("Hj. SITI \"ITA\" AMINAH, S.E., M.Si.", nip: "19780312 200312 2 005",
                                            nik: "6208015203780007"),
                  roles: ["verifikator", "operator"], workUnit: "Bidang PIAK; Seksi SIAK")
    }

    @Test("The exported text: BOM, header, 18-digit NIP, role ids, quoting only where needed, CRLF")
    func exactText() throws {
        let text = RosterCSV.export([try Self.zainuddin(), try Self.sitiAminah()])
        #expect(text == "\u{FEFF}No;Nama;NIP;NIK;Peran;Unit Kerja;Jabatan\r\n"
            + "1;ZAINUDDIN, S.Sos;196507091986031020;;administrator;Sekretariat;Kepala Dinas\r\n"
            + "2;\"Hj. SITI \"\"ITA\"\" AMINAH, S.E., M.Si.\";197803122003122005;6208015203780007;operator, verifikator;\"Bidang PIAK; Seksi SIAK\";\r\n")
        let comma = RosterCSV.export([try Self.zainuddin()], separator: ",")
        #expect(comma == "\u{FEFF}No,Nama,NIP,NIK,Peran,Unit Kerja,Jabatan\r\n"
            + "1,\"ZAINUDDIN, S.Sos\",196507091986031020,,administrator,Sekretariat,Kepala Dinas\r\n")
        #expect(RosterCSV.export([try Self.zainuddin()], separator: "|") == RosterCSV.export([try Self.zainuddin()]))
    }

    @Test("Fixed examples survive export and import with either separator", arguments: [";", ","] as [Character])
    func fixedRoundTrip(separator: Character) throws {
        let grants = [try Self.zainuddin(), try Self.sitiAminah()] + (try RosterCSVSamples.expectedGrants())
        let text = RosterCSV.export(grants, separator: separator)
        let result = try RosterCSV.parse(Data(text.utf8), catalogue: .standard)
        #expect(result.grants == grants)
        #expect(result.lines == [2, 3, 4, 5, 6])
        #expect(result.separator == separator)
        #expect(result.hadByteOrderMark)
        #expect(result.ignoredColumns == ["No"])
    }

    @Test("Text a spreadsheet would run as a formula gets an apostrophe that import removes")
    func formulas() throws {
        let person = try People.rina()
        let grants = [
            try Grant(person: person, roles: ["operator"], workUnit: "=HYPERLINK(\"http://x\";\"klik\")", position: "-"),
            try Grant(person: try People.eko(), roles: ["operator"], workUnit: "'+62 Seksi", position: "@admin"),
            try Grant(person: try People.person("Dewi Anggraini", nik: "3576014202980001"), roles: ["operator"], workUnit: "'Seksi'", position: "''-1"),
        ]
        let text = RosterCSV.export(grants)
        #expect(text.contains(";\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";-\r\n"))
        #expect(text.contains(";''+62 Seksi;'@admin\r\n"))
        #expect(text.contains(";'Seksi';'''-1\r\n"))
        #expect(try RosterCSV.parse(text, catalogue: .standard).grants == grants)
    }

    @Test("Roster entries: roles sorted, work units joined with '; ', empty Jabatan")
    func entries() throws {
        let budi = try People.budi()
        let entry = RosterEntry(key: budi.key, person: budi, roles: ["verifikator", "administrator", "operator"],
                                workUnits: ["Bidang PIAK", "Kecamatan Sukamara"], basis: [], endDate: nil)
        let text = RosterCSV.export([entry])
        #expect(text.hasSuffix("\r\n1;Budi Santoso, S.Kom;199001152015031002;6208011501900003;"
            + "administrator, operator, verifikator;\"Bidang PIAK; Kecamatan Sukamara\";\r\n"))
        let grant = try #require(try RosterCSV.parse(text, catalogue: .standard).grants.first)
        #expect(grant == (try Grant(person: budi, roles: ["administrator", "operator", "verifikator"],
                                    workUnit: "Bidang PIAK; Kecamatan Sukamara")))
    }

    @Test("Exporting nothing gives a header that import refuses as having no rows")
    func nothing() {
        let text = RosterCSV.export([Grant]())
        #expect(text == "\u{FEFF}No;Nama;NIP;NIK;Peran;Unit Kerja;Jabatan\r\n")
        #expect(throws: RosterCSVError.noRows(headerLine: 1)) { try RosterCSV.parse(text, catalogue: .standard) }
    }
}
