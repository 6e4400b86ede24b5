import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

/// Refused identity data, requests, SKs, usernames and spreadsheets are said in Bahasa Indonesia, each case.
@Suite("Data refusals in Bahasa Indonesia")
struct DataErrorLanguageTests {
    @Test("every case of IdentityError")
    func identity() throws {
        let date = try CivilDate(year: 1990, month: 1, day: 15)
        expectEveryCaseSaid([
            IdentityError.invalidDate(year: 2025, month: 2, day: 30), .malformedDate("15/01/1990"),
            .invalidYearMonth(year: 2025, month: 13), .nipCharacter(input: "1990x", character: "x"),
            .nipLength(input: "1990", digits: 4), .nipBirthDate(input: "1990", field: "19901315"),
            .nipAppointmentMonth(input: "1990", field: "201513"),
            .nipAppointmentBeforeBirth(input: "1990", appointment: try YearMonth(year: 1989, month: 1), birth: date),
            .pppkAgreementBeforeBirth(input: "1990", year: 1989, birth: date), .nipSexDigit(input: "1990", digit: 3),
            .nipSequence(input: "1990"), .nikCharacter(input: "62x", character: "x"), .nikLength(input: "62", digits: 2),
            .nikProvince(input: "00", code: 0), .nikRegency(input: "6200"), .nikDistrict(input: "620800"),
            .nikBirthDate(input: "62", field: "991390"), .nikSequence(input: "62"), .nikNoCentury(nik: "62", referenceYear: 2026),
            .unknownProvince(code: 99), .invalidRegency(province: 62, regency: 0), .malformedRegion("62-08"),
            .birthDateMismatch(nip: "1990", nipDate: date, nik: "62", nikDate: "16-01-90"),
            .sexMismatch(nip: "1990", nipSex: .male, nik: "62", nikSex: .female), .emptyName(input: "Drs."),
            .nameControlCharacter(input: "A\u{7}"), .missingIdentifier(name: "Budi"),
        ])
    }

    @Test("every identity warning: the id stays, the sentence is Indonesian")
    func warnings() throws {
        let person = PersonKey.nip(try NIP("19900115 201503 1 002"))
        let date = try CivilDate(year: 1990, month: 1, day: 15)
        let findings: [IdentityWarning.Finding] = [
            .birthDateMismatch(nip: "NIP 1990", nipDate: date, nik: "62", nikDate: "16-01-90"),
            .sexMismatch(nip: "NIP 1990", nipSex: .male, nik: "62", nikSex: .female),
            .youngAtAppointment(nip: "NIP 1990", civilServant: true, when: "2005-01", age: 15, minimum: 18),
            .youngAtAppointment(nip: "NI PPPK 1990", civilServant: false, when: "2005", age: 15, minimum: 18),
            .unusualAgreementCode(nip: "NI PPPK 1990", code: 22, usual: 21),
            .noCivilServantNumber(nik: "6208024507950002"),
        ]
        let warnings = findings.map { IdentityWarning(person: person, finding: $0) }
        #expect(Set(warnings.map(\.kind)) == Set(IdentityWarning.Kind.allCases))
        for warning in warnings {
            #expect(warning.text(in: .english) == warning.description)
            #expect(warning.text(in: .indonesian).hasPrefix("[\(warning.id)] "))
            #expect(warning.message(in: .indonesian) != warning.message && !warning.message(in: .indonesian).isEmpty)
        }
    }

