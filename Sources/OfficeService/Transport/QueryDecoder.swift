/// Decodes an operation from flat text parameters (query string and path of a GET request): strings as they are,
/// numbers and booleans parsed, absent keys as nil. Nested values are not supported (GET operations have none).
public struct QueryDecoder {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from parameters: [String: String]) throws -> T {
        try T(from: ParameterDecoder(parameters: parameters, codingPath: []))
    }
}

/// Why a parameter could not be read.
public struct QueryDecodingError: Error, CustomStringConvertible {
    public let description: String
}

private struct ParameterDecoder: Decoder {
    let parameters: [String: String]
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(ParameterContainer<Key>(parameters: parameters, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw QueryDecodingError(description: "lists cannot be given as query parameters")
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw QueryDecodingError(description: "a single value cannot be given as query parameters")
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
            throw QueryDecodingError(description: "the parameter \(key.stringValue) is missing")
        }
        return value
    }

    private func number<T: LosslessStringConvertible>(_ key: Key, _ type: T.Type) throws -> T {
        let value = try text(key)
        guard let parsed = T(value) else {
            throw QueryDecodingError(description: "the parameter \(key.stringValue)=\(value) is not a \(type)")
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
        case let other: throw QueryDecodingError(description: "the parameter \(key.stringValue)=\(other) is not true or false")
        }
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let value: Any
        switch type {
        case is String.Type: value = try text(key)
        case is Int.Type: value = try number(key, Int.self)
        case is Int64.Type: value = try number(key, Int64.self)
        case is Bool.Type: value = try decode(Bool.self, forKey: key)
        default: throw QueryDecodingError(description: "the parameter \(key.stringValue) cannot be given in a query")
        }
        guard let typed = value as? T else {
            throw QueryDecodingError(description: "the parameter \(key.stringValue) cannot be given in a query")
        }
        return typed
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw QueryDecodingError(description: "the parameter \(key.stringValue) cannot be given in a query")
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw QueryDecodingError(description: "the parameter \(key.stringValue) cannot be given in a query")
    }

    func superDecoder() throws -> any Decoder { ParameterDecoder(parameters: parameters, codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder { ParameterDecoder(parameters: parameters, codingPath: codingPath) }
}
