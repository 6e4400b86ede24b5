/// A small identifier that is a plain string in JSON and YAML (a request id, step id, document id, role id).
///
/// Conforming types encode as a bare string and can be used as dictionary keys that encode as JSON object keys.
public protocol StringIdentifier: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    CustomStringConvertible, ExpressibleByStringLiteral, CodingKeyRepresentable
where RawValue == String {
    /// Wraps a raw string without validation; validation happens where the identifier is used.
    init(rawValue: String)
}

extension StringIdentifier {
    /// Creates the identifier from a string literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// The raw string.
    public var description: String { rawValue }

    /// Orders identifiers by their raw strings.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The dictionary key used when the identifier keys a JSON object.
    public var codingKey: any CodingKey { IdentifierKey(stringValue: rawValue) }

    /// Recreates the identifier from a JSON object key.
    public init?<T: CodingKey>(codingKey: T) { self.init(rawValue: codingKey.stringValue) }

    /// Decodes the identifier from a bare string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(rawValue: try container.decode(String.self))
    }

    /// Encodes the identifier as a bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A coding key holding an arbitrary string.
struct IdentifierKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

/// Checks shared by all identifiers that come from configuration files.
enum IdentifierSyntax {
    /// True when `text` is a lowercase slug: starts with a letter or digit, then letters, digits, '-' or '_'.
    static func isSlug(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isSlugScalar(first), first != "-", first != "_" else {
            return false
        }
        return text.unicodeScalars.allSatisfy(isSlugScalar)
    }

    private static func isSlugScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
    }
}
