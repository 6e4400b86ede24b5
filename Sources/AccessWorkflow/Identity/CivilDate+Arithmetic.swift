public import Foundation

extension CivilDate {
    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400).quotient
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097).quotient
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(unchecked: year, month, day)
    }

    /// The date `days` later (or earlier, if negative).
    public func adding(days: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// The same day `months` later (or earlier), on the month's last day when it is shorter (31 January + 1 month is
    /// 28 or 29 February).
    public func adding(months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (floorDivide(index, 12).quotient, floorDivide(index, 12).remainder + 1)
        let next = CivilDate(unchecked: newMonth == 12 ? newYear + 1 : newYear, newMonth == 12 ? 1 : newMonth + 1, 1)
        let last = next.adding(days: -1).day
        return CivilDate(unchecked: newYear, newMonth, min(day, last))
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = floorDivide(daysSinceEpoch + 3, 7).remainder  // 0 = Monday
        return Weekday.allCases[index]
    }

    /// The local calendar date of `instant` at the given UTC offset.
    public init(_ instant: Date, offset: UTCOffset) {
        let local = Int((instant.timeIntervalSince1970 + Double(offset.seconds)).rounded(.down))
        self.init(daysSinceEpoch: floorDivide(local, 86_400).quotient)
    }

    /// The instant at which this date begins (00:00 local time) at the given UTC offset.
    public func start(offset: UTCOffset) -> Date {
        Date(timeIntervalSince1970: Double(daysSinceEpoch * 86_400 - offset.seconds))
    }
}
