import Foundation
import OfficeClient
import OfficeService

/// Where a staff command goes: the office server's API (a workstation, or the server host with `server:` set), or
/// — on the server host, as the service user that can read the audit key — the office itself in this process
/// ("local": used when no server is configured; refused while a server owns the database).
///
/// Either way the command runs the same ``OfficeOperation`` and prints the same answer.
final class OfficeLink {
    private enum Target {
        case local(Office, OfficeSettings)
        case remote(RemoteOffice, TokenCache)
    }

    private let target: Target
    private let staff: StaffOptions
    private var session: OfficeCaller?
    private var token: String?
    private var lock: WriterLock?
    private var cachedProfile: OfficeProfile?

    private init(target: Target, staff: StaffOptions) {
        self.target = target
        self.staff = staff
    }

    /// The link the options ask for.
    /// With `warmBridge` (a command that goes to the directory first), a local office's bridge connection is
    /// opened while the office itself is being opened (see ``BridgeWarmup``).
    static func open(_ config: ConfigOptions, _ staff: StaffOptions, warmBridge: Bool = false) throws(OfficeError) -> OfficeLink {
        let requested = ProcessInfo.processInfo.environment["HAKAKSES_NOW"].flatMap { $0.isEmpty ? nil : $0 }
        var rehearsalTime: Date?
        if let requested {
            guard let parsed = OfficeClock.parse(requested) else {
                throw .badInput(.rehearsalTime(requested))
            }
            rehearsalTime = parsed
        }
        let file = try config.file()
        if let server = config.serverTarget(file) {
            let remote = try RemoteOffice(
                url: server.url, caFile: server.caFile, rehearsalTime: rehearsalTime, language: Shell.language) { printWarning($0) }
            return OfficeLink(target: .remote(remote, TokenCache()), staff: staff)
        }
        let warmup = warmBridge ? file.flatMap { BridgeWarmup.start(file: config.url, $0) } : nil
        let settings = try config.load(file)
        if rehearsalTime != nil && !settings.rehearsal {
            printWarning(Catalogue.notices.rehearsalIgnoredLocally(settings.file.path).text(in: Shell.language))
        }
        let office = try Office(settings: settings, warmup: warmup) { printWarning($0) }
        let link = OfficeLink(target: .local(office, settings), staff: staff)
        link.localTime = settings.rehearsal ? rehearsalTime : nil
        return link
    }

    private var localTime: Date?

    /// Takes the database's one-writer lock for this process (local only; kept until the link ends), named for
    /// `purpose` in the refusal another process gets. A later write through ``perform(_:needsStaff:)`` reuses it.
    func holdWriterLock(purpose: String) throws(OfficeError) {
        guard case .local(_, let settings) = target, lock == nil else { return }
        lock = try WriterLock.acquire(for: settings.databaseURL, purpose: purpose)
    }

    /// Runs `operation`: locally, reads as the service user unless an official is named (`--user`), writes as the
    /// logged-in official; remotely always as the logged-in official.
    func perform<Operation: OfficeOperation>(_ operation: Operation, needsStaff: Bool? = nil) async throws(OfficeError)
        -> Operation.Output
    {
        let writes = Operation.route.method != .get
        switch target {
        case .local(let office, let settings):
            if writes && lock == nil {
                lock = try WriterLock.acquire(for: settings.databaseURL, purpose: "`hakakses` staff command on the server host")
            }
            // A write is an official's; a read too when an official is named (the same gate as through the server);
            // otherwise a read is the service user's on the server host.
            let caller: OfficeCaller = (needsStaff ?? (writes || staff.named != nil)) ? try await localSession(office) : .host
            let output = try await office.perform(operation, as: caller, requestedTime: localTime, language: Shell.language)
            if writes { await Self.checkpointIfDue(office) }
            return output
        case .remote(let remote, let cache):
            let token = try await remoteToken(remote, cache)
            do {
                return try await remote.perform(operation, token: token)
            } catch where error.kind == .unauthenticated {
                // A cached token that expired: log in again once.
                cache.remove(server: remote.baseURL, uid: try staff.requireUID())
                self.token = nil
                return try await remote.perform(operation, token: try await remoteToken(remote, cache))
            }
        }
    }

    /// Without a server, the command that writes keeps the audit checkpoint fresh (what `serve` does otherwise),
    /// so that the next command verifies only the records after it. A failure is a warning: the command stands.
    private static func checkpointIfDue(_ office: Office) async {
        do {
            _ = try await office.checkpointIfDue()
        } catch {
            printError("warning: the audit checkpoint was not written (\(error.description)); the next command walks the log from the previous one")
        }
    }

    /// The office's SOP as shown by the CLI.
    func profile() async throws(OfficeError) -> OfficeProfile {
        if let cachedProfile { return cachedProfile }
        let profile = try await perform(OfficeProfileQuery())
        cachedProfile = profile
        return profile
    }

    /// The local office, for the commands that only exist on the server host; nil when talking to a server.
    var localOffice: Office? {
        if case .local(let office, _) = target { return office }
        return nil
    }

    func close() async {
        if case .remote(let remote, _) = target { await remote.close() }
        lock = nil
    }

    /// Logs in on the server (or reuses the cached token) and returns the token.
    func login() async throws(OfficeError) -> StaffInfo? {
        switch target {
        case .local(let office, _):
            guard case .staff(let session) = try await localSession(office) else { return nil }
            return StaffInfo(uid: session.uid, name: session.actor.displayName, roles: session.actor.roles.map(\.rawValue).sorted())
        case .remote(let remote, let cache):
            _ = try await remoteToken(remote, cache)
            return try await perform(WhoAmIQuery())
        }
    }

    /// Ends the server session and forgets the cached token.
    func logout() async throws(OfficeError) {
        guard case .remote(let remote, let cache) = target else { return }
        let uid = try staff.requireUID()
        if let cached = cache.token(server: remote.baseURL, uid: uid) {
            do {
                try await remote.logout(token: cached)
            } catch where error.kind == .unauthenticated {
                // Already ended on the server.
            }
        }
        cache.remove(server: remote.baseURL, uid: uid)
    }

    private func localSession(_ office: Office) async throws(OfficeError) -> OfficeCaller {
        if let session { return session }
        let uid = try staff.requireUID()
        let password = try staff.password(for: uid)
        let login = try office.staffLogin()
        let caller = OfficeCaller.staff(try await login.login(uid: uid, password: password))
        session = caller
        return caller
    }

    private func remoteToken(_ remote: RemoteOffice, _ cache: TokenCache) async throws(OfficeError) -> String {
        if let token { return token }
        let uid = try staff.requireUID()
        if let cached = cache.token(server: remote.baseURL, uid: uid), staff.passwordPath == nil {
            token = cached
            return cached
        }
        let result = try await remote.login(uid: uid, password: try staff.password(for: uid))
        cache.store(result.token, server: remote.baseURL, uid: uid)
        token = result.token
        return result.token
    }
}

extension OfficeLink {
    /// Opens a link, runs `body` with it, and closes it.
    static func with<T>(
        _ config: ConfigOptions, _ staff: StaffOptions, warmBridge: Bool = false, _ body: (OfficeLink) async throws -> T
    ) async throws -> T {
        let link = try open(config, staff, warmBridge: warmBridge)
        do {
            let result = try await body(link)
            await link.close()
            return result
        } catch {
            await link.close()
            throw error
        }
    }
}
