import CLDAP
import Foundation

/// RFC 5805 transaction specification control.
private let transactionSpecificationOID = "1.3.6.1.1.21.2"
/// What slapd answers to each update queued in a transaction.
private let transactionQueued = LDAPResultCode(rawValue: 0x4120)

/// Where a test makes this client die in its next transaction: the connection is then dropped as a killed
/// process's would be (no unbind; only the socket keeper, if any, still holds the socket).
@_spi(FaultInjection) public enum InjectedDeath: Sendable, Hashable {
    /// Once this many writes of the transaction are sent, before the answers still outstanding are read.
    case afterSending(writes: Int)
    /// Right after the end (commit or abort) request is sent, before its answer.
    case afterEnd
}

extension LDAPConnection {
    /// Applies `writes` atomically as one LDAP transaction (RFC 5805): either
    /// all of them take effect or none does. The server commits them in one
    /// database transaction, so a batch costs one disk sync instead of one per
    /// write. slapd's back-mdb supports this; check `supportedExtension`
    /// 1.3.6.1.1.21.1 on other servers.
    ///
    /// With ``TransactionSafety/guarded`` (the default), the end request is sent only once every write is answered
    /// and slapd reports no thread still working on one of them, and the socket outlives this process until the end
    /// is answered; see ``TransactionSafety`` for why slapd 2.5 needs both.
    ///
    /// - Throws: the error of the write that made the server abort (with its
    ///   operation), or the error of the transaction itself; `notSupported` when a guarded transaction cannot be
    ///   made safe on this connection.
    public func transaction(_ writes: [LDAPWrite], window: Int = 64) throws(LDAPError) {
        switch options.transactionSafety {
        case .guarded: try guardedTransaction(writes, window: max(1, window))
        case .unguarded: try unguardedTransaction(writes, window: max(1, window))
        }
    }

    /// Makes this client die at `death` in its next transaction (fault injection for tests), or not at all (nil).
    @_spi(FaultInjection) public func injectDeath(_ death: InjectedDeath?) {
        injectedDeath = death
    }

    private func guardedTransaction(_ writes: [LDAPWrite], window: Int) throws(LDAPError) {
        let operation = "transaction of \(writes.count) writes"
        let ld = try requireHandle(operation)
        let (keeper, address) = try prepareGuard(ld, operation: operation)
        try keeper.markOpen()
        // From here until the end is answered, a lost connection is left to the keeper (see close()).
        transactionOpen = true
        let identifier = try startTransaction(ld, operation: operation)
        defer { ber_bvfree(identifier) }
        var control = Self.specification(identifier)
        defer { free(control.ldctl_oid) }

        // Send within a bounded window (slapd drops a connection with too many requests pending) and read every
        // answer, even after a refusal: the end must not overtake a write slapd is still working on.
        var refusal: LDAPError?
        var queued: [Int32: Int] = [:]
        var next = 0
        while !queued.isEmpty || (refusal == nil && next < writes.count) {
            while refusal == nil, next < writes.count, queued.count < window {
                do {
                    let index = next
                    queued[try withUnsafeMutablePointer(to: &control) { pointer throws(LDAPError) in
                        try send(writes[index], ld, controls: [pointer])
                    }] = index
                } catch where !error.isConnectionLost {
                    refusal = error
                }
                next += 1
            }
            if case .afterSending(let count)? = injectedDeath, next >= count { throw die(operation) }
            guard !queued.isEmpty else { break }
            var timeout = timeval(answerLimit)
            var received: OpaquePointer?
            let tag = ldap_result(ld, LDAP_RES_ANY, 1, &timeout, &received)
            if tag == -1 { throw Self.error(ld, code: nil, operation: operation) }
            guard tag != 0, let received else {
                throw LDAPError(code: .timeout, diagnostic: "no answer within \(answerLimit)", operation: operation)
            }
            let message = Message(received)
            guard let index = queued.removeValue(forKey: ldap_msgid(message.pointer)) else { continue }
            let result = parseResult(ld, message, operation: writes[index].summary)
            if result.code != transactionQueued && result.code != .success && refusal == nil { refusal = result.error }
        }
        // Every write is answered, but slapd answers before its thread is done with the write: wait for that.
        try waitUntilAlone(address: address, operation: operation)
        let commit = refusal == nil
        let ending = (commit ? "commit " : "abort ") + operation
        var msgid: Int32 = 0
        let ended = ldap_txn_end(ld, commit ? 1 : 0, identifier, nil, nil, &msgid)
        guard ended == LDAP_SUCCESS else { throw Self.error(ld, code: ended, operation: ending) }
        if injectedDeath == .afterEnd { throw die(operation) }
        // No abandon on timeout: slapd may be running the end; the keeper keeps the socket until it is done.
        let message = try waitForResult(ld, msgid: msgid, abandonOnTimeout: false, operation: ending)
        // libldap's ldap_txn_end_s cannot decode slapd's reply when the commit fails, so read the LDAPResult ourselves.
        let result = parseResult(ld, message, operation: ending)
        transactionOpen = false
        keeper.markSettled()
        if let refusal { throw refusal }
        try result.check()
    }

