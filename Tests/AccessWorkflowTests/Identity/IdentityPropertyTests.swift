import Foundation
import PropertyBased
import Testing
@testable import AccessWorkflow

@Suite("NIP, NI PPPK and NIK properties")
struct IdentityPropertyTests {
    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static let birth = zip(Gen.int(in: 1950...2004), Gen.int(in: 1...12), Gen.int(in: 1...28))
    static let tail = zip(Gen.bool(), Gen.int(in: 1...999))

    @Test("Any NIP built from valid fields parses back to its fields, as a NIP")
    func nip() async {
        await propertyCheck(count: 300, input: Self.birth, Gen.int(in: 18...40), Gen.int(in: 1...12), Self.tail) {
            birth, years, month, tail in
            let (year, birthMonth, day) = birth
            let text = Self.pad(year, 4) + Self.pad(birthMonth, 2) + Self.pad(day, 2) + Self.pad(year + years, 4)
                + Self.pad(month, 2) + (tail.0 ? "2" : "1") + Self.pad(tail.1, 3)
            do {
                let nip = try NIP(text)
                #expect(nip.kind == .civilServant)
                #expect(nip.birthDate == (try CivilDate(year: year, month: birthMonth, day: day)))
                #expect(nip.appointment == (try YearMonth(year: year + years, month: month)))
                #expect(nip.sex == (tail.0 ? .female : .male) && nip.sequence == tail.1)
                #expect(try NIP(nip.formatted) == nip)
            } catch {
                // propertyCheck ignores errors thrown by its body: record them.
                Issue.record("\(text) was refused: \(error)")
            }
        }
    }

    @Test("Any NI PPPK built from valid fields parses back to its fields, as a NI PPPK")
    func pppk() async {
        await propertyCheck(count: 300, input: Self.birth, Gen.int(in: 2019...2035), Gen.int(in: 13...99), Self.tail) {
            birth, agreement, code, tail in
            let (year, month, day) = birth
            let text = Self.pad(year, 4) + Self.pad(month, 2) + Self.pad(day, 2) + Self.pad(agreement, 4)
                + Self.pad(code, 2) + (tail.0 ? "2" : "1") + Self.pad(tail.1, 3)
            do {
                let number = try NIP(text)
                #expect(number.kind == .workAgreement)
                #expect(number.appointmentYear == agreement && number.agreementCode == code && number.appointment == nil)
                #expect(number.sex == (tail.0 ? .female : .male) && number.sequence == tail.1)
                #expect(try NIP(number.formatted) == number)
                let person = try Person(name: try PersonName("Pegawai"), nip: number, nik: nil)
                #expect(person.warnings.contains { $0.kind == .unusualAgreementCode } == (code != 21))
                // Age on 1 January of the agreement year: one year less unless born on 1 January.
                let age = agreement - year - (month == 1 && day == 1 ? 0 : 1)
                #expect(person.warnings.contains { $0.kind == .youngAtAppointment } == (age < 18))
            } catch {
                Issue.record("\(text) was refused: \(error)")
            }
        }
    }

    @Test("A NIK built from valid fields parses back, and agrees with a NIP of the same birth date and sex")
    func nikAgreesWithNIP() async {
        await propertyCheck(count: 300, input: Self.birth, Self.tail, Gen.int(in: 1...99), Gen.int(in: 1...9999)) {
            birth, tail, district, sequence in
            let (year, month, day) = birth
            let female = tail.0
            let nikText = "6208" + Self.pad(district, 2) + Self.pad(day + (female ? 40 : 0), 2) + Self.pad(month, 2)
                + Self.pad(year % 100, 2) + Self.pad(sequence, 4)
            let nipText = Self.pad(year, 4) + Self.pad(month, 2) + Self.pad(day, 2) + Self.pad(year + 25, 4) + "03"
                + (female ? "2" : "1") + Self.pad(tail.1, 3)
            do {
                let nik = try NIK(nikText)
                #expect(nik.sex == (female ? .female : .male) && nik.birthDay == day && nik.birthMonth == month)
                #expect(nik.district == district && nik.sequence == sequence)
                let person = try Person(name: try PersonName("Orang"), nip: try NIP(nipText), nik: nik)
                #expect(person.warnings.isEmpty, "\(nipText) / \(nikText): \(person.warnings)")
                // Move the NIK's day by one: the birth dates disagree, which is a warning, not an error.
                let other = day == 28 ? day - 1 : day + 1
                let shifted = try NIK("6208" + Self.pad(district, 2) + Self.pad(other + (female ? 40 : 0), 2)
                    + Self.pad(month, 2) + Self.pad(year % 100, 2) + Self.pad(sequence, 4))
                let mismatched = try Person(name: try PersonName("Orang"), nip: try NIP(nipText), nik: shifted)
                #expect(mismatched.warnings.map(\.kind) == [.birthDateMismatch])
            } catch {
                Issue.record("\(nikText) / \(nipText) was refused: \(error)")
            }
        }
    }
}
