public import Foundation
import Yams

/// `config.yaml` as written by `hakakses init` or by hand. Paths are relative to the folder of the file. See
/// config/hakakses.example.yaml. The office server's file has everything; a workstation's may hold only `server:`.
public struct ConfigFile: Codable, Sendable {
    /// A label for messages, e.g. "Kabupaten Sukamara".
    public var office: String?
    /// The office's SOP definition (YAML).
    public var sop: String?
    /// The SIAK role catalogue (YAML); the built-in one when absent.
    public var roles: String?
    /// The SQLite database.
    public var database: String?
    /// The audit key file (mode 0600), never inside the database: every audit record carries its HMAC.
    public var auditKey: String?
    /// A rehearsal (demo, tests): callers may set the workflow clock. Off in production: the server's clock counts.
    public var rehearsal: Bool?
    public var directory: Directory?
    public var accounts: Accounts?
    public var sync: Sync?
    public var reconcile: Reconcile?
    /// Checkpoints and the scheduled full verification of the audit log (`hakakses serve`).
    public var audit: Audit?
    /// The office server's HTTP API (`hakakses serve`).
    public var api: API?
    /// Telling officials that a request waits for them, and escalating a step past its time standard.
    public var notifications: Notifications?
    /// For the CLI on a workstation: the office server's URL, e.g. https://hakakses.sukamarakab.go.id:8750.
    public var server: String?
    /// The CA certificate (PEM) that signed the office server's certificate, if not a system-trusted one.
    public var serverCAFile: String?
    /// The folder that keeps every generated document and uploaded evidence file (default: `archive` beside the
    /// database). See ``DocumentSettings``.
    public var archive: String?
    /// Document templates, the PDF printer and the evidence upload limit.
    public var documents: Documents?

    public init(
        office: String? = nil, sop: String? = nil, roles: String? = nil, database: String? = nil,
        auditKey: String? = nil, rehearsal: Bool? = nil, directory: Directory? = nil, accounts: Accounts? = nil,
        sync: Sync? = nil, reconcile: Reconcile? = nil, api: API? = nil, server: String? = nil,
        serverCAFile: String? = nil, archive: String? = nil, documents: Documents? = nil, audit: Audit? = nil
    ) {
        self.office = office
        self.sop = sop
        self.roles = roles
        self.database = database
        self.auditKey = auditKey
        self.rehearsal = rehearsal
        self.directory = directory
        self.accounts = accounts
        self.sync = sync
        self.reconcile = reconcile
        self.api = api
        self.server = server
        self.serverCAFile = serverCAFile
        self.archive = archive
        self.documents = documents
        self.audit = audit
    }

    public struct Directory: Codable, Sendable {
        /// Folder of an embedded local slapd (`hakakses directory start`); instead of `uris`.
        public var local: String?
        /// Servers, tried in order.
        public var uris: [String]?
        public var baseDN: String?
        public var startTLS: Bool?
        public var caFile: String?
        /// The bridge's service account and the file holding its password.
        public var bridgeDN: String?
        public var bridgePasswordFile: String?
        public var networkTimeoutSeconds: Int?
        public var operationTimeoutSeconds: Int?
        /// With several `uris`: how long each server may take to answer the bridge's bind before the next one is
        /// tried (default 5). A frozen server accepts connections and never answers.
        public var answerTimeoutSeconds: Int?
        /// In a national directory (issue 21): its suffix, e.g. `dc=dukcapil,dc=kemendagri,dc=go,dc=id`, above this
        /// office's `baseDN` (`ou=<region code>,<suffix>`). New usernames are then free across the whole suffix.
        public var nationalSuffix: String?
        /// The office's staff administrator (`cn=staff-admin,ou=services,<baseDN>`) and the file holding its password,
        /// for `hakakses staff` on a directory that is not the embedded one. Keep the file on the administrator's
        /// workstation (or readable by root only): the office server never needs it.
        public var staffAdminDN: String?
        public var staffAdminPasswordFile: String?

        public init(
            local: String? = nil, uris: [String]? = nil, baseDN: String? = nil, startTLS: Bool? = nil,
            caFile: String? = nil, bridgeDN: String? = nil, bridgePasswordFile: String? = nil,
            networkTimeoutSeconds: Int? = nil, operationTimeoutSeconds: Int? = nil
        ) {
            self.local = local
            self.uris = uris
            self.baseDN = baseDN
            self.startTLS = startTLS
            self.caFile = caFile
            self.bridgeDN = bridgeDN
            self.bridgePasswordFile = bridgePasswordFile
            self.networkTimeoutSeconds = networkTimeoutSeconds
            self.operationTimeoutSeconds = operationTimeoutSeconds
        }
    }

