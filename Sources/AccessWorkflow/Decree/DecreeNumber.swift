/// The number of an SK (Surat Keputusan, decree), e.g. "000.8.3.3/240/Dukcapil/2025".
///
/// Checked loosely: segments separated by '/', none empty, the last a 4-digit year, no control characters. Spaces
/// around '/' are removed ("000.8.3.3/ 240 /Dukcapil/2025" is the same number).
public struct DecreeNumber: Sendable, Hashable, Comparable, TextCodable, CustomStringConvertible, CodingKeyRepresentable {
    /// The normalised number.
    public let rawValue: String

    /// Parses and normalises a number.
    public init(_ text: String) throws(DecreeError) {
        guard !text.containsControlCharacter else { throw .malformedNumber(text, reason: .controlCharacter) }
        let segments = text.split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmed }
        guard segments.count >= 2 else { throw .malformedNumber(text, reason: .noSlash) }
        guard !segments.contains(where: \.isEmpty) else { throw .malformedNumber(text, reason: .emptySegment) }
        guard let year = segments.last, year.count == 4, year.isASCIIDigits else {
            throw .malformedNumber(text, reason: .noYear)
        }
        guard text.count <= 128 else { throw .malformedNumber(text, reason: .tooLong) }
        rawValue = segments.joined(separator: "/")
    }

    /// The year in the last segment.
    public var year: Int { rawValue.split(separator: "/").last.flatMap { Int($0) } ?? 0 }

    /// The normalised number.
    public var description: String { rawValue }

    /// Orders by text.
    public static func < (lhs: DecreeNumber, rhs: DecreeNumber) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Used when numbers key a JSON object.
    public var codingKey: any CodingKey { IdentifierKey(stringValue: rawValue) }

    /// Parses a JSON object key.
    public init?<T: CodingKey>(codingKey: T) {
        guard let number = try? DecreeNumber(codingKey.stringValue) else { return nil }  // try?: a coding key that is not a decree number is no key of this dictionary (nil, as the protocol asks)
        self = number
    }

    /// Parses and validates the written form (see ``TextCodable``).
    public init(codableText text: String) throws {
        try self.init(text)
    }

    /// The written form.
    public var codableText: String { rawValue }
}
