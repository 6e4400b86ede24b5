/// One attribute value: raw bytes, as LDAP defines values (binary-safe,
/// never NUL-terminated).
public struct LDAPValue: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The value's octets.
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ string: String) { self.bytes = Array(string.utf8) }
    public init(stringLiteral value: String) { self.init(value) }

    /// The value as UTF-8 text, or nil if it is not valid UTF-8.
    public var string: String? { String(validating: bytes, as: UTF8.self) }

    /// Text if valid UTF-8, else `<N bytes>`.
    public var description: String { string ?? "<\(bytes.count) bytes>" }
}

/// An attribute with its values, as sent in an add request.
public struct LDAPAttribute: Hashable, Sendable {
    public var name: String
    public var values: [LDAPValue]
    public init(_ name: String, _ values: [LDAPValue]) {
        self.name = name
        self.values = values
    }
    public init(_ name: String, _ values: String...) {
        self.init(name, values.map { LDAPValue($0) })
    }
}