    public struct Accounts: Codable, Sendable {
        /// Username pattern, e.g. "{first}.{last}" or "{nip}".
        public var usernameRule: String?
        public var maxLength: Int?
        /// "drop" (default): usernames leave out Balinese I/Ni, caste titles and stray initials; "keep": every word.
        public var nameParticles: String?
        /// On a clash: "middle-names" (default: siti.nur.aminah before siti.aminah2) or "number".
        public var collisions: String?

        public init(usernameRule: String? = nil, maxLength: Int? = nil, nameParticles: String? = nil, collisions: String? = nil) {
            self.usernameRule = usernameRule
            self.maxLength = maxLength
            self.nameParticles = nameParticles
            self.collisions = collisions
        }
    }

    public struct Sync: Codable, Sendable {
        /// Writes per LDAP transaction in large decrees.
        public var transactionSize: Int?
        /// Writes outstanding at once.
        public var window: Int?
        /// Backoff while the directory is unreachable.
        public var retryInitialSeconds: Int?
        public var retryMaxSeconds: Int?
        /// Days a revoked (locked) entry stays before it is deleted.
        public var revocationGraceDays: Int?
        /// How often `serve` looks at the outbox.
        public var pollSeconds: Int?

        public init(
            transactionSize: Int? = nil, window: Int? = nil, retryInitialSeconds: Int? = nil,
            retryMaxSeconds: Int? = nil, revocationGraceDays: Int? = nil, pollSeconds: Int? = nil
        ) {
            self.transactionSize = transactionSize
            self.window = window
            self.retryInitialSeconds = retryInitialSeconds
            self.retryMaxSeconds = retryMaxSeconds
            self.revocationGraceDays = revocationGraceDays
            self.pollSeconds = pollSeconds
        }
    }

    public struct Reconcile: Codable, Sendable {
        /// Minutes between reconciliations in `serve`.
        public var intervalMinutes: Int?
        /// An apply that would change more than this share of the managed entries needs --force.
        public var maxChangePercent: Double?
        /// An apply touching at most this many entries never needs --force.
        public var alwaysAllowedChanges: Int?
        /// Whether `serve` applies the differences it finds (else it only reports them).
        public var applyInServe: Bool?

        public init(
            intervalMinutes: Int? = nil, maxChangePercent: Double? = nil, alwaysAllowedChanges: Int? = nil,
            applyInServe: Bool? = nil
        ) {
            self.intervalMinutes = intervalMinutes
            self.maxChangePercent = maxChangePercent
            self.alwaysAllowedChanges = alwaysAllowedChanges
            self.applyInServe = applyInServe
        }
    }

    public struct Audit: Codable, Sendable {
        /// A checkpoint of the verified workflow state is written when the log has grown by this many records
        /// (and at shutdown), so that a start verifies it and only the records after it.
        public var checkpointEvery: Int?
        /// Hours between full verifications of the whole log by `serve` (each writes a fresh checkpoint).
        public var verifyIntervalHours: Double?

        public init(checkpointEvery: Int? = nil, verifyIntervalHours: Double? = nil) {
            self.checkpointEvery = checkpointEvery
            self.verifyIntervalHours = verifyIntervalHours
        }
    }