    @Test("every case of RequestError, DecreeError (and each number problem) and UsernameError")
    func requestDecreeUsername() throws {
        let number = try DecreeNumber("000.8.3.3/240/Dukcapil/2026")
        let key = PersonKey.nip(try NIP("19900115 201503 1 002"))
        let date = try CivilDate(year: 2026, month: 1, day: 1)
        let requests: [RequestError] = [
            .identity(.nipSequence(input: "1990")), .emptyField(field: "unit kerja", owner: "Budi"), .controlCharacter(field: "nama"),
            .invalidUID("a b"), .emptyEvidence, .invalidHash("abc"), .fileNameWithoutHash("scan.pdf"), .malformedPersonKey("x"),
        ]
        expectEveryCaseSaid(requests)
        var decrees: [DecreeError] = [
            .emptyTitle(number), .endNotAfterStart(number, from: date, until: date), .noGrants(number),
            .duplicateGrant(number, key), .grantWithoutRole(number, key), .supersedesItself(number), .invalidGrant(.emptyEvidence),
            .partlySigned(number, hasSigner: true), .partlySigned(number, hasSigner: false),
        ]
        decrees += DecreeError.NumberProblem.allCases.map { .malformedNumber("240/2026", reason: $0) }
        expectEveryCaseSaid(decrees)
        expectEveryCaseSaid([
            UsernameError.unknownToken(pattern: "{x}", token: "x"), .unbalancedBrace(pattern: "{first"), .noToken(pattern: "op"),
            .maxLength(8), .nothingUsable(name: "—"), .exhausted(base: "budi", attempts: 99),
        ])
    }

    @Test("every case of RosterCSVError and of a line's problem; number cells keep the advice to format the column as Text")
    func spreadsheets() throws {
        let problems: [RosterCSVLineProblem] = [
            .unclosedQuote(openedOn: 3), .textAfterQuote(field: 2), .strayValue(value: "Kepala Dinas", column: 8, separator: ";"),
            .emptyName, .identity(.nipSequence(input: "1990")), .request(.emptyEvidence),
            .suspectedTrailingZero(text: "6208016003920010", damagedLine: 4, nikCount: 5),
            .suspectedTrailingZero(text: "6208016003920010", damagedLine: nil, nikCount: 5), .noIdentifier,
            .duplicate(.nip, value: "199001152015031002", firstLine: 2), .duplicate(.nik, value: "6208", firstLine: 2),
            .noRole(known: "operator (Operator SIAK)"), .unknownRoles(["superadmin"], known: "operator (Operator SIAK)"),
            .emptyValue(label: "Unit Kerja"), .controlCharacter,
        ] + ExcelDamage.allCases.flatMap { damage in
            RosterCSVLineProblem.NumberColumn.allCases.map { .numberCell(damage, text: "6,20802E+15", column: $0) }
        }
        expectEveryCaseSaid(problems)
        let cells = problems.filter { if case .numberCell = $0 { true } else { false } }
        #expect(cells.allSatisfy { $0.text(in: .indonesian).contains("format kolomnya sebagai Text di Excel") })
        let line = RosterCSVError.LineError(line: 7, column: "NIP", problem: .noIdentifier)
        expectEveryCaseSaid([
            RosterCSVError.empty, .noRows(headerLine: 1), .invalidUTF8(line: 2),
            .missingColumns(missing: ["Peran", "NIP or NIK"], found: ["Nama"]), .duplicateColumn(column: "Nama", headers: ["Nama", "Nama Lengkap"]),
            .lines([line, RosterCSVError.LineError(line: 8, column: nil, problem: .emptyName)]),
        ])
        #expect(line.text(in: .indonesian).hasPrefix("baris 7 (NIP): "))
    }

    @Test("roster conflicts, SK standings and periods, configuration problems")
    func rosterAndDecrees() throws {
        let nip = try NIP("19900115 201503 1 002")
        let nik = try NIK("6208011501900003")
        let number = try DecreeNumber("000.8.3.3/240/Dukcapil/2026")
        let date = try CivilDate(year: 2026, month: 1, day: 1)
        expectEveryCaseSaid([
            RosterConflict.nipWithSeveralNIKs(nip, [nik, nik]), .nipWithSeveralNames(nip, ["A", "B"]), .nikWithSeveralNIPs(nik, [nip, nip]),
        ])
        expectEveryCaseSaid([DecreeStanding.inForce, .notYetInForce(from: date), .ended(on: date), .superseded(by: number, from: date)])
        let basis = RosterBasis.request("REQ-1")
        #expect(basis.text(in: .indonesian) == "permohonan REQ-1" && basis.text(in: .english) == basis.description)
        let problem = ConfigError("unknown role 'kadiss'", at: "steps[2].executor")
        #expect(problem.text(in: .english) == problem.description)
        #expect(problem.text(in: .indonesian) == "konfigurasi tidak sah di steps[2].executor: unknown role 'kadiss'")
    }
}

