public import AccessWorkflow
public import LDAP

/// What the directory should hold for one person on the roster: the entry's
/// managed attributes and exactly the SIAK groups of their roles.
public struct DesiredOperator: Sendable, Hashable {
    public let key: PersonKey
    public let username: String
    public let dn: DN
    /// Managed attributes (see ``OperatorMapping/managedAttributes``); an
    /// attribute absent here must be absent in the directory.
    public let attributes: [String: [String]]
    /// The managed SIAK groups the entry must be a member of (and no others).
    public let groups: Set<DN>
    /// The roster entry this comes from.
    public let roster: RosterEntry

    public init(key: PersonKey, username: String, dn: DN, attributes: [String: [String]], groups: Set<DN>, roster: RosterEntry) {
        self.key = key
        self.username = username
        self.dn = dn
        self.attributes = attributes
        self.groups = groups
        self.roster = roster
    }

    /// The add request for a new entry: objectClasses, uid, the marker and the managed attributes.
    public var addWrite: LDAPWrite {
        var list = [
            LDAPAttribute("objectClass", "inetOrgPerson", "siakPerson", "siakAccount"),
            LDAPAttribute("uid", username),
            LDAPAttribute("siakManagedBy", DirectoryLayout.managedMarker),
        ]
        for name in OperatorMapping.managedAttributes {
            if let values = attributes[name], !values.isEmpty { list.append(LDAPAttribute(name, values.map { LDAPValue($0) })) }
        }
        return .add(dn, list)
    }
}
