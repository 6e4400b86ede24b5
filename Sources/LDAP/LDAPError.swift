/// Every failure of the LDAP module: the result code, the server's diagnostic
/// message and matched DN, the operation that failed, and for binds the
/// password-policy response.
///
/// Callers decide on retry with ``isConnectionLost`` / ``isTransient``: a lost
/// connection is retried after reconnecting, a refused operation is not.
public struct LDAPError: Error, Sendable, CustomStringConvertible {
    /// The LDAP or libldap result code.
    public let code: LDAPResultCode
    /// What the server (or libldap) said, if anything.
    public let diagnostic: String?
    /// The longest existing DN the server matched (for `noSuchObject`).
    public let matchedDN: String?
    /// The operation, e.g. `add uid=budi,ou=operators,dc=example,dc=id`.
    public let operation: String
    /// The password-policy response sent with a failed bind, if any.
    public let passwordPolicy: PasswordPolicyResponse?

    public init(
        code: LDAPResultCode, diagnostic: String? = nil, matchedDN: String? = nil,
        operation: String, passwordPolicy: PasswordPolicyResponse? = nil
    ) {
        self.code = code
        self.diagnostic = diagnostic.flatMap { $0.isEmpty ? nil : $0 }
        self.matchedDN = matchedDN.flatMap { $0.isEmpty ? nil : $0 }
        self.operation = operation
        self.passwordPolicy = passwordPolicy
    }

    /// The connection is gone; the operation may be retried after reconnecting.
    public var isConnectionLost: Bool { code.isConnectionLost }
    /// Retrying later may succeed (lost connection, busy, unavailable).
    public var isTransient: Bool { code.isTransient }

    public var description: String {
        var text = "\(operation): \(code)"
        if let diagnostic { text += ": \(diagnostic)" }
        if let matchedDN { text += " (matched DN: \(matchedDN))" }
        if let policy = passwordPolicy, let error = policy.error { text += " [password policy: \(error)]" }
        return text
    }

    /// An error raised by this module itself, for bad arguments.
    static func parameter(_ message: String, operation: String) -> LDAPError {
        LDAPError(code: .paramError, diagnostic: message, operation: operation)
    }
}
