/// A fixed offset from UTC. Indonesia has no daylight saving time: WIB is +07:00, WITA +08:00, WIT +09:00.
///
/// Encodes as "+07:00".
public struct UTCOffset: Sendable, Hashable, TextCodable, CustomStringConvertible {
    /// Seconds east of UTC.
    public let seconds: Int

    /// Western Indonesia Time (Waktu Indonesia Barat), UTC+07:00.
    public static let wib = UTCOffset(checkedSeconds: 7 * 3600)
    /// Central Indonesia Time (Waktu Indonesia Tengah), UTC+08:00.
    public static let wita = UTCOffset(checkedSeconds: 8 * 3600)
    /// Eastern Indonesia Time (Waktu Indonesia Timur), UTC+09:00.
    public static let wit = UTCOffset(checkedSeconds: 9 * 3600)

    private init(checkedSeconds: Int) { seconds = checkedSeconds }

    /// Creates an offset of whole minutes between -12:00 and +14:00.
    public init(hours: Int, minutes: Int = 0) throws(ConfigError) {
        let total = hours * 3600 + (hours < 0 ? -minutes : minutes) * 60
        guard (0..<60).contains(minutes), (-12 * 3600...14 * 3600).contains(total) else {
            throw ConfigError("UTC offset \(hours)h\(minutes)m is outside -12:00...+14:00; use a real offset such as +07:00")
        }
        seconds = total
    }

    /// Parses "+07:00", "+0700", "+07", "UTC+7", or the Indonesian zone names WIB, WITA, WIT.
    public init(parsing text: String) throws(ConfigError) {
        var body = text.trimmed.uppercased()
        switch body {
        case "WIB": self = .wib; return
        case "WITA": self = .wita; return
        case "WIT": self = .wit; return
        default: break
        }
        if body.hasPrefix("UTC") { body.removeFirst(3) }
        let invalid = ConfigError(
            "'\(text)' is not a UTC offset; write it as +07:00 (WIB), +08:00 (WITA) or +09:00 (WIT)")
        guard let sign = body.first, sign == "+" || sign == "-" else { throw invalid }
        let digits = body.dropFirst().filter { $0 != ":" }
        let numbers = String(digits)
        guard numbers.isASCIIDigits, [1, 2, 4].contains(numbers.count) else { throw invalid }
        let hourDigits = numbers.count == 4 ? 2 : numbers.count
        guard let hours = numbers.digitValue(0..<hourDigits) else { throw invalid }
        let minutes = numbers.count == 4 ? (numbers.digitValue(2..<4) ?? 60) : 0
        try self.init(hours: sign == "-" ? -hours : hours, minutes: minutes)
    }

    /// "+07:00".
    public var description: String {
        let magnitude = abs(seconds)
        let hours = magnitude / 3600, minutes = magnitude / 60 % 60
        return (seconds < 0 ? "-" : "+") + (hours < 10 ? "0" : "") + String(hours) + ":"
            + (minutes < 10 ? "0" : "") + String(minutes)
    }

    /// Parses and validates the written form (see ``TextCodable``).
    public init(codableText text: String) throws {
        try self.init(parsing: text)
    }

    /// The written form.
    public var codableText: String { description }
}
