import CLDAP
import Foundation

/// RFC 5805 transaction specification control.
private let transactionSpecificationOID = "1.3.6.1.1.21.2"
/// What slapd answers to each update queued in a transaction.
private let transactionQueued = LDAPResultCode(rawValue: 0x4120)

extension LDAPConnection {
    /// Applies `writes` atomically as one LDAP transaction (RFC 5805): either
    /// all of them take effect or none does. The server commits them in one
    /// database transaction, so a batch costs one disk sync instead of one per
    /// write. slapd's back-mdb supports this; check `supportedExtension`
    /// 1.3.6.1.1.21.1 on other servers.
    ///
    /// - Throws: the error of the write that made the server abort (with its
    ///   operation), or the error of the transaction itself.
    public func transaction(_ writes: [LDAPWrite], window: Int = 64) throws(LDAPError) {
        let window = max(1, window)
        let operation = "transaction of \(writes.count) writes"
        let ld = try requireHandle(operation)
        var identifier: UnsafeMutablePointer<berval>?
        let started = ldap_txn_start_s(ld, nil, nil, &identifier)
        guard started == LDAP_SUCCESS, let identifier else { throw Self.error(ld, code: started, operation: "start " + operation) }
        defer { ber_bvfree(identifier) }

        var control = LDAPControl()
        control.ldctl_oid = strdup(transactionSpecificationOID)
        control.ldctl_value = identifier.pointee
        control.ldctl_iscritical = 1
        defer { free(control.ldctl_oid) }

        // Send within a bounded window, reading the "queued" answers as they
        // come: slapd drops a connection with too many requests pending.
        var queued: [Int32: Int] = [:]
        var outstanding = 0
        var next = 0
        func abort(_ error: LDAPError) -> LDAPError {
            _ = ldap_txn_end_s(ld, 0, identifier, nil, nil, nil)
            return error
        }
        while next < writes.count || outstanding > 0 {
            while next < writes.count, outstanding < window {
                let index = next
                let msgid = try withUnsafeMutablePointer(to: &control) { pointer throws(LDAPError) in
                    try send(writes[index], ld, controls: [pointer])
                }
                queued[msgid] = index
                outstanding += 1
                next += 1
            }
            var timeout = timeval(options.operationTimeout)
            var received: OpaquePointer?
            let tag = ldap_result(ld, LDAP_RES_ANY, 1, &timeout, &received)
            if tag == -1 { throw Self.error(ld, code: nil, operation: operation) }
            guard tag != 0, let received else {
                throw abort(LDAPError(code: .timeout, diagnostic: "no answer within \(options.operationTimeout)", operation: operation))
            }
            let message = Message(received)
            outstanding -= 1
            let index = queued[ldap_msgid(message.pointer)] ?? 0
            let result = parseResult(ld, message, operation: writes[index].summary)
            guard result.code == transactionQueued || result.code == .success else { throw abort(result.error) }
        }
        // End (commit). libldap's ldap_txn_end_s cannot decode slapd's reply
        // when the commit fails, so read the LDAPResult ourselves.
        var msgid: Int32 = 0
        let ended = ldap_txn_end(ld, 1, identifier, nil, nil, &msgid)
        guard ended == LDAP_SUCCESS else { throw Self.error(ld, code: ended, operation: "commit " + operation) }
        let message = try waitForResult(ld, msgid: msgid, operation: "commit " + operation)
        try parseResult(ld, message, operation: "commit " + operation).check()
    }
}
