/// A value written in JSON and YAML as one string: decoding parses and validates
/// it again (a stored value that no longer validates is refused, naming why),
/// encoding writes ``codableText``.
public protocol TextCodable: Codable {
    /// Parses and validates the written form.
    init(codableText: String) throws
    /// The written form.
    var codableText: String { get }
}

extension TextCodable {
    /// Decodes the string and validates it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(codableText: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: String(describing: error))
        }
    }

    /// Encodes the written form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(codableText)
    }
}