    public struct API: Codable, Sendable {
        /// Address and port to listen on, e.g. "127.0.0.1:8750" (the default: loopback only) or "0.0.0.0:8750";
        /// port 0 picks a free one (tests).
        public var listen: String?
        /// TLS: the server's certificate chain and private key (PEM). Without them the API speaks plain HTTP and
        /// must sit behind a TLS reverse proxy on the same host (see the README).
        public var tlsCertificate: String?
        public var tlsKey: String?
        /// A session ends after this many minutes without a request, and after `sessionMaxHours` in any case.
        public var sessionIdleMinutes: Double?
        public var sessionMaxHours: Int?
        /// Failed logins allowed per user and per client address within `throttleWindowMinutes` before further
        /// attempts are refused for a while (on top of the directory's own lockout).
        public var failedLoginsPerUser: Int?
        public var failedLoginsPerAddress: Int?
        public var throttleWindowMinutes: Int?
        /// The directory's password policy for staff (`pwdMaxFailure`, `pwdFailureCountInterval`,
        /// `pwdLockoutDuration` of `cn=default,ou=policies`; 5, 15 and 15 as shipped): the server lets at most
        /// `directoryMaxFailures - 2` wrong passwords for one official reach the directory within the throttle window
        /// (never shorter than `directoryFailureIntervalMinutes`), so guessing through the server can never lock an
        /// official out, and treats a lock as over after `directoryLockoutMinutes`.
        public var directoryMaxFailures: Int?
        public var directoryFailureIntervalMinutes: Int?
        public var directoryLockoutMinutes: Int?
        /// How long (seconds, at most 60; default 10) an official's roles and lock state, re-read from the directory
        /// for every call, are reused.
        public var authorityCacheSeconds: Double?
        /// Serve plain HTTP on an address other than loopback (refused without it; logged loudly with it). Only for a
        /// closed network under the administrator's own responsibility: staff passwords and operators' new passwords
        /// would cross it in clear.
        public var insecureHTTP: Bool?
        /// Session cookies marked `Secure` (default true: the browser sends them only over HTTPS, which a TLS proxy in
        /// front of the server gives; browsers treat http://127.0.0.1 as secure too).
        public var secureCookies: Bool?
        /// Addresses of reverse proxies whose `clientAddressHeader` (default `X-Forwarded-For`, its last entry) names
        /// the client; from anyone else the header is ignored and the peer address counts.
        public var trustedProxies: [String]?
        public var clientAddressHeader: String?
        /// A request must arrive within this many seconds (default 30), and an idle connection is closed after
        /// `idleTimeoutSeconds` (default 60).
        public var readTimeoutSeconds: Int?
        public var idleTimeoutSeconds: Int?
        /// The replicas that may copy the log and the archive (`hakakses replica`): the SHA-256 of each one's token,
        /// `sha256:` and 64 hexadecimal digits, as `hakakses replica token` prints it. The tokens stay on the
        /// replicas' machines.
        /// SHA-256 (hex) of the tokens that may read `/metrics` from another host (`Authorization: Bearer TOKEN`);
        /// from the server host itself (loopback) no token is needed.
        public var metricsTokens: [String]?
        public var replicaTokens: [String]?

        public init(
            listen: String? = nil, tlsCertificate: String? = nil, tlsKey: String? = nil,
            sessionIdleMinutes: Double? = nil, sessionMaxHours: Int? = nil, failedLoginsPerUser: Int? = nil,
            failedLoginsPerAddress: Int? = nil, throttleWindowMinutes: Int? = nil
        ) {
            self.listen = listen
            self.tlsCertificate = tlsCertificate
            self.tlsKey = tlsKey
            self.sessionIdleMinutes = sessionIdleMinutes
            self.sessionMaxHours = sessionMaxHours
            self.failedLoginsPerUser = failedLoginsPerUser
            self.failedLoginsPerAddress = failedLoginsPerAddress
            self.throttleWindowMinutes = throttleWindowMinutes
        }
    }

    public struct Notifications: Codable, Sendable {
        /// A program run once per notification (no shell): arguments are the recipients' uids; the environment holds
        /// HAKAKSES_SUBJECT, HAKAKSES_KIND (step or escalation), HAKAKSES_REQUEST, HAKAKSES_STEP, HAKAKSES_TO
        /// (addresses); the message is on standard input.
        public var command: String?
        /// Or the local mail transfer agent: `sendmail -t` (e.g. /usr/sbin/sendmail), with `from` and the addresses.
        public var sendmail: String?
        public var from: String?
        /// An official's address: from `addresses` by uid, else this pattern with {uid}, e.g. "{uid}@dukcapil.sukamarakab.go.id".
        public var addressPattern: String?
        public var addresses: [String: String]?
        /// The web address of the office server, for links in messages, e.g. https://hakakses.sukamarakab.go.id:8750.
        public var publicURL: String?
        /// How often the server looks for requests that reached a step or passed a standard.
        public var pollSeconds: Int?

        public init(command: String? = nil, sendmail: String? = nil, from: String? = nil, addressPattern: String? = nil,
                    addresses: [String: String]? = nil, publicURL: String? = nil, pollSeconds: Int? = nil) {
            self.command = command
            self.sendmail = sendmail
            self.from = from
            self.addressPattern = addressPattern
            self.addresses = addresses
            self.publicURL = publicURL
            self.pollSeconds = pollSeconds
        }
    }

    /// Reads and decodes a configuration file.
    public static func load(_ url: URL) throws(OfficeError) -> ConfigFile {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .badInput(.configurationUnreadable(path: url.path, detail: error.localizedDescription))
        }
        do { return try YAMLDecoder().decode(ConfigFile.self, from: text) } catch {
            throw .badInput(.configurationInvalid(path: url.path, detail: String(describing: error).replacingOccurrences(of: "\n", with: " | ")))
        }
    }

    /// The file as YAML.
    public func yaml() throws -> String { try YAMLEncoder().encode(self) }
}
