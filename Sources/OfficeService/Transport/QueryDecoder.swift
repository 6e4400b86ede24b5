/// Decodes an operation from flat text parameters (query string and path of a GET request): strings as they are,
/// numbers and booleans parsed, absent keys as nil. Nested values are not supported (GET operations have none).
public struct QueryDecoder {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from parameters: [String: String]) throws -> T {
        try T(from: ParameterDecoder(parameters: parameters, codingPath: []))
    }
}

/// Why a parameter could not be read: which parameter, and what was wrong with it.
public enum QueryDecodingError: Error, Equatable {
    /// A required parameter was left out.
    case missing(String)
    /// The parameter's value is not of its type (`number`, `integer` or `boolean`).
    case wrongType(name: String, value: String, expected: Expected)
    /// The parameter cannot be given in a query at all (a list or an object).
    case unsupported(String)

    public enum Expected: String, Sendable { case integer, number, boolean }
}

private struct ParameterDecoder: Decoder {
    let parameters: [String: String]
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(ParameterContainer<Key>(parameters: parameters, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw QueryDecodingError.unsupported(codingPath.map(\.stringValue).joined(separator: "."))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw QueryDecodingError.unsupported(codingPath.map(\.stringValue).joined(separator: "."))
    }
}

private struct ParameterContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let parameters: [String: String]
    let codingPath: [any CodingKey]
    var allKeys: [Key] { parameters.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { parameters[key.stringValue] != nil }
    func decodeNil(forKey key: Key) throws -> Bool { parameters[key.stringValue] == nil }

    private func text(_ key: Key) throws -> String {
        guard let value = parameters[key.stringValue] else {
            throw QueryDecodingError.missing(key.stringValue)
        }
        return value
    }

    private func number<T: LosslessStringConvertible>(_ key: Key, _ type: T.Type) throws -> T {
        let value = try text(key)
        guard let parsed = T(value) else {
            throw QueryDecodingError.wrongType(name: key.stringValue, value: value, expected: T.self is Double.Type ? .number : .integer)
        }
        return parsed
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String { try text(key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try number(key, Int.self) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try number(key, Int64.self) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try number(key, Double.self) }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        switch try text(key).lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no", "": return false
        case let other: throw QueryDecodingError.wrongType(name: key.stringValue, value: other, expected: .boolean)
        }
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let value: Any
        switch type {
        case is String.Type: value = try text(key)
        case is Int.Type: value = try number(key, Int.self)
        case is Int64.Type: value = try number(key, Int64.self)
        case is Bool.Type: value = try decode(Bool.self, forKey: key)
        default: throw QueryDecodingError.unsupported(key.stringValue)
        }
        guard let typed = value as? T else {
            throw QueryDecodingError.unsupported(key.stringValue)
        }
        return typed
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw QueryDecodingError.unsupported(key.stringValue)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw QueryDecodingError.unsupported(key.stringValue)
    }

    func superDecoder() throws -> any Decoder { ParameterDecoder(parameters: parameters, codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder { ParameterDecoder(parameters: parameters, codingPath: codingPath) }
}
