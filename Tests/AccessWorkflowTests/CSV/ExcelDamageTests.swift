import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("Roster CSV: NIPs and NIKs damaged by spreadsheet number cells")
struct ExcelDamageTests {
    typealias S = RosterCSVSamples

    static let header = "No;Nama;NIP;NIK;Peran;Unit Kerja"

    /// One row per damage pattern, each with the number it should have been (issue 11's acceptance).
    static let rows: [(damaged: String, fixed: String, column: String, pattern: String)] = [
        ("1;Budi Santoso;1,99001E+17;;operator;Bidang PIAK",
         "1;Budi Santoso;199001152015031002;;operator;Bidang PIAK", "NIP", "scientific notation"),
        ("2;Siti Rahmawati;199203202018012000;;verifikator;Bidang PIAK",
         "2;Siti Rahmawati;199203202018012001;;verifikator;Bidang PIAK", "NIP", "ends in 000"),
        ("3;Rina Lestari;;6,20802E+15;operator;Kecamatan Sukamara",
         "3;Rina Lestari;;6208024507950002;operator;Kecamatan Sukamara", "NIK", "scientific notation"),
        ("4;Nur Haliza;;6.208.034.809.970.000;operator;Kecamatan Pantai Lunci",
         "4;Nur Haliza;;6208034809970003;operator;Kecamatan Pantai Lunci", "NIK", "thousands separators"),
        ("5;Dewi Safitri;;6208016003920010;operator;Kecamatan Jelai",
         "5;Dewi Safitri;;6208016003920011;operator;Kecamatan Jelai", "NIK", "last digit lost, seen from the column"),
        ("6;Ani Suryani;;6208024507950000;operator;Kecamatan Arut Selatan",
         "6;Ani Suryani;;6208024507950007;operator;Kecamatan Arut Selatan", "NIK", "ends in 0000"),
        ("7;Eko Susilo;;6208021501900020.00;operator;Kecamatan Balai Riam",
         "7;Eko Susilo;;6208021501900024;operator;Kecamatan Balai Riam", "NIK", "decimals"),
    ]

    @Test("A CSV with each damage pattern gets one line error each, with the fix, and imports nothing; fixed, it imports")
    func acceptance() throws {
        let damaged = S.text([Self.header] + Self.rows.map(\.damaged))
        let errors = S.lineErrors(damaged)
        #expect(errors.map(\.line) == Array(2...8), "\(errors)")
        #expect(zip(errors, Self.rows).allSatisfy { $0.column == $1.column })
        #expect(errors.allSatisfy { $0.message.hasSuffix(ExcelHint.fix) })
        #expect(errors.allSatisfy { $0.message.contains("15 digits") })
        #expect(errors[0].message.contains("scientific notation"))
        #expect(errors[3].message.contains("thousands separators"))
        #expect(errors[4].message.contains("probably lost its last digit") && errors[4].message.contains("(line 4)"))
        #expect(errors[6].message.contains("decimals"))

        let fixed = try S.parse(S.text([Self.header] + Self.rows.map(\.fixed)))
        #expect(fixed.grants.count == Self.rows.count)
        #expect(fixed.grants[4].person.nik?.digits == "6208016003920011")
        // No damage is left; only the no-NIP warnings of the NIK-only rows remain to be confirmed.
        #expect(!fixed.warnings.isEmpty && fixed.warnings.allSatisfy { $0.warning.kind == .noCivilServantNumber })
    }

    @Test("Cell by cell: what counts as a number cell", arguments: [
        ("1,99001E+17", RosterCSVField.nip, ExcelHint.Damage?.some(.scientific)),
        ("1.98807E+17", .nip, .scientific),
        ("6,20802e15", .nik, .scientific),
        ("6.208.016.003.920.010", .nik, .grouped),
        ("6,208,016,003,920,010", .nik, .grouped),
        ("199,001,152,015,031,000", .nip, .grouped),
        ("6208016003920010.00", .nik, .decimals),
        ("6208016003920010,0", .nik, .decimals),
        ("199001152015031000", .nip, .zeroedSequence),
        ("19900115 201503 1 000", .nip, .zeroedSequence),
        ("6208016003920000", .nik, .zeroedSequence),
        // Not damage: real numbers, usual groupings, a single final 0.
        ("6208016003920010", .nik, nil),
        ("62.08.01.600392.0011", .nik, nil),
        ("19650709.198603.1.020", .nip, nil),
        ("196507091986031020", .nip, nil),
        ("E+17", .nip, nil),
        ("6208016003920000", .nip, nil),
    ] as [(String, RosterCSVField, ExcelHint.Damage?)])
    func cells(text: String, field: RosterCSVField, expected: ExcelHint.Damage?) {
        #expect(ExcelHint.damage(in: text, field: field) == expected)
    }

    @Test("A single NIK ending in 0 in a clean column is a real NIK and imports")
    func genuineTrailingZero() throws {
        let text = S.text([S.header, S.budi, "2;Dewi Safitri;;6208016003920010;operator;Kecamatan Jelai;", S.rina])
        let imported = try S.parse(text)
        #expect(imported.grants[1].person.nik?.digits == "6208016003920010")
    }

    @Test("Four or more NIKs that all end in 0 are number cells; three may be real")
    func allEndingInZero() throws {
        let niks = ["6208016003920010", "6208024507950020", "6208034809970030", "6208021501900040"]
        let rows = niks.enumerated().map { "\($0.offset + 1);Orang \($0.offset + 1);;\($0.element);operator;Kecamatan" }
        let errors = S.lineErrors(S.text([Self.header] + rows))
        #expect(errors.map(\.line) == [2, 3, 4, 5])
        #expect(errors.allSatisfy { $0.message.contains("every NIK in this column (4) ends in 0") })
        #expect(try S.parse(S.text([Self.header] + rows.prefix(3))).grants.count == 3)
    }

    @Test("A NIK ending in 0 is suspected only in the column that shows damage, not for damage in the NIP column")
    func evidenceIsPerColumn() throws {
        let text = S.text([Self.header, "1;Budi Santoso;199001152015031000;;operator;Bidang PIAK",
                           "2;Dewi Safitri;;6208016003920010;operator;Kecamatan Jelai"])
        let errors = S.lineErrors(text)
        #expect(positions(errors) == ["2 NIP"])
    }
}
