public import AccessStore
public import AccessWorkflow
public import DirectorySync
public import Foundation
import LDAP
import Synchronization

/// The application layer: one office's database, clock and directory, and the authorised commands and queries of
/// its staff (``OfficeOperation``). The office server owns one `Office`; on the server host a command may own one
/// for itself (local administration). The CLI and the HTTP API only parse, call and format.
public final class Office: Sendable {
    public let settings: OfficeSettings
    public let store: AccessStore
    public let clock: OfficeClock
    /// Where warnings go (a command that stands, but something after it failed): the server's log, the CLI's
    /// standard error.
    let warn: @Sendable (String) -> Void
    let passes = AsyncLock()
    /// Figures for monitoring (`/metrics`).
    public let metrics = OfficeMetrics()
    /// The directory's servers when there are several, shared by every bridge of this process so that the server
    /// that answered last is tried first (see ``bridge()``).
    private let rotations = Mutex<ServerRotation?>(nil)
    /// One document printed at a time, from reading the archive index to recording the document: two prints at once
    /// would otherwise take the same running number (`{urut}`).
    let printing = AsyncLock()

    /// A bridge connection opened while the office was being opened, for its first directory call.
    let warmup: BridgeWarmup?
    /// Officials' roles and lock state as the directory says now (``authorize(_:_:)``).
    public let authority: StaffAuthority
    /// The sessions of the office server (in memory: a restart ends them all).
    public let sessions: SessionStore
    /// Whether the database is the one the directory's anchor names (the office is read-only while it is not).
    public let anchorWatch = AnchorWatch()
    /// The replicas the configuration admits (`api.replicaTokens`), and where each stood when it last asked.
    public let replicaTokens: ReplicaTokens
    public let replicaWatch = ReplicaWatch()
    /// Lookups of a request's status by the public (``RequestStatusQuery``): at most 5 wrong answers per request (6 from
    /// an address that found it before) and 20 per client address in 15 minutes, so the 6 digits cannot be guessed
    /// through the server.
    public let statusThrottle = LoginThrottle(perUser: 6, perAddress: 20, window: .seconds(900), directoryMaxFailures: 8)
    /// Operators changing their own password (``OperatorPasswordCommand``): wrong current passwords per username stay
    /// below the directory's lockout (`pwdMaxFailure: 5`), so guessing through the page never locks an operator out.
    public let passwordThrottle = LoginThrottle(perUser: 3, perAddress: 20, window: .seconds(900), directoryMaxFailures: 5)
    /// Requests for a new password (``PasswordResetRequestCommand``): wrong usernames or digits per username and per
    /// address, as the status page.
    public let resetThrottle = LoginThrottle(perUser: 5, perAddress: 20, window: .seconds(900), directoryMaxFailures: 8)

    /// Opens the office's database with its audit key; `warmup` (started from the same configuration) serves the
    /// bridge's first connection.
    public init(settings: OfficeSettings, warmup: BridgeWarmup? = nil, warn: @escaping @Sendable (String) -> Void) throws(OfficeError) {
        self.settings = settings
        self.store = try settings.openStore(warn: warn)
        let clock = OfficeClock(rehearsal: settings.rehearsal)
        if clock.rehearsal {
            do throws(StoreError) {
                if let last = try store.lastRecordedAt() { clock.seed(last) }
            } catch {
                warn("the rehearsal clock could not start from the log's newest record (\(error)); it starts from the machine's clock")
            }
        }
        self.clock = clock
        self.warn = warn
        self.warmup = warmup
        self.authority = StaffAuthority(settings: settings)
        let api = settings.raw.api
        self.replicaTokens = try ReplicaTokens(configured: api?.replicaTokens)
        self.sessions = SessionStore(
            idle: .milliseconds(Int64(max(api?.sessionIdleMinutes ?? 30, 0.05) * 60_000)),
            maxAge: .seconds(Int64(api?.sessionMaxHours ?? 12) * 3600))
    }

    public var sop: SOPDefinition { settings.sop }
    public var catalogue: RoleCatalogue { settings.catalogue }

