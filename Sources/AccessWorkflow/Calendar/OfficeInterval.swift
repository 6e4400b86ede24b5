/// A span of office hours within one day, in minutes after local midnight, such as 07:30–12:00.
///
/// Written "07:30-12:00" in SOP files.
public struct OfficeInterval: Sendable, Hashable, Comparable, TextCodable, CustomStringConvertible {
    /// Start, minutes after midnight (inclusive).
    public let start: Int
    /// End, minutes after midnight (exclusive), at most 24:00.
    public let end: Int

    /// Creates an interval with 0 <= start < end <= 1440.
    public init(start: Int, end: Int) throws(ConfigError) {
        guard 0 <= start, start < end, end <= 1440 else {
            throw ConfigError("office hours \(OfficeInterval.clock(start))-\(OfficeInterval.clock(end)) do not form a span within one day; the start must be before the end")
        }
        self.start = start
        self.end = end
    }

    /// Parses "07:30-12:00" (an en dash is accepted too).
    public init(parsing text: String) throws(ConfigError) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { String($0).trimmed }
        guard parts.count == 2, let start = OfficeInterval.minutes(parts[0]), let end = OfficeInterval.minutes(parts[1])
        else { throw ConfigError("'\(text)' is not a span of office hours; write it as HH:MM-HH:MM, e.g. 07:30-12:00") }
        try self.init(start: start, end: end)
    }

    private static func minutes(_ text: String) -> Int? {
        let pieces = text.split(separator: ":").map(String.init)
        guard pieces.count == 2, pieces[1].count == 2, (1...2).contains(pieces[0].count),
              let hours = pieces[0].digitValue(0..<pieces[0].count), let minutes = pieces[1].digitValue(0..<2),
              minutes < 60, hours < 24 || (hours == 24 && minutes == 0)
        else { return nil }
        return hours * 60 + minutes
    }

    static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }

    /// The length in minutes.
    public var minutes: Int { end - start }

    /// "07:30-12:00".
    public var description: String { OfficeInterval.clock(start) + "-" + OfficeInterval.clock(end) }

    /// Orders by start.
    public static func < (lhs: OfficeInterval, rhs: OfficeInterval) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }

    /// Parses and validates the written form (see ``TextCodable``).
    public init(codableText text: String) throws {
        try self.init(parsing: text)
    }

    /// The written form.
    public var codableText: String { description }
}
