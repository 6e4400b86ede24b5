import Foundation
import Testing
@testable import AccessWorkflow

@Suite("Region codes and provinces")
struct RegionCodeTests {
    @Test("Dotted and compact forms are the same code with the built-in names")
    func forms() throws {
        let dotted = try RegionCode("62.08")
        #expect(dotted == (try RegionCode("6208")))
        #expect(dotted.province == 62 && dotted.regency == 8)
        #expect(dotted.description == "62.08")
        #expect(dotted.name == "Kabupaten Sukamara")
        #expect(dotted.provinceName == "Kalimantan Tengah")
        let mojokerto = try RegionCode("35.76")
        #expect(mojokerto.name == "Kota Mojokerto")
        #expect(mojokerto.provinceName == "Jawa Timur")
        #expect(try RegionCode("35.01").name == nil)
    }

    @Test("Invalid codes are refused")
    func invalid() {
        #expect(throws: IdentityError.unknownProvince(code: 20)) { try RegionCode("20.01") }
        #expect(throws: IdentityError.invalidRegency(province: 62, regency: 0)) { try RegionCode("62.00") }
        #expect(throws: IdentityError.malformedRegion("620")) { try RegionCode("620") }
        #expect(throws: IdentityError.malformedRegion("62.0A")) { try RegionCode("62.0A") }
    }

    @Test("The province table has the 38 current Kemendagri codes, each once")
    func provinces() {
        let expected = Array(11...19) + [21] + Array(31...36) + Array(51...53) + Array(61...65) + Array(71...76)
            + [81, 82] + Array(91...96)
        #expect(Province.all.map(\.code) == expected)
        #expect(Province.all.count == 38)
        #expect(Set(Province.all.map(\.name)).count == 38)
        #expect(Province.named(code: 96)?.name == "Papua Barat Daya")
        #expect(Province.named(code: 34)?.name == "Daerah Istimewa Yogyakarta")
    }
}

@Suite("Civil dates")
struct CivilDateTests {
    @Test("Validation of days per month and leap years")
    func validation() {
        #expect(CivilDate.isValid(year: 2024, month: 2, day: 29))
        #expect(!CivilDate.isValid(year: 2023, month: 2, day: 29))
        #expect(CivilDate.isValid(year: 2000, month: 2, day: 29))
        #expect(!CivilDate.isValid(year: 1900, month: 2, day: 29))
        #expect(!CivilDate.isValid(year: 2025, month: 4, day: 31))
        #expect(!CivilDate.isValid(year: 2025, month: 13, day: 1))
        #expect(!CivilDate.isValid(year: 2025, month: 1, day: 0))
    }

    @Test("ISO text and JSON")
    func iso() throws {
        let date = try CivilDate(iso: "2025-01-09")
        #expect(date.description == "2025-01-09")
        #expect(throws: IdentityError.malformedDate("2025-1-9")) { try CivilDate(iso: "2025-1-9") }
        #expect(throws: IdentityError.invalidDate(year: 2025, month: 2, day: 30)) { try CivilDate(iso: "2025-02-30") }
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == #"["2025-01-09"]"#)
    }

    @Test("Days since epoch and weekdays match known dates")
    func arithmetic() throws {
        #expect(try CivilDate(iso: "1970-01-01").daysSinceEpoch == 0)
        #expect(try CivilDate(iso: "2000-03-01").daysSinceEpoch == 11_017)
        #expect(try CivilDate(iso: "1969-12-31").daysSinceEpoch == -1)
        #expect(try CivilDate(iso: "2025-01-09").weekday == .thursday)
        #expect(try CivilDate(iso: "2019-06-01").weekday == .saturday)
        #expect(try CivilDate(iso: "2024-02-28").adding(days: 1) == (try CivilDate(iso: "2024-02-29")))
        #expect(try CivilDate(iso: "2023-12-31").adding(days: 1) == (try CivilDate(iso: "2024-01-01")))
        for days in stride(from: -800_000, through: 2_900_000, by: 997) {
            #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test("Local dates at a UTC offset")
    func localDate() throws {
        let instant = Date(timeIntervalSince1970: 1_736_442_000)  // 2025-01-09T17:00:00Z
        #expect(CivilDate(instant, offset: .wib) == (try CivilDate(iso: "2025-01-10")))
        #expect(CivilDate(instant, offset: try UTCOffset(hours: 0)) == (try CivilDate(iso: "2025-01-09")))
        #expect(try CivilDate(iso: "2025-01-10").start(offset: .wib) == instant)
    }

    @Test("UTC offsets parse numeric and Indonesian zone forms")
    func offsets() throws {
        #expect(try UTCOffset(parsing: "+07:00").seconds == 25_200)
        #expect(try UTCOffset(parsing: "WITA") == .wita)
        #expect(try UTCOffset(parsing: "wit").seconds == 32_400)
        #expect(try UTCOffset(parsing: "UTC+7") == .wib)
        #expect(try UTCOffset(parsing: "-0330").seconds == -12_600)
        #expect(UTCOffset.wib.description == "+07:00")
        #expect(throws: ConfigError.self) { try UTCOffset(parsing: "07:00") }
        #expect(throws: ConfigError.self) { try UTCOffset(parsing: "+15:00") }
        #expect(throws: ConfigError.self) { try UTCOffset(parsing: "WET") }
    }
}
