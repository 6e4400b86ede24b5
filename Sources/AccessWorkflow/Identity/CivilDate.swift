/// A calendar date without time or zone (proleptic Gregorian), such as a birth date or an SK's effective date.
///
/// Encodes as "YYYY-MM-DD".
public struct CivilDate: Sendable, Hashable, Comparable, TextCodable, CustomStringConvertible {
    /// The year, 1...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...28/29/30/31.
    public let day: Int

    /// Creates a date, refusing days that do not exist (such as 2023-02-29).
    public init(year: Int, month: Int, day: Int) throws(IdentityError) {
        guard CivilDate.isValid(year: year, month: month, day: day) else {
            throw .invalidDate(year: year, month: month, day: day)
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "YYYY-MM-DD".
    public init(iso text: String) throws(IdentityError) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-",
              let year = text.digitValue(0..<4), let month = text.digitValue(5..<7),
              let day = text.digitValue(8..<10)
        else { throw .malformedDate(text) }
        try self.init(year: year, month: month, day: day)
    }

    /// Creates a date already known to be valid (internal arithmetic only).
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// True if the year/month/day triple names a real day between years 1 and 9999.
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...9999).contains(year) && (1...12).contains(month) && day >= 1
            && day <= daysInMonth(year: year, month: month)
    }

    /// True for Gregorian leap years (divisible by 4, except centuries not divisible by 400).
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in the month, or 0 for an invalid month.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeapYear(year) ? 29 : 28
        default: 0
        }
    }

    /// "YYYY-MM-DD".
    public var description: String {
        let y = String(year), m = String(month), d = String(day)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + (m.count < 2 ? "0" : "") + m
            + "-" + (d.count < 2 ? "0" : "") + d
    }

    /// Orders dates chronologically.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Parses and validates the written form (see ``TextCodable``).
    public init(codableText text: String) throws {
        try self.init(iso: text)
    }

    /// The written form.
    public var codableText: String { description }
}
