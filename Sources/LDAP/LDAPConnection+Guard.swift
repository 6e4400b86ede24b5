import CLDAP
import Foundation

/// `cn=Monitor`'s list of connections (OpenLDAP's back-monitor).
private let monitorConnections = DN([RDN("cn", "Connections"), RDN("cn", "Monitor")])

/// The guard of ``TransactionSafety/guarded`` transactions: the keeper process and the `cn=Monitor` check.
extension LDAPConnection {
    /// Makes sure a guarded transaction may start on this socket: a keeper holds a copy of it, and `cn=Monitor`
    /// shows this connection (checked once per socket). Throws `notSupported` when either is impossible.
    func prepareGuard(_ ld: OpaquePointer, operation: String) throws(LDAPError) -> (keeper: SocketKeeper, address: String) {
        let address: String
        if let known = monitorAddress {
            address = known
        } else {
            guard let own = Self.ownAddress(ld) else {
                throw LDAPError(
                    code: .notSupported, diagnostic: "the connection is not over TCP, so cn=Monitor cannot tell it apart",
                    operation: operation)
            }
            do {
                try waitUntilAlone(address: own, operation: operation)
            } catch where error.code == .timeout || error.isConnectionLost {
                throw error
            } catch {
                throw LDAPError(
                    code: .notSupported,
                    diagnostic: "cn=Monitor does not show this connection (\(error.code.name): \(error.diagnostic ?? "")); "
                        + "the bridge account needs read access to cn=Connections,cn=Monitor",
                    operation: operation)
            }
            monitorAddress = own
            address = own
        }
        if let keeper { return (keeper, address) }
        var socket: Int32 = -1
        guard ldap_get_option(ld, LDAP_OPT_DESC, &socket) == LDAP_OPT_SUCCESS, socket >= 0 else {
            throw LDAPError(code: .notSupported, diagnostic: "libldap did not give the connection's socket", operation: operation)
        }
        let started = try SocketKeeper.start(holding: socket, grace: Self.keeperGrace(options))
        keeper = started
        return (started, address)
    }

    /// How long a keeper holds the socket after this process died in a transaction: long enough for slapd to
    /// finish any transaction, including one it was stuck in for a whole operation timeout.
    static func keeperGrace(_ options: LDAPConnectionOptions) -> Duration {
        options.keeperGrace ?? max(.seconds(30), options.operationTimeout * 2)
    }

    /// Waits until slapd reports that no operation of this connection is running but the check itself: every
    /// worker thread that handled an earlier request of ours is then done with it. Throws `timeout` after the
    /// operation timeout, or the search's error.
    func waitUntilAlone(address: String, operation: String) throws(LDAPError) {
        let request = SearchRequest(
            base: monitorConnections, scope: .oneLevel, filter: .equal("monitorConnectionPeerAddress", address),
            attributes: ["monitorConnectionOpsExecuting", "monitorConnectionOpsPending"])
        let deadline = ContinuousClock.now + options.operationTimeout
        var pause: UInt32 = 200
        while true {
            let entries = try search(request)
            guard entries.count == 1, let entry = entries.first else {
                throw LDAPError(code: .noSuchObject, diagnostic: "\(entries.count) connections from \(address) in cn=Monitor", operation: operation)
            }
            if entry.string("monitorConnectionOpsExecuting") == "1" && entry.string("monitorConnectionOpsPending") == "0" { return }
            guard ContinuousClock.now < deadline else {
                throw LDAPError(code: .timeout, diagnostic: "slapd still runs an earlier operation of this connection after \(options.operationTimeout)", operation: operation)
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
    }

    /// This end of the TCP connection as slapd's `monitorConnectionPeerAddress` shows it (`IP=a.b.c.d:port`,
    /// `IP=[v6]:port`), or nil for other transports.
    static func ownAddress(_ ld: OpaquePointer) -> String? {
        var socket: Int32 = -1
        guard ldap_get_option(ld, LDAP_OPT_DESC, &socket) == LDAP_OPT_SUCCESS, socket >= 0 else { return nil }
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let named = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        guard named == 0 else { return nil }
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        switch Int32(storage.ss_family) {
        case AF_INET:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { address -> String? in
                    var raw = address.pointee.sin_addr
                    guard inet_ntop(AF_INET, &raw, &text, socklen_t(text.count)) != nil else { return nil }
                    return "IP=\(Self.string(text)):\(UInt16(bigEndian: address.pointee.sin_port))"
                }
            }
        case AF_INET6:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { address -> String? in
                    var raw = address.pointee.sin6_addr
                    let port = UInt16(bigEndian: address.pointee.sin6_port)
                    let bytes = withUnsafeBytes(of: raw) { Array($0) }
                    if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xff && bytes[11] == 0xff {
                        return "IP=\(bytes[12]).\(bytes[13]).\(bytes[14]).\(bytes[15]):\(port)"  // IPv4-mapped, as slapd prints it
                    }
                    guard inet_ntop(AF_INET6, &raw, &text, socklen_t(text.count)) != nil else { return nil }
                    return "IP=[\(Self.string(text))]:\(port)"
                }
            }
        default:
            return nil
        }
    }

    private static func string(_ characters: [CChar]) -> String {
        String(decoding: characters.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Ends the connection the way a killed process would, without telling the server anything: this process's
    /// descriptor of the socket is replaced by /dev/null (so the unbind that frees libldap's handle goes nowhere),
    /// and the keeper, if any, is left to hold the socket for as long as a transaction needs it. With `expected`,
    /// only a descriptor still referring to that socket is replaced (libldap may have closed it, and the number been
    /// reused by another file since). Returns false when the handle must be leaked rather than unbound (the
    /// descriptor could not be replaced, or now refers to something else).
    static func dropDescriptor(_ ld: OpaquePointer, expected: SocketIdentity? = nil) -> Bool {
        var socket: Int32 = -1
        guard ldap_get_option(ld, LDAP_OPT_DESC, &socket) == LDAP_OPT_SUCCESS, socket >= 0 else { return true }
        if let expected, SocketIdentity(of: socket) != expected { return false }
        let null = Glibc.open("/dev/null", O_RDWR | O_CLOEXEC)
        guard null >= 0 else { return false }
        defer { Glibc.close(null) }
        return dup2(null, socket) == socket
    }

    /// Closes `handle` and lets go of `keeper`: with an unbind when no transaction is open; without a word when one
    /// is (the keeper then holds the socket until slapd is done). Used by ``close()`` and `deinit`.
    nonisolated static func shutDown(handle: OpaquePointer?, keeper: SocketKeeper?, transactionOpen: Bool) {
        if let handle {
            if transactionOpen, let keeper {
                if dropDescriptor(handle, expected: keeper.socket) { ldap_unbind_ext(handle, nil, nil) }
            } else {
                ldap_unbind_ext(handle, nil, nil)
            }
        }
        if let keeper {
            if transactionOpen { keeper.releaseAfterGrace() } else { keeper.release() }
        }
    }
}