extension IdentityError: CaseCounted {
    static let caseCount = 27

    var caseIndex: Int {
        switch self {
        case .invalidDate: 0
        case .malformedDate: 1
        case .invalidYearMonth: 2
        case .nipCharacter: 3
        case .nipLength: 4
        case .nipBirthDate: 5
        case .nipAppointmentMonth: 6
        case .nipAppointmentBeforeBirth: 7
        case .pppkAgreementBeforeBirth: 8
        case .nipSexDigit: 9
        case .nipSequence: 10
        case .nikCharacter: 11
        case .nikLength: 12
        case .nikProvince: 13
        case .nikRegency: 14
        case .nikDistrict: 15
        case .nikBirthDate: 16
        case .nikSequence: 17
        case .nikNoCentury: 18
        case .unknownProvince: 19
        case .invalidRegency: 20
        case .malformedRegion: 21
        case .birthDateMismatch: 22
        case .sexMismatch: 23
        case .emptyName: 24
        case .nameControlCharacter: 25
        case .missingIdentifier: 26
        }
    }
}

extension RequestError: CaseCounted {
    static let caseCount = 8

    var caseIndex: Int {
        switch self {
        case .identity: 0
        case .emptyField: 1
        case .controlCharacter: 2
        case .invalidUID: 3
        case .emptyEvidence: 4
        case .invalidHash: 5
        case .fileNameWithoutHash: 6
        case .malformedPersonKey: 7
        }
    }
}

extension DecreeError: CaseCounted {
    static let caseCount = 9

    var caseIndex: Int {
        switch self {
        case .malformedNumber: 0
        case .emptyTitle: 1
        case .endNotAfterStart: 2
        case .noGrants: 3
        case .duplicateGrant: 4
        case .grantWithoutRole: 5
        case .supersedesItself: 6
        case .invalidGrant: 7
        case .partlySigned: 8
        }
    }
}

extension UsernameError: CaseCounted {
    static let caseCount = 6

    var caseIndex: Int {
        switch self {
        case .unknownToken: 0
        case .unbalancedBrace: 1
        case .noToken: 2
        case .maxLength: 3
        case .nothingUsable: 4
        case .exhausted: 5
        }
    }
}

extension RosterCSVError: CaseCounted {
    static let caseCount = 6

    var caseIndex: Int {
        switch self {
        case .empty: 0
        case .noRows: 1
        case .invalidUTF8: 2
        case .missingColumns: 3
        case .duplicateColumn: 4
        case .lines: 5
        }
    }
}

extension RosterCSVLineProblem: CaseCounted {
    static let caseCount = 14

    var caseIndex: Int {
        switch self {
        case .unclosedQuote: 0
        case .textAfterQuote: 1
        case .strayValue: 2
        case .emptyName: 3
        case .identity: 4
        case .request: 5
        case .numberCell: 6
        case .suspectedTrailingZero: 7
        case .noIdentifier: 8
        case .duplicate: 9
        case .noRole: 10
        case .unknownRoles: 11
        case .emptyValue: 12
        case .controlCharacter: 13
        }
    }
}

extension RosterConflict: CaseCounted {
    static let caseCount = 3

    var caseIndex: Int {
        switch self {
        case .nipWithSeveralNIKs: 0
        case .nipWithSeveralNames: 1
        case .nikWithSeveralNIPs: 2
        }
    }
}

extension DecreeStanding: CaseCounted {
    static let caseCount = 4

    var caseIndex: Int {
        switch self {
        case .inForce: 0
        case .notYetInForce: 1
        case .ended: 2
        case .superseded: 3
        }
    }
}
