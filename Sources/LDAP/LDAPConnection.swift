import CLDAP
import Foundation

/// One connection to an LDAP server.
///
/// The `LDAP*` handle is owned by this actor, and the actor runs on its own
/// thread (``ThreadExecutor``): libldap's blocking calls never occupy Swift's
/// cooperative pool, and two threads never call `ldap_result` on one handle.
/// Every method runs to completion without suspending, so operations on one
/// connection never interleave.
public actor LDAPConnection {
    /// Where this connection goes.
    public nonisolated let options: LDAPConnectionOptions
    private let executor: ThreadExecutor
    /// The libldap handle. Only this actor's methods (on its one thread) use
    /// it, and `deinit`, which runs when nothing else can; it is marked
    /// `nonisolated(unsafe)` only so that `deinit` may close it
    /// (`isolated deinit` crashes the 6.3 optimizer across modules).
    nonisolated(unsafe) var handle: OpaquePointer?
    private var credentials: LDAPCredentials?
    /// False once the server refused to start a transaction.
    var transactionsUsable = true
    /// Why ``pipeline(_:window:transactionSize:progress:)`` writes without transactions on this connection, if it does.
    public internal(set) var transactionsUnavailable: String?
    /// The process holding a copy of the socket for guarded transactions (see ``TransactionSafety``), started
    /// with the first one. `nonisolated(unsafe)` for the same reason as `handle`.
    nonisolated(unsafe) var keeper: SocketKeeper?
    /// True from the start of a transaction until slapd answered its end: the connection must then not be closed
    /// (an unbind or a closed socket makes slapd 2.5 free the writes it may still be running).
    nonisolated(unsafe) var transactionOpen = false
    /// This connection's `monitorConnectionPeerAddress` in cn=Monitor, once seen there.
    var monitorAddress: String?
    /// Where a test makes this client die in its next transaction (fault injection).
    var injectedDeath: InjectedDeath?

    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        executor.asUnownedSerialExecutor()
    }

    /// How long to wait for each answer from now on, instead of ``LDAPConnectionOptions/operationTimeout`` (see
    /// ``limitAnswers(to:)``).
    private var answerOverride: Duration?

    /// How long a wait for the server's next answer lasts before it counts as a timeout.
    var answerLimit: Duration { answerOverride ?? options.operationTimeout }

    /// Waits at most `limit` for each answer from now on (nil: the options' operation timeout again). A
    /// ``ServerRotation`` opens and binds with its short answer timeout, so that a server that accepts connections
    /// but never answers is left quickly, then gives the connection its operation timeout for the work.
    public func limitAnswers(to limit: Duration?) {
        answerOverride = limit
    }

    /// A connection that is not open yet; see ``open()`` or ``connect(_:credentials:)``.
    public init(options: LDAPConnectionOptions) {
        _ = ignoreBrokenPipes
        self.options = options
        self.executor = ThreadExecutor(name: "ldap " + options.uris.joined(separator: " "))
    }

    deinit {
        Self.shutDown(handle: handle, keeper: keeper, transactionOpen: transactionOpen)
        executor.shutdown()
    }

    /// Opens a connection and, if credentials are given, binds.
    public static func connect(
        _ options: LDAPConnectionOptions, credentials: LDAPCredentials? = nil
    ) async throws(LDAPError) -> LDAPConnection {
        let connection = LDAPConnection(options: options)
        try await connection.open()
        if let credentials { try await connection.bind(credentials) }
        return connection
    }

    /// Connects to the first reachable URI (and runs StartTLS if asked).
    public func open() throws(LDAPError) {
        close()
        let uriList = options.uris.joined(separator: " ")
        var created: OpaquePointer?
        let rc = ldap_initialize(&created, uriList)
        guard rc == LDAP_SUCCESS, let ld = created else {
            throw LDAPError(
                code: LDAPResultCode(rawValue: rc),
                diagnostic: "cannot use the server URI list '\(uriList)'; expected ldap://host:port or ldapi://%2Fpath",
                operation: "connect")
        }
        var version = Int32(LDAP_VERSION3)
        ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version)
        ldap_set_option(ld, LDAP_OPT_REFERRALS, nil)  // LDAP_OPT_OFF: never chase referrals.
        var network = timeval(options.networkTimeout)
        ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &network)
        var operation = timeval(answerLimit)
        ldap_set_option(ld, LDAP_OPT_TIMEOUT, &operation)
        var result: Int32
        if options.startTLS {
            if let ca = options.caCertificateFile {
                ca.withCString { _ = ldap_set_option(ld, LDAP_OPT_X_TLS_CACERTFILE, $0) }
            }
            var demand = Int32(LDAP_OPT_X_TLS_HARD)
            ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand)
            var newContext: Int32 = 0
            ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &newContext)
            result = ldap_start_tls_s(ld, nil, nil)
        } else {
            result = ldap_connect(ld)
        }
        guard result == LDAP_SUCCESS else {
            let error = Self.error(ld, code: result, operation: options.startTLS ? "StartTLS to \(uriList)" : "connect to \(uriList)")
            ldap_unbind_ext(ld, nil, nil)
            throw error
        }
        // Received bytes are read in blocks, not two read(2) calls and a poll(2) per message; without it the
        // connection still works, only slower.
        _ = hakakses_ldap_read_ahead(ld)
        handle = ld
    }

    /// Closes the connection (an unbind). Safe to call twice.
    ///
    /// After a lost or timed-out guarded transaction, the socket is left to its keeper without an unbind, so that
    /// slapd is never told to drop the transaction while it may still be running it (see ``TransactionSafety``).
    public func close() {
        Self.shutDown(handle: handle, keeper: keeper, transactionOpen: transactionOpen)
        handle = nil
        keeper = nil
        transactionOpen = false
        monitorAddress = nil
    }

    /// True while a handle is open (it may still have been cut by the server).
    public var isOpen: Bool { handle != nil }

    /// Opens a fresh connection and binds again with the last credentials:
    /// what to do after an error with ``LDAPError/isConnectionLost``.
    public func reconnect() throws(LDAPError) {
        try open()
        if let credentials { try bind(credentials) }
    }

    // MARK: - Bind

    /// Binds with `credentials` and remembers them for ``reconnect()``.
    /// - Returns: the password-policy response for a simple bind, if the server sent one.
    @discardableResult
    public func bind(_ credentials: LDAPCredentials) throws(LDAPError) -> PasswordPolicyResponse? {
        switch credentials {
        case .simple(let dn, let password):
            let policy = try simpleBind(dn: dn, password: password)
            self.credentials = credentials
            return policy
        case .external:
            try externalBind()
            self.credentials = credentials
            return nil
        }
    }

    /// Simple bind, asking for the password-policy response.
    @discardableResult
    public func bind(dn: DN, password: String) throws(LDAPError) -> PasswordPolicyResponse? {
        try bind(.simple(dn: dn, password: password))
    }

    private func simpleBind(dn: DN, password: String) throws(LDAPError) -> PasswordPolicyResponse? {
        let operation = "bind as \(dn)"
        guard !password.isEmpty else {
            throw LDAPError.parameter("an empty password would make an anonymous bind; give the password", operation: operation)
        }
        let ld = try requireHandle(operation)
        var control: UnsafeMutablePointer<LDAPControl>?
        guard ldap_create_passwordpolicy_control(ld, &control) == LDAP_SUCCESS, let control else {
            throw Self.error(ld, code: nil, operation: operation)
        }
        let owned = OwnedControl(pointer: control)
        var msgid: Int32 = 0
        let rc = withBerval(Array(password.utf8)) { credential in
            withControls([owned.pointer]) { controls in
                ldap_sasl_bind(ld, dn.description, nil, &credential, controls, nil, &msgid)
            }
        }
        guard rc == LDAP_SUCCESS else { throw Self.error(ld, code: rc, operation: operation) }
        let message = try waitForResult(ld, msgid: msgid, operation: operation)
        let result = parseResult(ld, message, operation: operation)
        try result.check()
        return result.passwordPolicy
    }

    private func externalBind() throws(LDAPError) {
        let operation = "SASL EXTERNAL bind"
        let ld = try requireHandle(operation)
        // An empty initial response: "use the identity the transport proves".
        // Some servers still answer with an empty challenge (saslBindInProgress);
        // an empty response to it completes the exchange.
        var rc = LDAP_SASL_BIND_IN_PROGRESS
        var rounds = 0
        while rc == LDAP_SASL_BIND_IN_PROGRESS && rounds < 3 {
            rc = "".withCString { empty in
                var credential = berval(bv_len: 0, bv_val: UnsafeMutablePointer(mutating: empty))
                return ldap_sasl_bind_s(ld, nil, "EXTERNAL", &credential, nil, nil, nil)
            }
            rounds += 1
        }
        guard rc == LDAP_SUCCESS else { throw Self.error(ld, code: rc, operation: operation) }
    }

    /// The authorization identity of this connection (RFC 4532), e.g. `dn:uid=…`.
    public func whoAmI() throws(LDAPError) -> String {
        let operation = "who am I"
        let ld = try requireHandle(operation)
        var msgid: Int32 = 0
        let rc = ldap_whoami(ld, nil, nil, &msgid)
        guard rc == LDAP_SUCCESS else { throw Self.error(ld, code: rc, operation: operation) }
        let message = try waitForResult(ld, msgid: msgid, operation: operation)
        try parseResult(ld, message, operation: operation).check()
        var identity: UnsafeMutablePointer<berval>?
        guard ldap_parse_whoami(ld, message.pointer, &identity) == LDAP_SUCCESS else {
            throw Self.error(ld, code: nil, operation: operation)
        }
        defer { if let identity { ber_bvfree(identity) } }
        return identity.map { String(berval: $0.pointee) } ?? ""
    }

    // MARK: - Plumbing shared by the operation files

    func requireHandle(_ operation: String) throws(LDAPError) -> OpaquePointer {
        guard let handle else {
            throw LDAPError(code: .serverDown, diagnostic: "the connection is not open; call open() or reconnect()", operation: operation)
        }
        return handle
    }

    /// Waits for the complete result of `msgid`, abandoning it on timeout unless told not to.
    func waitForResult(
        _ ld: OpaquePointer, msgid: Int32, all: Bool = true, abandonOnTimeout: Bool = true, operation: String
    ) throws(LDAPError) -> Message {
        var timeout = timeval(answerLimit)
        var message: OpaquePointer?
        let tag = ldap_result(ld, msgid, all ? 1 : 0, &timeout, &message)
        if tag == -1 { throw Self.error(ld, code: nil, operation: operation) }
        guard tag != 0, let message else {
            if abandonOnTimeout { ldap_abandon_ext(ld, msgid, nil, nil) }
            throw LDAPError(code: .timeout, diagnostic: "no answer within \(answerLimit)", operation: operation)
        }
        return Message(message)
    }

    /// The error state libldap keeps on the handle (after a failed call).
    static func error(_ ld: OpaquePointer, code: Int32?, operation: String) -> LDAPError {
        var resultCode: Int32 = code ?? 0
        if code == nil { ldap_get_option(ld, LDAP_OPT_RESULT_CODE, &resultCode) }
        var diagnostic: UnsafeMutablePointer<CChar>?
        ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &diagnostic)
        var matched: UnsafeMutablePointer<CChar>?
        ldap_get_option(ld, LDAP_OPT_MATCHED_DN, &matched)
        defer {
            if let diagnostic { ldap_memfree(diagnostic) }
            if let matched { ldap_memfree(matched) }
        }
        var text = diagnostic.map { String(cString: $0) }
        if text?.isEmpty ?? true { text = String(libldap: ldap_err2string(resultCode)) }
        return LDAPError(
            code: LDAPResultCode(rawValue: resultCode), diagnostic: text,
            matchedDN: matched.map { String(cString: $0) }, operation: operation)
    }
}

/// libldap writes to sockets with `write(2)`; when the server has closed the
/// connection, the kernel raises SIGPIPE, whose default action ends the
/// process. Ignored once, process-wide, so that a lost server is an
/// ``LDAPError`` (`serverDown`) and not a crash.
private let ignoreBrokenPipes: Void = {
    signal(SIGPIPE, SIG_IGN)
}()

/// Passes a NULL-terminated `LDAPControl **` to `body`.
func withControls<R>(
    _ controls: [UnsafeMutablePointer<LDAPControl>],
    _ body: (UnsafeMutablePointer<UnsafeMutablePointer<LDAPControl>?>?) -> R
) -> R {
    guard !controls.isEmpty else { return body(nil) }
    var array: [UnsafeMutablePointer<LDAPControl>?] = controls
    array.append(nil)
    return array.withUnsafeMutableBufferPointer { body($0.baseAddress) }
}
