public import Foundation
public import LDAP

/// A real, throwaway OpenLDAP server built from the project's `ldif/`:
/// Debian's slapd on a free 127.0.0.1 port plus an ldapi socket, with its
/// configuration, database and logs in one folder.
///
/// Layout of the folder: `slapd.d/` (cn=config), `data/` (mdb), `run/ldapi`,
/// `secrets/<account>.password` (mode 0600), `slapd.log`, `instance.json`.
public actor LocalDirectory {
    /// The instance's folder.
    public nonisolated let folder: URL
    public nonisolated let configuration: LocalDirectoryConfiguration
    /// The TCP port slapd listens on (127.0.0.1).
    public nonisolated let port: Int
    /// This provider's `olcServerID`.
    public nonisolated let serverID: Int
    /// The passwords of the service accounts created in `ou=services`.
    public nonisolated let serviceAccounts: ServiceAccounts
    private let removeFolderOnDestroy: Bool
    private var process: SlapdProcess?
    /// A slapd being stopped: `start()` waits for it to exit (and free its port) first. The actor is reentrant, so
    /// a `start()` can run while a `stop()` waits for the old process; without this, the stop would then forget the
    /// new process (leaving it running after `destroy()`) or the start would find the old one still answering.
    private var stopping: SlapdProcess?

    init(
        folder: URL, configuration: LocalDirectoryConfiguration, port: Int, serverID: Int,
        serviceAccounts: ServiceAccounts, removeFolderOnDestroy: Bool, process: SlapdProcess?
    ) {
        self.folder = folder
        self.configuration = configuration
        self.port = port
        self.serverID = serverID
        self.serviceAccounts = serviceAccounts
        self.removeFolderOnDestroy = removeFolderOnDestroy
        self.process = process
    }

    public nonisolated var baseDN: DN { configuration.baseDN }
    /// `ldap://127.0.0.1:<port>`.
    public nonisolated var ldapURI: String { "ldap://127.0.0.1:\(port)" }
    /// Path of the ldapi socket.
    public nonisolated var socketPath: String { folder.appendingPathComponent("run/ldapi").path }
    /// `ldapi://` URI of the socket, percent-encoded.
    public nonisolated var ldapiURI: String { "ldapi://" + Self.percentEncoded(socketPath) }
    /// slapd's log file.
    public nonisolated var logFile: URL { folder.appendingPathComponent("slapd.log") }
    /// The PID of slapd, while it runs.
    public var pid: Int32? { process?.pid }

    // MARK: - Creating

    /// Builds a new directory in `folder` (a new temporary folder when nil),
    /// starts it and loads the tree from `dit.ldif`.
    public static func create(
        _ configuration: LocalDirectoryConfiguration = .init(), in folder: URL? = nil
    ) async throws(LocalDirectoryError) -> LocalDirectory {
        let directories = try await createCluster(providers: 1, configuration, in: folder)
        return directories[0]
    }

    /// Builds `providers` directories wired for multi-provider replication
    /// (each a syncrepl consumer of all the others), starts them and loads the
    /// tree on the first; the others receive it by replication. Then
    /// `consumers` read-only consumers (``ldif/consumer.ldif``) that pull from
    /// every provider and forward lockouts to them; they come last in the result.
    public static func createCluster(
        providers: Int, consumers: Int = 0, _ configuration: LocalDirectoryConfiguration = .init(), in parent: URL? = nil,
        detached: Bool = false
    ) async throws(LocalDirectoryError) -> [LocalDirectory] {
        try await makeCluster(providers: providers, consumers: consumers, configuration, in: parent, detached: detached, national: false)
    }

    /// ``createCluster(providers:consumers:_:in:detached:)`` for one office's tree (`dit.ldif`), or for the national
    /// directory (`national-dit.ldif` with the pattern rules of `national.ldif` and, on providers,
    /// `national-unique.ldif`; offices are added with ``addOffice(region:name:)``).
    static func makeCluster(
        providers: Int, consumers: Int, _ configuration: LocalDirectoryConfiguration, in parent: URL?, detached: Bool,
        national: Bool
    ) async throws(LocalDirectoryError) -> [LocalDirectory] {
        try SlapdProcess.requireInstalled()
        let templates = try LDIFTemplates.locate(configuration.ldifDirectory)
        let temporary = parent == nil
        let root: URL
        if let parent { root = parent } else { root = try makeTemporaryFolder() }
        let accounts = try ServiceAccounts.generate(baseDN: configuration.baseDN)
        var directories: [LocalDirectory] = []
        // A test run creates dozens of directories at once; on a slow two-core machine their first answers took longer
        // than start's limit (CI: "no answer within 60 s" for a whole wave of suites). A few at a time, from choosing
        // the ports to the first answers (a port chosen long before slapd binds it may be taken meanwhile).
        await SlapdStartGate.shared.enter()
        var gated = true
        do throws(LocalDirectoryError) {
            var ports: [Int] = []
            for _ in 0..<(providers + consumers) { ports.append(try freeLoopbackPort()) }
            for index in 0..<(providers + consumers) {
                let name = index < providers ? "provider\(index + 1)" : "consumer\(index - providers + 1)"
                let folder = providers + consumers == 1 ? root : root.appendingPathComponent(name)
                let directory = LocalDirectory(
                    folder: folder, configuration: configuration, port: ports[index], serverID: index + 1,
                    serviceAccounts: accounts.stored(in: folder.appendingPathComponent("secrets")),
                    removeFolderOnDestroy: temporary, process: nil)
                try await directory.build(templates)
                directories.append(directory)
            }
            for (index, directory) in directories.enumerated() {
                try await directory.start(detached: detached)
                if let tls = configuration.tls { try await directory.apply(templates, "tls.ldif", directory.tlsTokens(tls)) }
                if national {
                    let tokens = try await directory.configTokens(templates)
                    try await directory.apply(templates, "national.ldif", tokens)
                    if index < providers { try await directory.apply(templates, "national-unique.ldif", tokens) }
                }
            }
            await SlapdStartGate.shared.leave()
            gated = false
            let providing = Array(directories.prefix(providers))
            if providers > 1 {
                for directory in providing {
                    let others = providing.filter { $0.serverID != directory.serverID }
                    try await directory.apply(templates, "replication.ldif", directory.replicationTokens(others))
                }
            }
            if national {
                try await directories[0].apply(templates, "national-dit.ldif", directories[0].treeTokens())
            } else {
                try await directories[0].loadTree(templates)
            }
            for consumer in directories.dropFirst(providers) {
                try await consumer.apply(templates, "consumer.ldif", consumer.consumerTokens(providing))
            }
            for directory in directories.dropFirst() {
                try await directory.waitForEntry(configuration.baseDN.child("ou", "services").child("cn", "replicator"))
            }
        } catch {
            if gated { await SlapdStartGate.shared.leave() }
            for directory in directories { await directory.stop() }
            if temporary { try? FileManager.default.removeItem(at: root) }  // try?: our own temporary folder after a failed start; the start's error is thrown
            throw error
        }
        if temporary && providers + consumers > 1 {
            // The cluster shares one temporary root; the last destroy removes it.
            for directory in directories { await directory.markCluster(root: root) }
        }
        return directories
    }

    private var clusterRoot: URL?
    private func markCluster(root: URL) { clusterRoot = root }

    /// Writes `config.ldif`, runs `slapadd -n0` into `slapd.d/`.
    private func build(_ templates: LDIFTemplates) throws(LocalDirectoryError) {
        let manager = FileManager.default
        do {
            for sub in ["slapd.d", "data", "run", "secrets"] {
                try manager.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            }
            try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.appendingPathComponent("secrets").path)
        } catch {
            throw .io("cannot create \(folder.path): \(error.localizedDescription)")
        }
        try serviceAccounts.write()
        let config = try templates.render("config.ldif", configTokens(templates))
        let configFile = folder.appendingPathComponent("config.ldif")
        do { try config.write(to: configFile, atomically: true, encoding: .utf8) } catch {
            throw .io("cannot write \(configFile.path): \(error.localizedDescription)")
        }
        _ = try SlapdProcess.run(SlapdProcess.slapadd, ["-n0", "-F", folder.appendingPathComponent("slapd.d").path, "-l", configFile.path])
        try writeInstanceRecord()
    }

    // MARK: - Running

    /// Starts slapd (again) and waits until it answers on the ldapi socket.
    /// A `detached` slapd runs in its own session and outlives this process
    /// (for `hakakses directory start`); otherwise it stays in this process's
    /// group, so that Ctrl-C on a test run stops it too.
    public func start(detached: Bool = false) async throws(LocalDirectoryError) {
        if let process, process.isRunning { return }
        if let stopping { await stopping.stop() }
        try? FileManager.default.removeItem(atPath: socketPath)  // try?: a stale socket of an earlier slapd may be absent; slapd fails loudly if it stays
        let started = try SlapdProcess.start(
            configDirectory: folder.appendingPathComponent("slapd.d"),
            urls: [ldapURI + "/", ldapiURI], log: logFile, detached: detached)
        process = started
        try writeInstanceRecord()
        // slapd answers within ~50 ms; the long limit only matters on a machine so
        // loaded that this task is not scheduled, and one more try always follows it.
        let limit = Duration.seconds(60)
        let deadline = ContinuousClock.now + limit
        var lastError = "no answer yet"
        while true {
            guard started.isRunning else {
                if process === started { process = nil }
                throw .notReady("slapd exited", log: tailOfLog())
            }
            do {
                let connection = try await LDAPConnection.connect(
                    LDAPConnectionOptions(uris: [ldapiURI], networkTimeout: .seconds(1), operationTimeout: .seconds(5)),
                    credentials: .external)
                await connection.close()
                return
            } catch {
                lastError = error.description
            }
            if ContinuousClock.now >= deadline { break }
            try? await Task.sleep(for: .milliseconds(20))  // try?: a polling pause; cancellation only ends the wait sooner
        }
        await started.stop()
        if process === started { process = nil }
        throw .notReady("no answer on \(ldapiURI) within \(limit) (\(lastError))", log: tailOfLog())
    }

    /// Stops slapd with SIGTERM and waits until the process has exited.
    /// - Returns: the signal that ended it, if one did (SIGSEGV: it crashed while shutting down).
    @discardableResult
    public func stop() async -> Int32? {
        guard let current = process else {
            if let stopping { await stopping.stop() }
            return nil
        }
        process = nil
        stopping = current
        await current.stop()
        if stopping === current { stopping = nil }
        return current.terminationSignal
    }

    /// Stops slapd and removes the folder if this instance created it.
    public func destroy() async {
        await stop()
        if let clusterRoot {
            // Remove the shared root once no provider folder is left running.
            try? FileManager.default.removeItem(at: folder)  // try?: removing our own temporary folder; a leftover is harmless
            let rest = (try? FileManager.default.contentsOfDirectory(atPath: clusterRoot.path)) ?? []  // try?: removing our own temporary folder; a leftover is harmless
            if rest.isEmpty { try? FileManager.default.removeItem(at: clusterRoot) }  // try?: removing our own temporary folder; a leftover is harmless
        } else if removeFolderOnDestroy {
            try? FileManager.default.removeItem(at: folder)  // try?: removing our own temporary folder; a leftover is harmless
        }
    }

    /// True while slapd runs.
    public var isRunning: Bool { process?.isRunning ?? false }

    /// The signal that ended slapd when it died on its own or was killed (SIGSEGV when it crashed); nil while it
    /// runs, after ``stop()``, or when another process started it.
    public var terminationSignal: Int32? { process?.terminationSignal }

    /// Sends `signal` to slapd (fault injection: SIGSTOP, SIGCONT, SIGKILL). False when no slapd of ours runs.
    public func send(_ signal: Int32) -> Bool {
        guard let process, process.isRunning else { return false }
        return process.send(signal)
    }

    // MARK: - Connecting

    /// Options for the TCP listener (and StartTLS with the instance's CA, if configured).
    public nonisolated func connectionOptions(startTLS: Bool = false) -> LDAPConnectionOptions {
        LDAPConnectionOptions(
            uris: [ldapURI], startTLS: startTLS, caCertificateFile: configuration.tls?.caFile,
            networkTimeout: .seconds(3), operationTimeout: .seconds(60))
    }

    /// A connection as the local administrator (ldapi + SASL EXTERNAL), which
    /// is the rootDN of the database and of cn=config. A connect refused at
    /// once (a machine so loaded that slapd's listener is behind) is tried
    /// twice more, 250 ms apart; any other error, and a third refusal, is thrown.
    public nonisolated func adminConnection() async throws(LDAPError) -> LDAPConnection {
        let options = LDAPConnectionOptions(uris: [ldapiURI], networkTimeout: .seconds(3), operationTimeout: .seconds(120))
        var attempt = 1
        while true {
            do throws(LDAPError) {
                return try await LDAPConnection.connect(options, credentials: .external)
            } catch where error.code == .serverDown && attempt < 3 {
                attempt += 1
                try? await Task.sleep(for: .milliseconds(250))  // try?: a polling pause; cancellation only ends the wait sooner
            }
        }
    }

    /// A connection over TCP bound as `account`.
    public nonisolated func connect(as account: ServiceAccount) async throws(LDAPError) -> LDAPConnection {
        try await LDAPConnection.connect(connectionOptions(), credentials: .simple(dn: account.dn, password: account.password))
    }

    // MARK: - Helpers

    func tailOfLog(lines: Int = 20) -> String {
        guard let text = try? String(contentsOf: logFile, encoding: .utf8) else { return "(no log)" }  // try?: the log only adds detail to an error already being reported
        return text.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }

    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if c.isASCII && (c.isLetter || c.isNumber || "-._~".contains(c)) {
                out.append(c)
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    static func makeTemporaryFolder() throws(LocalDirectoryError) -> URL {
        var template = Array((FileManager.default.temporaryDirectory.path + "/hakakses-dir-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw .io("cannot create a temporary folder") }
        return URL(fileURLWithPath: String(cString: made))
    }
}
