/// One change to an entry's attribute in a modify request.
public struct Modification: Sendable, Hashable {
    public enum Operation: Int32, Sendable {
        case add = 0, delete = 1, replace = 2
    }
    public var operation: Operation
    public var attribute: String
    /// For `delete`, empty means "remove the whole attribute".
    /// For `replace`, empty means "remove the attribute if present".
    public var values: [LDAPValue]

    public init(_ operation: Operation, _ attribute: String, _ values: [LDAPValue]) {
        self.operation = operation
        self.attribute = attribute
        self.values = values
    }

    public static func add(_ attribute: String, _ values: [LDAPValue]) -> Self { .init(.add, attribute, values) }
    public static func add(_ attribute: String, _ values: String...) -> Self { .init(.add, attribute, values.map { LDAPValue($0) }) }
    public static func replace(_ attribute: String, _ values: [LDAPValue]) -> Self { .init(.replace, attribute, values) }
    public static func replace(_ attribute: String, _ values: String...) -> Self { .init(.replace, attribute, values.map { LDAPValue($0) }) }
    public static func delete(_ attribute: String, _ values: [LDAPValue] = []) -> Self { .init(.delete, attribute, values) }
    public static func delete(_ attribute: String, _ values: String...) -> Self { .init(.delete, attribute, values.map { LDAPValue($0) }) }
}

/// A write operation; the unit of ``LDAPConnection/pipeline(_:window:progress:)``.
public enum LDAPWrite: Sendable, Hashable {
    case add(DN, [LDAPAttribute])
    case modify(DN, [Modification])
    case delete(DN)
    case rename(DN, newRDN: RDN, newParent: DN?, deleteOldRDN: Bool)
    /// Password Modify (RFC 3062) setting `password` on the entry.
    case setPassword(DN, password: String)

    /// The entry the write targets.
    public var dn: DN {
        switch self {
        case .add(let dn, _), .modify(let dn, _), .delete(let dn), .rename(let dn, _, _, _), .setPassword(let dn, _):
            return dn
        }
    }

    /// A short name for messages, e.g. `add uid=budi,ou=operators,…`.
    public var summary: String {
        switch self {
        case .add(let dn, _): return "add \(dn)"
        case .modify(let dn, _): return "modify \(dn)"
        case .delete(let dn): return "delete \(dn)"
        case .rename(let dn, let rdn, _, _): return "rename \(dn) to \(rdn)"
        case .setPassword(let dn, _): return "set password of \(dn)"
        }
    }
}
