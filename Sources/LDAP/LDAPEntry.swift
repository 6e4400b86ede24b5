/// An entry returned by a search: its DN and attributes, with values as bytes.
///
/// Attribute names keep the server's spelling; lookups ignore case, as LDAP
/// attribute descriptions do.
public struct LDAPEntry: Sendable, Hashable, CustomStringConvertible {
    /// The entry's DN exactly as the server sent it.
    public let dn: String
    /// Attributes in the order the server sent them.
    public let attributes: [LDAPAttribute]

    public init(dn: String, attributes: [LDAPAttribute]) {
        self.dn = dn
        self.attributes = attributes
    }

    /// All values of `name` (case-insensitive), empty if absent.
    public subscript(name: String) -> [LDAPValue] {
        for attribute in attributes where attribute.name.caseInsensitiveEquals(name) {
            return attribute.values
        }
        return []
    }

    /// The values of `name` that are valid UTF-8 text.
    public func strings(_ name: String) -> [String] { self[name].compactMap(\.string) }

    /// The first value of `name` as text.
    public func string(_ name: String) -> String? { self[name].first?.string }

    /// The parsed DN, or nil if the server sent one libldap cannot parse.
    public var parsedDN: DN? { try? DN(parsing: dn) }  // try?: an optional view; callers that need the DN parse it themselves and handle the error

    public var description: String {
        var lines = ["dn: \(dn)"]
        for attribute in attributes {
            for value in attribute.values { lines.append("\(attribute.name): \(value)") }
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// ASCII case-insensitive comparison, the rule for attribute descriptions.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        let a = self.utf8, b = other.utf8
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) where x != y {
            let lx = (x >= 65 && x <= 90) ? x + 32 : x
            let ly = (y >= 65 && y <= 90) ? y + 32 : y
            if lx != ly { return false }
        }
        return true
    }
}
