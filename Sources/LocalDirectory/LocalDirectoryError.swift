public import LDAP

/// Why a local directory could not be built, started or stopped.
public enum LocalDirectoryError: Error, Sendable, CustomStringConvertible {
    /// slapd, slapadd or openssl is not installed.
    case missingProgram(String, hint: String)
    /// The `ldif/` templates could not be found.
    case ldifNotFound(searched: [String])
    /// A template still has a token nobody replaced.
    case unresolvedToken(file: String, token: String)
    /// A program failed; its output says why.
    case programFailed(String, status: Int32, output: String)
    /// slapd exited or never answered.
    case notReady(String, log: String)
    /// Files of the instance could not be written or read.
    case io(String)
    /// The directory answered with an error while being set up.
    case ldap(LDAPError)
    /// The LDIF templates are malformed.
    case ldif(LDIFError)

    public var description: String {
        switch self {
        case .missingProgram(let name, let hint): return "\(name) is not installed: \(hint)"
        case .ldifNotFound(let searched):
            return "cannot find the ldif/ templates (config.ldif); looked in: \(searched.joined(separator: ", ")); set HAKAKSES_LDIF_DIR"
        case .unresolvedToken(let file, let token): return "\(file): token @\(token)@ has no value"
        case .programFailed(let name, let status, let output):
            return "\(name) failed with status \(status):\n\(output)"
        case .notReady(let reason, let log): return "slapd did not start: \(reason)\nlast lines of slapd.log:\n\(log)"
        case .io(let message): return message
        case .ldap(let error): return "setting up the directory: \(error)"
        case .ldif(let error): return "ldif template: \(error)"
        }
    }
}
