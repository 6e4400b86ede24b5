public import Foundation

/// Event instants are kept at millisecond precision and written as UTC ISO 8601 text
/// ("2025-01-09T01:30:00.000Z"), so that stored events decode to exactly the values that were decided.
enum Timestamp {
    /// The instant rounded to the nearest millisecond.
    static func normalised(_ date: Date) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds(date)) / 1000)
    }

    /// Milliseconds since 1970-01-01T00:00:00Z, rounded to the nearest.
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// "YYYY-MM-DDTHH:MM:SS.mmmZ".
    static func iso(_ date: Date) -> String {
        let ms = milliseconds(date)
        let (days, msOfDay) = floorDivide(ms, 86_400_000)
        let day = CivilDate(daysSinceEpoch: Int(days))
        let seconds = Int(msOfDay / 1000)
        let millis = Int(msOfDay % 1000)
        return "\(day)T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2)).\(pad(millis, 3))Z"
    }

    /// Parses "YYYY-MM-DDTHH:MM:SS[.fff]Z"; nil for anything else.
    static func parse(_ text: String) -> Date? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 20, scalars.last == "Z", scalars[10] == "T", scalars[13] == ":", scalars[16] == ":",
              let day = try? CivilDate(iso: String(String.UnicodeScalarView(scalars[0..<10]))),  // try?: not an ISO date: this parse returns nil and the caller refuses the text
              let hour = text.digitValue(11..<13), let minute = text.digitValue(14..<16),
              let second = text.digitValue(17..<19), hour < 24, minute < 60, second < 60
        else { return nil }
        var millis = 0
        if scalars.count > 20 {
            let fraction = scalars.count - 21
            guard scalars[19] == ".", (1...3).contains(fraction),
                  let value = text.digitValue(20..<(20 + fraction))
            else { return nil }
            millis = value * [100, 10, 1][fraction - 1]
        } else if scalars[19] != "Z" {
            return nil
        }
        let total = (Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)) * 1000
            + Int64(millis)
        return Date(timeIntervalSince1970: Double(total) / 1000)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

/// Floor division and the matching non-negative remainder.
func floorDivide<T: BinaryInteger>(_ value: T, _ divisor: T) -> (quotient: T, remainder: T) {
    var quotient = value / divisor
    var remainder = value % divisor
    if remainder < 0 {
        quotient -= 1
        remainder += divisor
    }
    return (quotient, remainder)
}

/// Wraps an event instant so that it is stored at millisecond precision as UTC ISO 8601 text.
@propertyWrapper
public struct EventInstant: Sendable, Hashable, Codable {
    /// The instant, already rounded to the millisecond.
    public var wrappedValue: Date {
        didSet { wrappedValue = Timestamp.normalised(wrappedValue) }
    }

    /// Wraps `wrappedValue`, rounding it to the nearest millisecond.
    public init(wrappedValue: Date) { self.wrappedValue = Timestamp.normalised(wrappedValue) }

    /// Decodes "YYYY-MM-DDTHH:MM:SS.mmmZ".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = Timestamp.parse(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "'\(text)' is not a UTC instant like 2025-01-09T01:30:00.000Z; write it in that form")
        }
        self.wrappedValue = date
    }

    /// Encodes as "YYYY-MM-DDTHH:MM:SS.mmmZ".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Timestamp.iso(wrappedValue))
    }
}