    private func startTransaction(_ ld: OpaquePointer, operation: String) throws(LDAPError) -> UnsafeMutablePointer<berval> {
        var identifier: UnsafeMutablePointer<berval>?
        let started = ldap_txn_start_s(ld, nil, nil, &identifier)
        guard started == LDAP_SUCCESS, let identifier else { throw Self.error(ld, code: started, operation: "start " + operation) }
        return identifier
    }

    /// The transaction specification control for `identifier`; free its `ldctl_oid`.
    private static func specification(_ identifier: UnsafeMutablePointer<berval>) -> LDAPControl {
        var control = LDAPControl()
        control.ldctl_oid = strdup(transactionSpecificationOID)
        control.ldctl_value = identifier.pointee
        control.ldctl_iscritical = 1
        return control
    }

    /// Drops the connection as a killed process would and reports it (see ``injectDeath(_:)``).
    private func die(_ operation: String) -> LDAPError {
        if let handle, Self.dropDescriptor(handle) { ldap_unbind_ext(handle, nil, nil) }
        keeper?.releaseAfterGrace()
        handle = nil
        keeper = nil
        transactionOpen = false
        monitorAddress = nil
        injectedDeath = nil
        return LDAPError(code: .serverDown, diagnostic: "client death injected", operation: operation)
    }

    /// The client behaviour before issue 9 (``TransactionSafety/unguarded``), unchanged but for the fault
    /// injection points: it crashes slapd 2.5 and is kept only for the reproducer.
    private func unguardedTransaction(_ writes: [LDAPWrite], window: Int) throws(LDAPError) {
        let operation = "transaction of \(writes.count) writes"
        let ld = try requireHandle(operation)
        let identifier = try startTransaction(ld, operation: operation)
        defer { ber_bvfree(identifier) }
        var control = Self.specification(identifier)
        defer { free(control.ldctl_oid) }

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
            if case .afterSending(let count)? = injectedDeath, next >= count { throw die(operation) }
            var timeout = timeval(answerLimit)
            var received: OpaquePointer?
            let tag = ldap_result(ld, LDAP_RES_ANY, 1, &timeout, &received)
            if tag == -1 { throw Self.error(ld, code: nil, operation: operation) }
            guard tag != 0, let received else {
                throw abort(LDAPError(code: .timeout, diagnostic: "no answer within \(answerLimit)", operation: operation))
            }
            let message = Message(received)
            outstanding -= 1
            let index = queued[ldap_msgid(message.pointer)] ?? 0
            let result = parseResult(ld, message, operation: writes[index].summary)
            guard result.code == transactionQueued || result.code == .success else { throw abort(result.error) }
        }
        var msgid: Int32 = 0
        let ended = ldap_txn_end(ld, 1, identifier, nil, nil, &msgid)
        guard ended == LDAP_SUCCESS else { throw Self.error(ld, code: ended, operation: "commit " + operation) }
        if injectedDeath == .afterEnd { throw die(operation) }
        let message = try waitForResult(ld, msgid: msgid, operation: "commit " + operation)
        try parseResult(ld, message, operation: "commit " + operation).check()
    }
}
