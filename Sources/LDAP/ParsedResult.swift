import CLDAP

/// An LDAPResult (RFC 4511 §4.1.9) copied out of a libldap message,
/// with the response controls this module understands.
struct ParsedResult {
    var code: LDAPResultCode
    var matchedDN: String?
    var diagnostic: String?
    var operation: String
    var passwordPolicy: PasswordPolicyResponse?
    /// The paged-results cookie; empty when the last page was sent.
    var pagedCookie: [UInt8]?

    func check(allowing allowed: Set<LDAPResultCode> = [.success]) throws(LDAPError) {
        guard allowed.contains(code) else { throw error }
    }

    var error: LDAPError {
        LDAPError(code: code, diagnostic: diagnostic, matchedDN: matchedDN, operation: operation, passwordPolicy: passwordPolicy)
    }
}

private let pagedResultsOID = "1.2.840.113556.1.4.319"  // RFC 2696
private let passwordPolicyOID = "1.3.6.1.4.1.42.2.27.8.5.1"

/// Copies the result code, texts and known controls out of `message`.
func parseResult(_ ld: OpaquePointer, _ message: borrowing Message, operation: String) -> ParsedResult {
    var code: Int32 = 0
    var matched: UnsafeMutablePointer<CChar>?
    var diagnostic: UnsafeMutablePointer<CChar>?
    var controls: UnsafeMutablePointer<UnsafeMutablePointer<LDAPControl>?>?
    let rc = ldap_parse_result(ld, message.pointer, &code, &matched, &diagnostic, nil, &controls, 0)
    defer {
        if let matched { ldap_memfree(matched) }
        if let diagnostic { ldap_memfree(diagnostic) }
        if let controls { ldap_controls_free(controls) }
    }
    guard rc == LDAP_SUCCESS else {
        return ParsedResult(code: LDAPResultCode(rawValue: rc), diagnostic: "the server's answer could not be decoded", operation: operation)
    }
    var result = ParsedResult(
        code: LDAPResultCode(rawValue: code),
        matchedDN: matched.map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 },
        diagnostic: diagnostic.map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 },
        operation: operation)
    if let controls {
        if let control = ldap_control_find(passwordPolicyOID, controls, nil) {
            var expire: ber_int_t = -1
            var grace: ber_int_t = -1
            var policyError = PP_noError
            if ldap_parse_passwordpolicy_control(ld, control, &expire, &grace, &policyError) == LDAP_SUCCESS {
                result.passwordPolicy = PasswordPolicyResponse(
                    error: policyError == PP_noError ? nil : PasswordPolicyResponse.failure(Int(policyError.rawValue)),
                    secondsUntilExpiration: expire >= 0 ? Int(expire) : nil,
                    graceLoginsRemaining: grace >= 0 ? Int(grace) : nil)
            }
        }
        if let control = ldap_control_find(pagedResultsOID, controls, nil) {
            var count: ber_int_t = 0
            var cookie = berval()
            if ldap_parse_pageresponse_control(ld, control, &count, &cookie) == LDAP_SUCCESS {
                result.pagedCookie = [UInt8](berval: cookie)
                if let value = cookie.bv_val { ber_memfree(value) }
            }
        }
    }
    return result
}
