public import LDAP

/// Where things live in an office's directory (see ldif/dit.ldif).
public struct DirectoryLayout: Sendable, Hashable {
    /// The suffix, e.g. `dc=sukamarakab,dc=go,dc=id`; in a national directory the office's subtree,
    /// `ou=62.08,dc=dukcapil,dc=kemendagri,dc=go,dc=id`.
    public let baseDN: DN
    /// In a national directory, the national suffix: a new username must be free across it (every office's
    /// operators), not only under this office's `ou=operators`. Nil for an office's own directory.
    public let usernameScope: DN?

    public init(baseDN: DN, usernameScope: DN? = nil) {
        self.baseDN = baseDN
        self.usernameScope = usernameScope.flatMap { $0 == baseDN ? nil : $0 }
    }

    /// `siakManagedBy` value of the entries hak-akses owns.
    public static let managedMarker = "hak-akses"
    /// `pwdAccountLockedTime` of an administratively locked account (ppolicy: permanent until unlocked).
    public static let permanentLock = "000001010000Z"

    /// `ou=operators`: the SIAK accounts.
    public var operators: DN { baseDN.child("ou", "operators") }
    /// `ou=siak,ou=groups`: one group per SIAK role.
    public var siakGroups: DN { baseDN.child("ou", "groups").child("ou", "siak") }
    /// `ou=staff`: the officials who act in the workflow.
    public var staff: DN { baseDN.child("ou", "staff") }
    /// `ou=workflow,ou=groups`: one group per workflow role.
    public var workflowGroups: DN { baseDN.child("ou", "groups").child("ou", "workflow") }

    /// `cn=audit-anchor,ou=services`: the head of the audit log outside its database (written by the bridge only).
    public var auditAnchor: DN { baseDN.child("ou", "services").child("cn", "audit-anchor") }

    /// The entry of an operator account.
    public func operatorDN(username: String) -> DN { operators.child("uid", username) }
    /// A SIAK role group by its `cn`.
    public func siakGroup(_ cn: String) -> DN { siakGroups.child("cn", cn) }
}