    /// The office date of `instant`.
    public func today(_ instant: Date) -> CivilDate { CivilDate(instant, offset: sop.office.utcOffset) }

    /// Logging staff in against the office's directory.
    public func staffLogin() throws(OfficeError) -> StaffLogin {
        StaffLogin(endpoint: try settings.directory(), sop: sop)
    }

    /// The bridge as configured: the directory, the bridge account, write settings.
    public func bridge() throws(OfficeError) -> Bridge {
        let endpoint = try settings.directory()
        let password = try endpoint.bridgePassword()
        let sync = settings.raw.sync
        let bridgeSettings = BridgeSettings(
            transactionSize: sync?.transactionSize ?? BridgeSettings().transactionSize,
            window: sync?.window ?? BridgeSettings().window,
            retryInitial: .seconds(sync?.retryInitialSeconds ?? 5), retryMax: .seconds(sync?.retryMaxSeconds ?? 300),
            graceDays: sync?.revocationGraceDays ?? 30, usernameRule: settings.usernameRule)
        let options = endpoint.options
        let dn = endpoint.bridgeDN
        let rotation = options.uris.count > 1 ? rotation(for: endpoint) : nil
        let warmup = rotation == nil ? self.warmup.flatMap { $0.serves(endpoint) ? $0 : nil } : nil
        return Bridge(
            store: store, sop: sop, catalogue: catalogue, layout: DirectoryLayout(baseDN: endpoint.baseDN, usernameScope: endpoint.usernameScope),
            settings: bridgeSettings, rotation: rotation
        ) { () async throws(LDAPError) in
            if let rotation { return try await rotation.connect(credentials: .simple(dn: dn, password: password)) }
            if let ready = await warmup?.take() { return ready }
            return try await LDAPConnection.connect(options, credentials: .simple(dn: dn, password: password))
        }
    }

    /// This process's rotation over the servers of `endpoint` (made once; again if the servers changed).
    func rotation(for endpoint: DirectoryEndpoint) -> ServerRotation {
        rotations.withLock { kept in
            if let kept, kept.options.uris == endpoint.options.uris, kept.answerTimeout == endpoint.answerTimeout { return kept }
            let made = ServerRotation(options: endpoint.options, answerTimeout: endpoint.answerTimeout)
            kept = made
            return made
        }
    }

    /// The uids of the members of each workflow group (by group cn), read by the bridge account.
    public func workflowGroupMembers() async throws(OfficeError) -> [String: [String]] {
        let endpoint = try settings.directory()
        let bridge = try bridge()
        do throws(LDAPError) {
            let connection = try await bridge.connect()
            defer { Task { await connection.close() } }
            let groups = try await connection.search(
                base: endpoint.workflowGroupsBase, scope: .oneLevel, filter: .present("cn"), attributes: ["cn", "member"])
            var members: [String: [String]] = [:]
            for group in groups {
                guard let cn = group.string("cn") else { continue }
                members[cn] = group.strings("member").compactMap { dn in
                    guard let rdn = (try? DN(parsing: dn))?.rdns.first, rdn.avas.first?.type.lowercased() == "uid" else { return nil }  // try?: a member value that is not a DN names no official (no role from it)
                    return rdn.value
                }
            }
            return members
        } catch {
            throw error.isTransient ? .unavailable(.said(Phrase(id: "direktori tidak dapat dihubungi untuk mencari siapa yang diberi tahu (\(error.code.name))", en: "cannot reach the directory to find whom to tell (\(error.code.name))"))) : .bridge(.directory(error))
        }
    }

    /// The reconciliation options as configured.
    public func reconcileOptions(apply: Bool, force: Bool, actor: String) -> Reconciliation.Options {
        let raw = settings.raw.reconcile
        return Reconciliation.Options(
            apply: apply, force: force, maxChangePercent: raw?.maxChangePercent ?? 10,
            alwaysAllowedChanges: raw?.alwaysAllowedChanges ?? 5, actor: actor)
    }

