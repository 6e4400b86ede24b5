import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
public import Logging
import NIOCore
import NIOSSL
public import OfficeService
import ServiceLifecycle

/// The office server: the HTTP API, the bridge and the reconciler in one process that owns the database, the clock
/// and the audit key.
public struct OfficeServerApp: Sendable {
    public let office: Office
    public let logger: Logger

    public init(office: Office, logger: Logger) {
        self.office = office
        self.logger = logger
    }

    /// Where to listen: `api.listen` ("host:port"), loopback port 8750 by default.
    static func bindAddress(_ listen: String?) throws(OfficeError) -> (host: String, port: Int) {
        let text = listen ?? "127.0.0.1:8750"
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else {
            throw .badInput(.listenAddress(text))
        }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return (host.isEmpty ? "127.0.0.1" : host, port)
    }

    /// Runs until SIGTERM or SIGINT; `ready` gets the server's base URL once it listens.
    public func run(ready: @escaping @Sendable (String) async -> Void = { _ in }) async throws {
        let settings = office.settings
        let api = settings.raw.api ?? ConfigFile.API()
        let (host, port) = try Self.bindAddress(api.listen)
        let tls = try Self.tlsConfiguration(api, folder: settings.folder)
        try Self.checkTransport(host: host, tls: tls != nil, api: api, logger: logger)
        if Self.isLoopback(host), tls == nil, (api.trustedProxies ?? []).isEmpty {
            logger.notice("""
                listening on loopback without api.trustedProxies: if a TLS proxy forwards to this port, every client \
                counts as the proxy's address for login throttling; set api.trustedProxies (e.g. [127.0.0.1])
                """)
        }
        switch await office.checkAnchor() {
        case .mismatch(let mismatch)?:
            logger.critical("READ-ONLY until recovered: \(mismatch.description)")
        case .matches?: logger.info("the database is the one the directory's audit anchor names")
        case .unknown?, nil: logger.warning("the directory's audit anchor could not be read yet; it is checked before the first change")
        }
        let throttle = LoginThrottle(
            perUser: api.failedLoginsPerUser ?? 3, perAddress: api.failedLoginsPerAddress ?? 20,
            window: .seconds(Int64(max(api.throttleWindowMinutes ?? 15, api.directoryFailureIntervalMinutes ?? 15)) * 60),
            directoryMaxFailures: api.directoryMaxFailures ?? 5)
        let secureCookies = api.secureCookies ?? true
        let routes = OfficeAPI(office: office, throttle: throttle, secureCookies: secureCookies)
        let router = routes.router(hsts: tls != nil)
        OfficeWeb(office: office, throttle: throttle, secureCookies: secureCookies).register(on: router)
        MetricsRoute(office: office, clientAddress: ClientAddress(for: office)).register(on: router)
        let scheme = tls == nil ? "http" : "https"
        let logger = self.logger
        let readTimeout = Int64(api.readTimeoutSeconds ?? 30)
        let http = HTTP1Channel.Configuration(
            additionalChannelHandlers: [RequestReadTimeout(seconds: readTimeout)],
            idleTimeout: .seconds(Int64(api.idleTimeoutSeconds ?? 60)))
        let server: HTTPServerBuilder = if let tls { try .tls(.http1(configuration: http), tlsConfiguration: tls) } else { .http1(configuration: http) }
        let app = Application(
            router: router, server: server,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "hak-akses"),
            onServerRunning: { channel in
                let actual = channel.localAddress?.port ?? port
                let shown = host.contains(":") ? "[\(host)]" : host
                let url = "\(scheme)://\(shown):\(actual)"
                logger.info("office server listening on \(url)")
                await ready(url)
            },
            logger: logger)
        let sync = settings.raw.sync
        let reconcile = settings.raw.reconcile
        var services: [any Service] = [
            app,
            BridgeService(
                office: office, poll: .seconds(sync?.pollSeconds ?? 10), retryInitial: .seconds(sync?.retryInitialSeconds ?? 5),
                retryMax: .seconds(sync?.retryMaxSeconds ?? 300), logger: logger),
            ReconcileService(
                office: office, interval: .seconds(60 * (reconcile?.intervalMinutes ?? 15)),
                apply: reconcile?.applyInServe ?? true, logger: logger),
            AuditService(
                office: office, poll: .seconds(30),
                verifyInterval: .seconds(Int64(3600 * (settings.raw.audit?.verifyIntervalHours ?? 24))), logger: logger),
        ]
        if let notifier = Notifier(office: office) {
            services.append(NotificationService(notifier: notifier, office: office, logger: logger))
        }
        // Last, so the first to hear of a shutdown: replicas' waiting requests are answered before the server stops.
        services.append(ReplicaWaitService(office: office))
        let group = ServiceGroup(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        try await group.run()
    }

    /// Refuses plain HTTP on an address other than loopback, unless `api.insecureHTTP: true` says the administrator
    /// means it (then logged loudly at every start).
    static func checkTransport(host: String, tls: Bool, api: ConfigFile.API, logger: Logger) throws(OfficeError) {
        guard !tls, !isLoopback(host) else { return }
        guard api.insecureHTTP == true else { throw .badInput(.plainHTTPRefused(listen: api.listen ?? host)) }
        logger.critical("""
            INSECURE: serving plain HTTP on \(host) (api.insecureHTTP: true): staff passwords, session tokens and \
            operators' new passwords cross the network in clear; give api.tlsCertificate and api.tlsKey, or listen on \
            127.0.0.1 behind a TLS proxy
            """)
    }

    /// 127.0.0.0/8, ::1 and localhost.
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    static func tlsConfiguration(_ api: ConfigFile.API, folder: URL) throws(OfficeError) -> TLSConfiguration? {
        switch (api.tlsCertificate, api.tlsKey) {
        case (nil, nil): return nil
        case (let certificate?, let key?):
            func path(_ value: String) -> String { value.hasPrefix("/") ? value : folder.appendingPathComponent(value).path }
            do {
                let chain = try NIOSSLCertificate.fromPEMFile(path(certificate)).map { NIOSSLCertificateSource.certificate($0) }
                let privateKey = try NIOSSLPrivateKey(file: path(key), format: .pem)
                var configuration = TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(privateKey))
                configuration.minimumTLSVersion = .tlsv12
                return configuration
            } catch {
                throw .badInput(.tlsUnusable(certificate: path(certificate), key: path(key), detail: "\(error)"))
            }
        default:
            throw .badInput(.tlsHalf)
        }
    }
}
