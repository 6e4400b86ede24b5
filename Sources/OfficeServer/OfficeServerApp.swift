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
        let idle = max(api.sessionIdleMinutes ?? 30, 0.05)
        let sessions = SessionStore(
            idle: .milliseconds(Int64(idle * 60_000)), maxAge: .seconds(Int64(api.sessionMaxHours ?? 12) * 3600))
        let throttle = LoginThrottle(
            perUser: api.failedLoginsPerUser ?? 4, perAddress: api.failedLoginsPerAddress ?? 20,
            window: .seconds(Int64(api.throttleWindowMinutes ?? 15) * 60))
        let routes = OfficeAPI(office: office, sessions: sessions, throttle: throttle, secureCookies: tls != nil)
        let router = routes.router()
        OfficeWeb(office: office, sessions: sessions, throttle: throttle, secureCookies: tls != nil).register(on: router)
        let scheme = tls == nil ? "http" : "https"
        let logger = self.logger
        let server: HTTPServerBuilder = if let tls { try .tls(.http1(), tlsConfiguration: tls) } else { .http1() }
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
        let group = ServiceGroup(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        try await group.run()
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