    /// Runs `operation` for `caller` at the office's time for this call (`requestedTime` counts only in a rehearsal),
    /// saying the sentences of its answer in `language` (an office's own language is Bahasa Indonesia).
    /// The caller is checked first against ``AccessPolicy`` with their roles as the directory says now
    /// (``authorize(_:_:)``); the operation runs for the caller as found.
    public func perform<Operation: OfficeOperation>(
        _ operation: Operation, as caller: OfficeCaller, requestedTime: Date? = nil, language: Language = .indonesian
    ) async throws(OfficeError) -> Operation.Output {
        let now = clock.now(requested: requestedTime)
        let authorised = try await authorize(Operation.action, caller, now: now)
        return try await operation.run(in: self, OfficeCall(caller: authorised, now: now, language: language))
    }

    // MARK: - Store access, off the concurrency pool

    /// Runs a store call on a thread of its own: SQLite waits on the disk and on other writers, which must not hold
    /// up the threads that serve HTTP requests.
    func storeCall<T: Sendable>(_ body: @escaping @Sendable (AccessStore) throws(StoreError) -> T) async throws(OfficeError) -> T {
        let store = self.store
        let result: Result<T, StoreError> = await Blocking.run {
            do throws(StoreError) { return .success(try body(store)) } catch { return .failure(error) }
        }
        switch result {
        case .success(let value): return value
        case .failure(let error): throw .store(error)
        }
    }

    /// The seq of a reanchor no person has reviewed with a reconciliation yet (see
    /// ``AccessStore/reanchorAwaitingReview()``): the server's schedule applies none until one has.
    public func reanchorAwaitingReview() async throws(OfficeError) -> Int64? {
        try await storeCall { store throws(StoreError) in try store.reanchorAwaitingReview() }
    }

    /// The end of the audit log.
    public func auditHead() async throws(OfficeError) -> AuditHead {
        try await storeCall { store throws(StoreError) in try store.head() }
    }

    /// The workflow state at the end of the (checked) audit log.
    func state() async throws(OfficeError) -> WorkflowState {
        let sop = self.sop, catalogue = self.catalogue
        return try await storeCall { store throws(StoreError) in try store.state(sop: sop, catalogue: catalogue) }
    }

    /// Decides and records a workflow command, then brings the roster table to the office date if it moved (a
    /// failure there is a warning: the command stands).
    @discardableResult
    func execute(_ command: WorkflowCommand, by actor: WorkflowActor, at now: Date) async throws(OfficeError)
        -> ExecutionResult
    {
        let sop = self.sop, catalogue = self.catalogue, today = self.today(now)
        let result: ExecutionResult
        do {
            result = try await storeCall { store throws(StoreError) in
                try store.execute(command, by: actor, at: now, sop: sop, catalogue: catalogue)
            }
        } catch {
            if case .store(.workflow(let refusal)) = error { throw .workflow(refusal) }
            throw error
        }
        do {
            try await storeCall { store throws(StoreError) in _ = try store.refreshRoster(sop: sop, catalogue: catalogue, on: today) }
        } catch {
            warn("recorded, but the roster table was not brought to \(today) (\(error)); the next command or the server will retry")
        }
        return result
    }

    /// Refuses, as ``execute(_:by:at:)`` would, a command the workflow refuses now; records nothing.
    func check(_ command: WorkflowCommand, by actor: WorkflowActor, at now: Date) async throws(OfficeError) {
        let sop = self.sop, catalogue = self.catalogue
        do {
            try await storeCall { store throws(StoreError) in try store.check(command, by: actor, at: now, sop: sop, catalogue: catalogue) }
        } catch {
            if case .store(.workflow(let refusal)) = error { throw .workflow(refusal) }
            throw error
        }
    }

    /// Brings the roster table to the office date of `now` if it moved; whether it did.
    public func refreshRoster(now: Date) async throws(OfficeError) -> Bool {
        let sop = self.sop, catalogue = self.catalogue, today = self.today(now)
        return try await storeCall { store throws(StoreError) in try store.refreshRoster(sop: sop, catalogue: catalogue, on: today) }
    }

