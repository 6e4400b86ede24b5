import Testing
@testable import AccessWorkflow

/// NIP and NIK are kept as one integer each (``DigitNumber``): what they print, how they order and hash must be
/// what their 18 or 16 digits would give.
@Suite("NIP and NIK kept as integers")
struct CompactNumberTests {
    static let nips = ["196507091986031020", "198807152022212001", "197001011990011001", "200402292024021999", "195001011975121001"]
    static let niks = ["3201014507890001", "1101010101000001", "9471012812990123", "6208055203850009"]

    @Test func digitsRoundTripAndEachDigitByteMatches() throws {
        for text in Self.nips {
            let nip = try NIP(text)
            #expect(nip.digits == text && nip.description == text && nip.codableText == text)
            var bytes: [UInt8] = []
            nip.forEachDigitByte { bytes.append($0) }
            #expect(bytes == Array(text.utf8))
        }
        for text in Self.niks {
            let nik = try NIK(text)
            #expect(nik.digits == text)
            var bytes: [UInt8] = []
            nik.forEachDigitByte { bytes.append($0) }
            #expect(bytes == Array(text.utf8))
        }
    }

    @Test func orderAndEqualityAreThoseOfTheDigits() throws {
        let nips = try Self.nips.map { try NIP($0) }
        #expect(nips.sorted().map { $0.digits } == Self.nips.sorted())
        let niks = try Self.niks.map { try NIK($0) }
        #expect(niks.sorted().map { $0.digits } == Self.niks.sorted())
        #expect(try NIP("19650709 198603 1 020") == NIP("196507091986031020"))
        #expect(Set(try (Self.nips + Self.nips).map { try NIP($0) }).count == Self.nips.count)
        let keys = try [PersonKey.nip(NIP(Self.nips[1])), .nik(NIK(Self.niks[0])), .nip(NIP(Self.nips[0]))]
        #expect(keys.sorted().map(\.description) == keys.map(\.description).sorted(), "keys order as their encoded text")
    }

    @Test func ordinalsOrderAsTheKeysAndTellNIPFromNIK() throws {
        let keys = try Self.nips.map { PersonKey.nip(try NIP($0)) } + Self.niks.map { PersonKey.nik(try NIK($0)) }
        #expect(keys.sorted().map(\.ordinal) == keys.map(\.ordinal).sorted())
        #expect(Set(keys.map(\.ordinal)).count == keys.count)
        // The same digits as a NIP and as a NIK are different people.
        let nip = try NIP(snapshotNumber: 1234), nik = try NIK(snapshotNumber: 1234)
        #expect(nip.number == nik.number && PersonKey.nip(nip).ordinal != PersonKey.nik(nik).ordinal)
        #expect(PersonKey.nik(try NIK(snapshotNumber: 9_999_999_999_999_999)).ordinal < PersonKey.nip(nip).ordinal)
    }

    @Test func fieldsAreReadFromTheNumber() throws {
        let nip = try NIP("198807152022212001")
        #expect(nip.kind == .workAgreement && nip.appointmentYear == 2022 && nip.agreementCode == 21 && nip.sequence == 1)
        let nik = try NIK("3201014507890001")
        #expect(nik.district == 1 && nik.sex == .female && nik.birthDay == 5 && nik.birthMonth == 7 && nik.sequence == 1)
    }

    @Test func digitNumberKeepsLeadingZerosByWidth() throws {
        let number = try #require(DigitNumber("000123", width: 6))
        #expect(number.text(width: 6) == "000123")
        #expect(number.field(3..<6, width: 6) == 123)
        #expect(DigitNumber("12a", width: 3) == nil)
        #expect(DigitNumber("123", width: 4) == nil)
    }
}
