import Foundation
import Testing
@testable import AccessWorkflow

@Suite("NIP")
struct NIPTests {
    @Test("Mojokerto Kadis NIP from the SOP is accepted and decoded field by field")
    func mojokertoKadis() throws {
        let nip = try NIP("19650709 198603 1 020")
        #expect(nip.digits == "196507091986031020")
        #expect(nip.birthDate == (try CivilDate(year: 1965, month: 7, day: 9)))
        #expect(nip.appointment == (try YearMonth(year: 1986, month: 3)))
        #expect(nip.sex == .male)
        #expect(nip.sequence == 20)
        #expect(nip.formatted == "19650709 198603 1 020")
        #expect(nip.description == "196507091986031020")
    }

    @Test("Sukamara Kadis NIP from the SOP has 17 digits and is refused saying so")
    func sukamaraKadisRefused() {
        let error = #expect(throws: IdentityError.self) { try NIP("19650218-198705-003") }
        #expect(error == .nipLength(input: "19650218-198705-003", digits: 17))
        #expect(error?.description.contains("has 17 digits; a NIP has 18") == true)
    }

    @Test("Separators: spaces, dashes and dots are accepted", arguments: [
        "196507091986031020", "19650709-198603-1-020", "19650709.198603.1.020", " 19650709  198603 1 020 ",
    ])
    func separators(text: String) throws {
        #expect(try NIP(text).digits == "196507091986031020")
    }

    @Test("Other characters are refused")
    func characters() {
        #expect(throws: IdentityError.nipCharacter(input: "19650709/198603/1/020", character: "/")) {
            try NIP("19650709/198603/1/020")
        }
        #expect(throws: IdentityError.nipCharacter(input: "1965070919860310２0", character: "２")) {
            try NIP("1965070919860310２0")
        }
    }

    @Test("Lengths other than 18 are refused", arguments: ["", "1965070919860310200", "19650709198603102"])
    func lengths(text: String) {
        #expect(throws: IdentityError.nipLength(input: text, digits: text.count)) { try NIP(text) }
    }

    @Test("The birth date must be real")
    func birthDate() {
        #expect(throws: IdentityError.nipBirthDate(input: "196502301986031020", field: "19650230")) {
            try NIP("196502301986031020")
        }
        #expect(throws: IdentityError.nipBirthDate(input: "196513091986031020", field: "19651309")) {
            try NIP("196513091986031020")
        }
        #expect(throws: IdentityError.nipBirthDate(input: "000007091986031020", field: "00000709")) {
            try NIP("000007091986031020")
        }
    }

    @Test("29 February only in leap years, including the 2000/1900 century rule")
    func leapDays() throws {
        #expect(try NIP("19840229 200501 2 001").birthDate.day == 29)
        #expect(try NIP("20000229 202201 1 001").birthDate.year == 2000)
        #expect(throws: IdentityError.self) { try NIP("19850229 200501 2 001") }
        #expect(throws: IdentityError.self) { try NIP("19000229 192001 1 001") }
    }

    @Test("The appointment month must be a real month")
    func appointmentMonth() {
        #expect(throws: IdentityError.nipAppointmentMonth(input: "196507091986131020", field: "198613")) {
            try NIP("196507091986131020")
        }
        #expect(throws: IdentityError.nipAppointmentMonth(input: "196507091986001020", field: "198600")) {
            try NIP("196507091986001020")
        }
    }

    @Test("The appointment month must be strictly after the birth month")
    func appointmentAfterBirth() throws {
        let sameMonth = #expect(throws: IdentityError.self) { try NIP("19650709 196507 1 020") }
        guard case .nipAppointmentBeforeBirth = sameMonth else {
            Issue.record("expected appointment-before-birth, got \(String(describing: sameMonth))")
            return
        }
        #expect(throws: IdentityError.self) { try NIP("19650709 196001 1 020") }
        #expect(try NIP("19650709 196508 1 020").appointment?.month == 8)
    }

    @Test("Sex digit must be 1 or 2", arguments: [0, 3, 9])
    func sexDigit(digit: Int) {
        let text = "19650709198603\(digit)020"
        #expect(throws: IdentityError.nipSexDigit(input: text, digit: digit)) { try NIP(text) }
    }

    @Test("Sex digit 2 is female")
    func female() throws {
        #expect(try NIP("19700101 199503 2 001").sex == .female)
    }

    @Test("Sequence 000 is refused, 001 and 999 accepted")
    func sequence() throws {
        #expect(throws: IdentityError.nipSequence(input: "196507091986031000")) { try NIP("196507091986031000") }
        #expect(try NIP("196507091986031001").sequence == 1)
        #expect(try NIP("196507091986031999").sequence == 999)
    }

    @Test("JSON is the 18 digits and decoding validates")
    func codable() throws {
        let nip = try NIP("19650709 198603 1 020")
        let data = try JSONEncoder().encode([nip])
        #expect(String(decoding: data, as: UTF8.self) == #"["196507091986031020"]"#)
        #expect(try JSONDecoder().decode([NIP].self, from: data) == [nip])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([NIP].self, from: Data(#"["19650218198705003"]"#.utf8))
        }
    }
}
