/// Where and how to connect.
public struct LDAPConnectionOptions: Sendable {
    /// Server URIs, tried in order by libldap (`ldap://host:port`, `ldapi://%2Fpath`).
    public var uris: [String]
    /// Upgrade the connection with StartTLS before anything else.
    public var startTLS: Bool
    /// PEM file of the CA that signed the server certificate (with StartTLS).
    public var caCertificateFile: String?
    /// How long to wait for a TCP connection.
    public var networkTimeout: Duration
    /// How long to wait for the result of one operation.
    public var operationTimeout: Duration
    /// How transactions keep the server safe from this client; see ``TransactionSafety``.
    public var transactionSafety: TransactionSafety
    /// How long the socket keeper holds the connection after this process died inside a transaction, so that
    /// slapd can finish it first; nil: twice the operation timeout, at least 30 seconds.
    public var keeperGrace: Duration?

    public init(
        uris: [String], startTLS: Bool = false, caCertificateFile: String? = nil,
        networkTimeout: Duration = .seconds(5), operationTimeout: Duration = .seconds(60),
        transactionSafety: TransactionSafety = .guarded, keeperGrace: Duration? = nil
    ) {
        self.uris = uris
        self.startTLS = startTLS
        self.caCertificateFile = caCertificateFile
        self.networkTimeout = networkTimeout
        self.operationTimeout = operationTimeout
        self.transactionSafety = transactionSafety
        self.keeperGrace = keeperGrace
    }

    public init(uri: String, startTLS: Bool = false, caCertificateFile: String? = nil) {
        self.init(uris: [uri], startTLS: startTLS, caCertificateFile: caCertificateFile)
    }
}

/// How to authenticate.
public enum LDAPCredentials: Sendable {
    /// A simple bind (RFC 4513 §5.1.3). An empty password is refused, because
    /// LDAP would treat it as an unauthenticated bind.
    case simple(dn: DN, password: String)
    /// SASL EXTERNAL: the identity the transport proves (over ldapi://, the
    /// peer's uid and gid; over TLS, a client certificate).
    case external
}

/// Search scope.
public enum SearchScope: Int32, Sendable {
    case base = 0, oneLevel = 1, subtree = 2, children = 3
}

/// One search.
public struct SearchRequest: Sendable {
    public var base: DN
    public var scope: SearchScope
    public var filter: Filter
    /// Attributes to return; empty means all user attributes, `+` the operational ones.
    public var attributes: [String]
    /// Client-side size limit (0: none; the server's limit still applies).
    public var sizeLimit: Int32

    public init(base: DN, scope: SearchScope = .subtree, filter: Filter = .all, attributes: [String] = [], sizeLimit: Int32 = 0) {
        self.base = base
        self.scope = scope
        self.filter = filter
        self.attributes = attributes
        self.sizeLimit = sizeLimit
    }
}
