import Foundation
import Testing
@testable import AccessWorkflow

@Suite("NIK")
struct NIKTests {
    @Test("A man's NIK: region, district, birth date and sequence")
    func male() throws {
        let nik = try NIK("3576010907650001")
        #expect(nik.region == (try RegionCode("35.76")))
        #expect(nik.region.name == "Kota Mojokerto")
        #expect(nik.district == 1)
        #expect(nik.sex == .male)
        #expect(nik.birthDay == 9 && nik.birthMonth == 7 && nik.birthYearSuffix == 65)
        #expect(nik.sequence == 1)
        #expect(try nik.birthDate(referenceYear: 2025) == (try CivilDate(year: 1965, month: 7, day: 9)))
    }

    @Test("A woman's NIK has 40 added to the birth day")
    func female() throws {
        let nik = try NIK("3576014507900001")
        #expect(nik.sex == .female)
        #expect(nik.birthDay == 5)
        #expect(try nik.birthDate(referenceYear: 2025) == (try CivilDate(year: 1990, month: 7, day: 5)))
        #expect(try NIK("6208017101900002").birthDay == 31)
        #expect(try NIK("6208014101900002").birthDay == 1)
    }

    @Test("Separators are accepted")
    func separators() throws {
        #expect(try NIK("35.76.01 090765 0001").digits == "3576010907650001")
        #expect(try NIK("3576-0109-0765-0001").digits == "3576010907650001")
    }

    @Test("Day fields outside 01–31 and 41–71 are refused", arguments: ["00", "32", "40", "72", "99"])
    func badDays(day: String) {
        let text = "357601\(day)07650001"
        #expect(throws: IdentityError.nikBirthDate(input: text, field: "\(day)0765")) { try NIK(text) }
    }

    @Test("Month outside 1–12 is refused and 31 April never exists")
    func badMonths() {
        #expect(throws: IdentityError.self) { try NIK("3576010913650001") }
        #expect(throws: IdentityError.self) { try NIK("3576013104650001") }
        #expect(throws: IdentityError.self) { try NIK("3576017104650001") }
    }

    @Test("Province must be a real Kemendagri code", arguments: ["10", "20", "37", "50", "54", "66", "77", "83", "90", "97", "00"])
    func badProvince(code: String) {
        let text = "\(code)76010907650001"
        #expect(throws: IdentityError.nikProvince(input: text, code: Int(code) ?? -1)) { try NIK(text) }
    }

    @Test("Every listed province code is accepted", arguments: Province.all.map(\.code))
    func goodProvince(code: Int) throws {
        let text = String(code) + "01010907650001"
        #expect(try NIK(text).region.province == code)
    }

    @Test("Regency and district 00 are refused; sequence 0000 is refused")
    func zeros() {
        #expect(throws: IdentityError.nikRegency(input: "3500010907650001")) { try NIK("3500010907650001") }
        #expect(throws: IdentityError.nikDistrict(input: "3576000907650001")) { try NIK("3576000907650001") }
        #expect(throws: IdentityError.nikSequence(input: "3576010907650000")) { try NIK("3576010907650000") }
    }

    @Test("Length must be 16")
    func length() {
        #expect(throws: IdentityError.nikLength(input: "357601090765001", digits: 15)) { try NIK("357601090765001") }
        #expect(throws: IdentityError.nikLength(input: "35760109076500011", digits: 17)) { try NIK("35760109076500011") }
        #expect(throws: IdentityError.nikCharacter(input: "3576O10907650001", character: "O")) { try NIK("3576O10907650001") }
    }

    @Test("29 February: valid if either century is a leap year; the century follows the reference year")
    func leapCenturies() throws {
        let y2000 = try NIK("3576012902000001")
        #expect(try y2000.birthDate(referenceYear: 2025) == (try CivilDate(year: 2000, month: 2, day: 29)))
        #expect(throws: IdentityError.nikNoCentury(nik: "3576012902000001", referenceYear: 1999)) {
            try y2000.birthDate(referenceYear: 1999)
        }
        let y04 = try NIK("3576016902040001")
        #expect(y04.sex == .female)
        #expect(try y04.birthDate(referenceYear: 2025).year == 2004)
        #expect(try y04.birthDate(referenceYear: 2003).year == 1904)
        #expect(throws: IdentityError.nikBirthDate(input: "3576012902010001", field: "290201")) {
            try NIK("3576012902010001")
        }
    }

    @Test("The latest century not after the reference year is chosen")
    func centuryChoice() throws {
        let nik = try NIK("3576010101300001")
        #expect(try nik.birthDate(referenceYear: 2025).year == 1930)
        #expect(try nik.birthDate(referenceYear: 2030).year == 2030)
        let nik25 = try NIK("3576010101250001")
        #expect(try nik25.birthDate(referenceYear: 2025).year == 2025)
        #expect(try nik25.birthDate(referenceYear: 2024).year == 1925)
    }

    @Test("JSON is the 16 digits")
    func codable() throws {
        let nik = try NIK("3576014507900001")
        let data = try JSONEncoder().encode([nik])
        #expect(String(decoding: data, as: UTF8.self) == #"["3576014507900001"]"#)
        #expect(try JSONDecoder().decode([NIK].self, from: data) == [nik])
    }
}

@Suite("NIP and NIK cross-check")
struct CrossCheckTests {
    @Test("Matching birth date and sex pass")
    func matching() throws {
        try IdentityCrossCheck.verify(nip: try NIP("19650709 198603 1 020"), nik: try NIK("3576010907650001"))
        try IdentityCrossCheck.verify(nip: try NIP("19900705 201503 2 004"), nik: try NIK("3576014507900001"))
    }

    @Test("Different birth dates are refused naming both dates")
    func dateMismatch() throws {
        let nip = try NIP("19650709 198603 1 020")
        let nik = try NIK("3576011007650001")
        let error = #expect(throws: IdentityError.self) { try IdentityCrossCheck.verify(nip: nip, nik: nik) }
        #expect(error == .birthDateMismatch(nip: nip.digits, nipDate: nip.birthDate, nik: nik.digits, nikDate: "10-07-65"))
        #expect(error?.description.contains("1965-07-09") == true)
        #expect(error?.description.contains("10-07-65") == true)
    }

    @Test("Same day and month in another century's year is still a mismatch")
    func yearMismatch() throws {
        #expect(throws: IdentityError.self) {
            try IdentityCrossCheck.verify(nip: try NIP("19650709 198603 1 020"), nik: try NIK("3576010907660001"))
        }
    }

    @Test("Different sexes are refused")
    func sexMismatch() throws {
        let nip = try NIP("19650709 198603 1 020")
        let nik = try NIK("3576014907650001")
        #expect(throws: IdentityError.sexMismatch(nip: nip.digits, nipSex: .male, nik: nik.digits, nikSex: .female)) {
            try IdentityCrossCheck.verify(nip: nip, nik: nik)
        }
    }
}
