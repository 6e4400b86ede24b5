/// A year and month, such as the appointment (TMT CPNS) month inside a NIP. Encodes as "YYYY-MM".
public struct YearMonth: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, 1...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int

    /// Creates a year-month, refusing months outside 1...12.
    public init(year: Int, month: Int) throws(IdentityError) {
        guard (1...9999).contains(year), (1...12).contains(month) else {
            throw .invalidYearMonth(year: year, month: month)
        }
        self.year = year
        self.month = month
    }

    /// The month containing `date`.
    public init(_ date: CivilDate) {
        year = date.year
        month = date.month
    }

    /// "YYYY-MM".
    public var description: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + (month < 10 ? "-0" : "-") + String(month)
    }

    /// Orders chronologically.
    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }

    /// Decodes "YYYY-MM".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard text.unicodeScalars.count == 7, text.unicodeScalars.dropFirst(4).first == "-",
              let year = text.digitValue(0..<4), let month = text.digitValue(5..<7)
        else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a year-month; write it as YYYY-MM")
        }
        do {
            try self.init(year: year, month: month)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes "YYYY-MM".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