    /// Bridge passes until nothing more is due now (rows refused by the directory wait for their retry time); one
    /// pass at a time in this process.
    public func sync(now: Date, progress: (@Sendable (Int, Int) -> Void)? = nil) async throws(OfficeError) -> SyncReport {
        try await syncPass(now: now, progress: progress)
    }

    func syncPass(now: Date, progress: (@Sendable (Int, Int) -> Void)? = nil) async throws(OfficeError) -> SyncReport {
        let bridge = try bridge()
        await passes.lock()
        var total = SyncReport()
        do throws(BridgeError) {
            for _ in 0..<5 {
                let report = try await bridge.runOnce(now: now, progress: progress)
                total.due += report.due
                total.completed += report.completed
                total.refused += report.refused
                total.failed += report.failed
                total.writes += report.writes
                total.firstFailure = total.firstFailure ?? report.firstFailure
                total.fixed.merge(report.fixed, uniquingKeysWith: +)
                total.phases.merge(report.phases, uniquingKeysWith: +)
                if report.due == 0 || report.completed + report.refused == 0 { break }
            }
        } catch {
            await passes.unlock()
            metrics.bridgeFailed()
            await noteAnchor(error)
            throw .bridge(error)
        }
        await passes.unlock()
        metrics.bridgeSucceeded(at: now, writes: total.writes)
        return total
    }

    /// Keeps what a bridge failure says about the anchor.
    func noteAnchor(_ error: BridgeError) async {
        if case .anchorMismatch(let mismatch) = error { await anchorWatch.set(.mismatch(mismatch)) }
        if case .store(.anchorMismatch(let mismatch)) = error { await anchorWatch.set(.mismatch(mismatch)) }
    }

    /// Compares the directory's anchor with the database now and keeps the answer; nil when the directory cannot be
    /// reached (the answer stays as it was).
    @discardableResult
    public func checkAnchor() async -> AnchorWatch.State? {
        let state: AnchorWatch.State
        do {
            let anchor = try await bridge().readAnchor()
            do throws(OfficeError) {
                try await storeCall { store throws(StoreError) in try store.check(anchor: anchor) }
                state = .matches
            } catch {
                guard case .store(.anchorMismatch(let mismatch)) = error else { return nil }
                state = .mismatch(mismatch)
            }
        } catch {
            return nil
        }
        await anchorWatch.set(state)
        if state == .matches { await settleRestore() }
        return state
    }

    /// The anchor matches: a restore point beside the database has done its work.
    func settleRestore() async {
        do throws(OfficeError) {
            try await storeCall { store throws(StoreError) in try store.clearRestorePoint() }
        } catch {
            // Left in place, it only keeps the office read-only while the directory cannot be reached.
            warn("the restore point beside the database could not be removed (\(error.description)); remove it by hand")
        }
    }

    /// Compares the directory's audit anchor with the database and moves it to the checked head (one at a time with
    /// the passes).
    public func anchor(now: Date) async throws(OfficeError) -> AuditHead {
        let bridge = try bridge()
        await passes.lock()
        do throws(BridgeError) {
            let head = try await bridge.anchor(now: now)
            await passes.unlock()
            await anchorWatch.set(.matches)
            await settleRestore()
            return head
        } catch {
            await passes.unlock()
            await noteAnchor(error)
            throw .bridge(error)
        }
    }

    /// A reconciliation, one at a time with the passes.
    public func reconcile(_ options: Reconciliation.Options, now: Date, progress: (@Sendable (Int, Int) -> Void)? = nil)
        async throws(OfficeError) -> Reconciliation.Result
    {
        let reconciliation = Reconciliation(bridge: try bridge())
        await passes.lock()
        do throws(BridgeError) {
            let result = try await reconciliation.run(options, now: now, progress: progress)
            await passes.unlock()
            metrics.reconciled(result.differences)
            return result
        } catch {
            await passes.unlock()
            await noteAnchor(error)
            throw .bridge(error)
        }
    }
}
