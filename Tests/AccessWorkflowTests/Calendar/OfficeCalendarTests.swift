import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("Office time")
struct OfficeCalendarTests {
    let calendar: OfficeCalendar

    init() throws { calendar = try Fixtures.mojokerto().calendar }

    func time(_ from: String, _ to: String) -> TimeInterval {
        calendar.officeTime(from: Fixtures.wib(from), to: Fixtures.wib(to))
    }

    @Test("Within one span")
    func simple() { #expect(time("2025-01-09 08:00", "2025-01-09 09:00") == 3600) }

    @Test("The 12:00–13:00 break does not count (Perpres 21/2023 week)")
    func lunch() { #expect(time("2025-01-09 11:30", "2025-01-09 13:30") == 3600) }

    @Test("On Friday the break is 11:30–13:00 and the office closes at 16:30")
    func friday() {
        #expect(time("2025-01-10 11:00", "2025-01-10 13:30") == 3600)
        #expect(time("2025-01-10 16:00", "2025-01-10 17:00") == 1800)
    }

    @Test("Nights do not count")
    func overnight() { #expect(time("2025-01-09 15:30", "2025-01-10 08:00") == 3600) }

    @Test("Weekends do not count; Friday closes at 16:30")
    func weekend() { #expect(time("2025-01-10 16:00", "2025-01-13 08:00") == 3600) }

    @Test("Holidays do not count (Monday 27 January 2025, Isra Mikraj)")
    func holiday() { #expect(time("2025-01-24 16:00", "2025-01-28 08:00") == 3600) }

    @Test("A whole week without holidays is 37.5 hours (Perpres 21/2023)")
    func week() { #expect(time("2025-02-03 00:00", "2025-02-10 00:00") == 135_000) }

    @Test("Outside office hours, reversed or equal instants give zero")
    func zero() {
        #expect(time("2025-01-11 08:00", "2025-01-12 20:00") == 0)
        #expect(time("2025-01-09 10:00", "2025-01-09 09:00") == 0)
        #expect(time("2025-01-09 10:00", "2025-01-09 10:00") == 0)
        #expect(time("2025-01-09 06:00", "2025-01-09 07:30") == 0)
    }

    @Test("The UTC offset matters: the same instants in a UTC office count different hours")
    func offset() throws {
        let utc = try OfficeCalendar(utcOffset: UTCOffset(hours: 0), hours: calendar.hours)
        // 08:00–09:00 WIB is 01:00–02:00 UTC, outside the UTC office's hours.
        #expect(utc.officeTime(from: Fixtures.wib("2025-01-09 08:00"), to: Fixtures.wib("2025-01-09 09:00")) == 0)
    }

    @Test("Seconds count exactly at span edges")
    func edges() {
        #expect(time("2025-01-09 11:59:30", "2025-01-09 13:00:30") == 60)
    }

    @Test("The default week is Perpres 21/2023's: 37.5 hours over five days, a 7.5-hour day; a day length may be given")
    func perpresDefault() throws {
        let week = try OfficeCalendar(utcOffset: .wib, hours: OfficeCalendar.perpres21Week)
        #expect(week.weeklySeconds == 135_000)
        #expect(week.dayLength == 27_000)
        #expect(Set(week.hours.keys) == [.monday, .tuesday, .wednesday, .thursday, .friday])
        #expect(week.hours[.friday]?.map(\.description) == ["07:30-11:30", "13:00-16:30"])
        #expect(try OfficeCalendar(utcOffset: .wib, hours: OfficeCalendar.perpres21Week, dayLength: 28_800).dayLength == 28_800)
        let sixDays = try OfficeCalendar(utcOffset: .wib, hours: OfficeCalendar.perpres21Week.merging(
            [.saturday: [try OfficeInterval(parsing: "07:30-12:00")]]) { old, _ in old })
        #expect(sixDays.dayLength == (135_000 + 16_200) / 6)
    }

    @Test("Calendars refuse overlaps, empty weeks and bad day lengths")
    func invalid() throws {
        let a = try OfficeInterval(parsing: "08:00-12:00"), b = try OfficeInterval(parsing: "11:00-13:00")
        #expect(throws: ConfigError.self) { try OfficeCalendar(utcOffset: .wib, hours: [.monday: [a, b]]) }
        #expect(throws: ConfigError.self) { try OfficeCalendar(utcOffset: .wib, hours: [:]) }
        #expect(throws: ConfigError.self) { try OfficeCalendar(utcOffset: .wib, hours: [.monday: [a]], dayLength: 0) }
        #expect(throws: ConfigError.self) { try OfficeInterval(parsing: "12:00-08:00") }
        #expect(throws: ConfigError.self) { try OfficeInterval(parsing: "8-12") }
        #expect(try OfficeInterval(parsing: "00:00-24:00").minutes == 1440)
    }
}

@Suite("Time standards")
struct TimeStandardTests {
    @Test("SOP and short forms parse", arguments: [
        ("15 menit", 15, TimeStandard.Unit.minutes), ("15 Menit", 15, .minutes), ("1 Hari", 1, .days), ("40m", 40, .minutes),
        ("2h", 2, .hours), ("2 jam", 2, .hours), ("1d", 1, .days), ("30 min", 30, .minutes), ("3 days", 3, .days),
    ])
    func parses(text: String, amount: Int, unit: TimeStandard.Unit) throws {
        let standard = try TimeStandard(parsing: text)
        #expect(standard.amount == amount && standard.unit == unit)
    }

    @Test("Seconds use the office's day length for days")
    func seconds() throws {
        #expect(try TimeStandard(parsing: "1 hari").seconds(dayLength: 28_800) == 28_800)
        #expect(try TimeStandard(parsing: "2 hari").seconds(dayLength: 25_200) == 50_400)
        #expect(try TimeStandard(parsing: "2 jam").seconds(dayLength: 1) == 7200)
        #expect(try TimeStandard(parsing: "40 menit").description == "40 menit")
    }

    @Test("Malformed standards are refused", arguments: ["", "menit", "15", "15 detik", "-5 menit", "0 menit", "1.5 jam", "1,5 jam"])
    func invalid(text: String) {
        #expect(throws: ConfigError.self) { try TimeStandard(parsing: text) }
    }
}
