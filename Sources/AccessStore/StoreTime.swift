import AccessWorkflow
import Foundation

/// Instants as stored in every table: UTC ISO 8601 with milliseconds ("2025-01-09T01:30:00.000Z"). The fixed width
/// makes text order equal time order, so SQL can compare them.
enum StoreTime {
    /// Milliseconds since 1970, rounded to the nearest (as workflow events are).
    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    /// The instant rounded to the millisecond.
    static func normalised(_ date: Date) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds(date)) / 1000)
    }

    /// "YYYY-MM-DDTHH:MM:SS.mmmZ".
    static func iso(_ date: Date) -> String {
        let ms = milliseconds(date)
        var days = ms / 86_400_000
        var rest = ms % 86_400_000
        if rest < 0 {
            days -= 1
            rest += 86_400_000
        }
        let seconds = Int(rest / 1000)
        return "\(CivilDate(daysSinceEpoch: Int(days)))T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):"
            + "\(pad(seconds % 60, 2)).\(pad(Int(rest % 1000), 3))Z"
    }

    /// Parses the stored form; nil for anything else.
    static func parse(_ text: String) -> Date? {
        let chars = Array(text.utf8)
        guard chars.count == 24, chars[10] == UInt8(ascii: "T"), chars[13] == UInt8(ascii: ":"),
              chars[16] == UInt8(ascii: ":"), chars[19] == UInt8(ascii: "."), chars[23] == UInt8(ascii: "Z"),
              let day = try? CivilDate(iso: String(decoding: chars[0..<10], as: UTF8.self)),  // try?: not a stored time: this parse returns nil and the caller throws invalidStoredValue
              let hour = number(chars[11..<13]), let minute = number(chars[14..<16]),
              let second = number(chars[17..<19]), let millis = number(chars[20..<23]),
              hour < 24, minute < 60, second < 60
        else { return nil }
        let total = (Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)) * 1000
            + Int64(millis)
        return Date(timeIntervalSince1970: Double(total) / 1000)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
