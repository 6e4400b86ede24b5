/// A time standard (waktu, mutu baku) from an SOP table, measured in office time: "15 menit", "1 Hari", "40m",
/// "2 jam", "1d".
///
/// A day ("hari") is one office day, whose length the office calendar defines (default 8 hours).
public struct TimeStandard: Sendable, Hashable, TextCodable, CustomStringConvertible {
    /// The unit of a time standard.
    public enum Unit: String, Sendable, Hashable, Codable {
        /// Menit.
        case minutes
        /// Jam.
        case hours
        /// Hari: office days.
        case days
    }

    /// The number of units, at least 1.
    public let amount: Int
    /// The unit.
    public let unit: Unit

    /// Creates a standard of at least one unit.
    public init(amount: Int, unit: Unit) throws(ConfigError) {
        guard amount >= 1, amount <= 100_000 else {
            throw ConfigError("time standard \(amount) \(unit.rawValue) is out of range; use a whole number from 1 up")
        }
        self.amount = amount
        self.unit = unit
    }

    /// Parses a number followed by a unit: menit/min/m, jam/hour/h, hari/day/d (case-insensitive, space optional).
    public init(parsing text: String) throws(ConfigError) {
        let lowered = text.trimmed.lowercased()
        let digits = String(lowered.prefix { $0.isASCII && $0.isNumber })
        let word = String(lowered.dropFirst(digits.count)).trimmed
        let unit: Unit?
        switch word {
        case "menit", "mnt", "m", "min", "mins", "minute", "minutes": unit = .minutes
        case "jam", "h", "hr", "hrs", "hour", "hours": unit = .hours
        case "hari", "d", "day", "days": unit = .days
        default: unit = nil
        }
        guard !digits.isEmpty, digits.count <= 6, let unit, let amount = digits.digitValue(0..<digits.count) else {
            throw ConfigError("'\(text)' is not a time standard; write a whole number and a unit, e.g. '15 menit', '2 jam' or '1 hari'")
        }
        try self.init(amount: amount, unit: unit)
    }

    /// The standard in seconds of office time, given the length of one office day in seconds.
    public func seconds(dayLength: Int) -> Int {
        switch unit {
        case .minutes: amount * 60
        case .hours: amount * 3600
        case .days: amount * dayLength
        }
    }

    /// The standard in minutes of office time, given the length of one office day in seconds.
    public func minutes(dayLength: Int) -> Int { seconds(dayLength: dayLength) / 60 }

    /// The Indonesian form: "15 menit", "2 jam", "1 hari".
    public var description: String {
        switch unit {
        case .minutes: "\(amount) menit"
        case .hours: "\(amount) jam"
        case .days: "\(amount) hari"
        }
    }

    /// Parses and validates the written form (see ``TextCodable``).
    public init(codableText text: String) throws {
        try self.init(parsing: text)
    }

    /// The written form.
    public var codableText: String { description }
}
