/// The password-policy response control (draft-behera-ldap-password-policy)
/// that slapd's ppolicy overlay attaches to a bind.
public struct PasswordPolicyResponse: Sendable, Hashable, CustomStringConvertible {
    /// The error the policy reports, if any.
    public enum Failure: String, Sendable, Hashable, CustomStringConvertible {
        case passwordExpired, accountLocked, changeAfterReset, passwordModNotAllowed
        case mustSupplyOldPassword, insufficientPasswordQuality, passwordTooShort
        case passwordTooYoung, passwordInHistory, passwordTooLong
        public var description: String { rawValue }
    }

    public var error: Failure?
    /// Seconds until the password expires (a warning), if reported.
    public var secondsUntilExpiration: Int?
    /// Grace binds left after expiry, if reported.
    public var graceLoginsRemaining: Int?

    public init(error: Failure? = nil, secondsUntilExpiration: Int? = nil, graceLoginsRemaining: Int? = nil) {
        self.error = error
        self.secondsUntilExpiration = secondsUntilExpiration
        self.graceLoginsRemaining = graceLoginsRemaining
    }

    /// The password was set by an administrator and must be changed before
    /// anything else is allowed.
    public var mustChangePassword: Bool { error == .changeAfterReset }
    /// The account is locked (too many failures, or locked by an administrator).
    public var isAccountLocked: Bool { error == .accountLocked }

    public var description: String {
        var parts: [String] = []
        if mustChangePassword { parts.append("password must be changed") }
        else if let error { parts.append(error.rawValue) }
        if let seconds = secondsUntilExpiration { parts.append("password expires in \(seconds) s") }
        if let grace = graceLoginsRemaining { parts.append("\(grace) grace logins left") }
        return parts.isEmpty ? "no password policy warnings" : parts.joined(separator: ", ")
    }

    static func failure(_ code: Int) -> Failure? {
        let all: [Failure] = [
            .passwordExpired, .accountLocked, .changeAfterReset, .passwordModNotAllowed,
            .mustSupplyOldPassword, .insufficientPasswordQuality, .passwordTooShort,
            .passwordTooYoung, .passwordInHistory, .passwordTooLong,
        ]
        return code >= 0 && code < all.count ? all[code] : nil
    }
}
