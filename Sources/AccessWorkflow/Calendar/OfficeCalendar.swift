public import Foundation

/// An office's working time: weekly office hours (possibly several spans per day), holidays, and the length of one
/// office day ("hari" in time standards), all in the office's fixed UTC offset.
///
/// Without hours of its own an office works the week of Perpres 21/2023 (``perpres21Week``): 37.5 hours over five
/// days, breaks excluded.
public struct OfficeCalendar: Sendable, Hashable {
    /// The office's offset from UTC (Indonesia has no daylight saving time).
    public let utcOffset: UTCOffset
    /// Office hours per weekday, sorted and non-overlapping; a missing weekday has no office hours.
    public let hours: [Weekday: [OfficeInterval]]
    /// Dates with no office hours (national holidays, cuti bersama).
    public let holidays: Set<CivilDate>
    /// The length of one office day in seconds, used for time standards in days.
    public let dayLength: Int

    /// The office week of Perpres 21/2023 (hari kerja dan jam kerja instansi pemerintah): five working days and
    /// 37.5 hours a week without breaks, as most regional governments set it: Monday to Thursday 07:30–16:00 with a
    /// break 12:00–13:00, Friday 07:30–16:30 with a break 11:30–13:00 for the Friday prayer (7.5 hours each day).
    public static let perpres21Week: [Weekday: [OfficeInterval]] = {
        func span(_ start: Int, _ end: Int) -> [OfficeInterval] { (try? OfficeInterval(start: start, end: end)).map { [$0] } ?? [] }  // try?: the constant spans below are all valid; an invalid one would leave that part of the day out
        let monToThu = span(450, 720) + span(780, 960)
        let friday = span(450, 690) + span(780, 990)
        return [.monday: monToThu, .tuesday: monToThu, .wednesday: monToThu, .thursday: monToThu, .friday: friday]
    }()

    /// Creates a calendar, refusing overlapping spans, a week without hours and a non-positive day length. Without
    /// `dayLength`, one office day is the average of the week: its hours divided by its days with hours (7.5 hours
    /// for ``perpres21Week``).
    public init(
        utcOffset: UTCOffset, hours: [Weekday: [OfficeInterval]], holidays: Set<CivilDate> = [],
        dayLength: Int? = nil
    ) throws(ConfigError) {
        var sorted: [Weekday: [OfficeInterval]] = [:]
        for (weekday, spans) in hours where !spans.isEmpty {
            let ordered = spans.sorted()
            for (earlier, later) in zip(ordered, ordered.dropFirst()) where later.start < earlier.end {
                throw ConfigError(
                    "office hours \(earlier) and \(later) overlap; list separate, non-overlapping spans",
                    at: "hours.\(weekday)")
            }
            sorted[weekday] = ordered
        }
        guard !sorted.isEmpty else {
            throw ConfigError("no weekday has office hours; give at least one day, e.g. monday: [\"07:30-16:00\"]", at: "hours")
        }
        let weekly = sorted.values.reduce(0) { $0 + $1.reduce(0) { $0 + $1.minutes * 60 } }
        let dayLength = dayLength ?? weekly / sorted.count
        guard dayLength > 0, dayLength <= 86_400 else {
            throw ConfigError("day length must be between 1 minute and 24 hours; write e.g. '7 jam' or '450 menit'", at: "dayLength")
        }
        self.utcOffset = utcOffset
        self.hours = sorted
        self.holidays = holidays
        self.dayLength = dayLength
    }

    /// The office hours on a date: none on holidays and on weekdays without hours.
    public func intervals(on date: CivilDate) -> [OfficeInterval] {
        holidays.contains(date) ? [] : hours[date.weekday] ?? []
    }

    /// True if the office is open at some time on `date`.
    public func isWorkingDay(_ date: CivilDate) -> Bool { !intervals(on: date).isEmpty }

    /// Seconds of office time between two instants: only office hours count, in the office's local time; nights,
    /// days without hours and holidays are skipped. Zero if `end` is not after `start`.
    public func officeTime(from start: Date, to end: Date) -> TimeInterval {
        let offset = Double(utcOffset.seconds)
        let a = start.timeIntervalSince1970 + offset
        let b = end.timeIntervalSince1970 + offset
        guard b > a, a.isFinite, b.isFinite else { return 0 }
        let firstDay = Int((a / 86_400).rounded(.down))
        let lastDay = Int((b / 86_400).rounded(.down))
        var total: TimeInterval = 0
        for day in firstDay...lastDay {
            let dayStart = Double(day) * 86_400
            for span in intervals(on: CivilDate(daysSinceEpoch: day)) {
                let spanStart = dayStart + Double(span.start * 60)
                let spanEnd = dayStart + Double(span.end * 60)
                total += max(0, min(spanEnd, b) - max(spanStart, a))
            }
        }
        return total
    }

    /// Office hours per week in seconds (ignoring holidays).
    public var weeklySeconds: Int {
        hours.values.reduce(0) { $0 + $1.reduce(0) { $0 + $1.minutes * 60 } }
    }
}
