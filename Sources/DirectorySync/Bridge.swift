public import AccessStore
public import AccessWorkflow
public import Foundation
public import LDAP

/// The approval-gated sync bridge: applies the outbox to the directory.
///
/// Before it writes anything, a pass verifies the audit log (hash chain, codes
/// and replay of every workflow event not yet checked by this process, which
/// starts from an authenticated checkpoint) and recomputes the roster from it; a
/// row whose person is on no effective SK or completed request — for
/// example one inserted straight into the database — is refused and the
/// refusal is audited. Writes are computed as differences against what the
/// directory holds now, so a pass after a crash or a lost connection
/// converges without duplicates.
public struct Bridge: Sendable {
    public let store: AccessStore
    public let sop: SOPDefinition
    public let catalogue: RoleCatalogue
    public let layout: DirectoryLayout
    public let settings: BridgeSettings
    /// Opens a connection bound as the bridge account.
    public let connect: @Sendable () async throws(LDAPError) -> LDAPConnection
    /// The servers of a replicated directory, when there are several: a pass whose server stops answering is run
    /// again on the next one (the pass is computed from what the directory holds, so running it again converges).
    public let rotation: ServerRotation?
    /// The actor name in audit records.
    public static let actor = "hak-akses-bridge"

    public init(
        store: AccessStore, sop: SOPDefinition, catalogue: RoleCatalogue = .standard, layout: DirectoryLayout,
        settings: BridgeSettings = .init(), rotation: ServerRotation? = nil,
        connect: @escaping @Sendable () async throws(LDAPError) -> LDAPConnection
    ) {
        self.rotation = rotation
        self.store = store
        self.sop = sop
        self.catalogue = catalogue
        self.layout = layout
        self.settings = settings
        self.connect = connect
    }

    var mapping: OperatorMapping { OperatorMapping(layout: layout, catalogue: catalogue, office: sop.office) }

    /// One pass over the due outbox rows. With several servers (``rotation``), a pass whose server stops answering
    /// is run again on the next server, until each has failed once in this pass; every move is in the report.
    public func runOnce(
        now: Date = Date(), progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) async throws(BridgeError) -> BridgeReport {
        let before = rotation?.switches.count ?? 0
        while true {
            do {
                let first = try await pass(now: now, progress: progress)
                let again = first.raced != nil || first.usernamesWithdrawn != nil
                var report = again ? first.merged(with: try await pass(now: now, progress: progress)) : first
                report.serverSwitches = movesSince(before)
                return report
            } catch {
                guard case .directoryUnavailable(let lost) = error, let rotation else { throw error }
                rotation.currentFailed(lost)
                guard rotation.switches.count - before < rotation.serverCount else { throw error }
            }
        }
    }

    /// The moves to another server since `count` were recorded, as report lines; nil if none.
    func movesSince(_ count: Int) -> [String]? {
        guard let switches = rotation?.switches, switches.count > count else { return nil }
        return switches[count...].map(\.description)
    }

    private func pass(
        now: Date, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    ) async throws(BridgeError) -> BridgeReport {
        var report = BridgeReport()
        var clock = ContinuousClock.now
        func lap(_ phase: String) {
            let now = ContinuousClock.now
            report.phases[phase, default: 0] += (now - clock).seconds
            clock = now
        }
        let due = try storeCall { try store.dueOutbox(now: now, limit: settings.batchLimit) }
        report.due = due.count
        guard !due.isEmpty else { return report }
        let context = try verifiedContext(now: now)
        lap("verify")

        let allowed = due.filter { context.roster.entry(for: $0.person) != nil || context.departures[$0.person] != nil }
        let refused = due.filter { context.roster.entry(for: $0.person) == nil && context.departures[$0.person] == nil }
        if !refused.isEmpty {
            try storeCall {
                try store.transaction { tx in
                    for row in refused {
                        try tx.refuseOutbox(
                            id: row.id, actor: Self.actor,
                            reason: "no approval chain: \(row.person) is on no SK or completed request in the verified audit log",
                            at: now)
                    }
                }
            }
            report.refused = refused.count
        }
        guard !allowed.isEmpty else { return report }

        let keys = Set(allowed.map(\.person))
        let connection = try await directoryCall { () async throws(LDAPError) in try await connect() }
        defer { Task { await connection.close() } }
        try await checkAnchor(connection)
        let known = try storeCall { try storeUsernames(keys) }
        let snapshot = try await directoryCall { () async throws(LDAPError) in
            try await scopedSnapshot(connection, keys: keys, usernames: known)
        }
        lap("read")
        let assigned = try await assignUsernames(connection, keys: keys, roster: context.roster, snapshot: snapshot, now: now)
        lap("usernames")
        let reconciler = Reconciler(mapping: mapping, graceDays: settings.graceDays)
        let differences: [Difference]
        do {
            let lost = try lostLocks()
            differences = try reconciler.compare(
                roster: context.roster, departures: context.departures, snapshot: snapshot, now: now, scope: .persons(keys),
                lostPeriods: lost.periods, renewedAt: lost.renewedAt
            ) { entry, _ in
                guard let name = assigned[entry.key] else { throw BridgeError.inconsistent("no username assigned to \(entry.key)") }
                return name
            }
        } catch let error as BridgeError {
            throw error
        } catch {
            throw .inconsistent("\(error)")
        }
        let plan = ChangePlan(differences: differences, snapshot: snapshot, now: now)
        lap("compare")
        if let inject = settings.injectBeforeWrite { await inject(plan.writes) }
        let results = try await directoryCall { () async throws(LDAPError) in
            try await connection.pipeline(plan.writes, window: settings.window, transactionSize: settings.transactionSize, progress: progress)
        }
        report.writes = plan.writes.count
        lap("write")
        if let lost = results.lazy.compactMap({ result -> LDAPError? in
            if case .failure(let error) = result, error.isConnectionLost { return error }
            return nil
        }).first {
            throw .directoryUnavailable(lost)
        }
        try record(plan: plan, outcomes: plan.outcomes(results), rows: allowed, snapshot: snapshot, now: now, report: &report)
        lap("record")
        try await writeAnchor(connection, now: now)
        return report
    }

    /// Compares the directory's anchor with the database and moves it to the database's checked head: what `serve`
    /// does after every pass, so that a rollback is noticed even while nothing is due. Returns the head anchored.
    @discardableResult
    public func anchor(now: Date = Date()) async throws(BridgeError) -> AuditHead {
        let connection = try await directoryCall { () async throws(LDAPError) in try await connect() }
        defer { Task { await connection.close() } }
        try await checkAnchor(connection)
        return try await writeAnchor(connection, now: now)
    }

    /// The audit anchor as the directory holds it (seq 0 when nothing was anchored yet).
    public func readAnchor() async throws(BridgeError) -> AuditAnchor {
        let connection = try await directoryCall { () async throws(LDAPError) in try await connect() }
        defer { Task { await connection.close() } }
        return try await AuditAnchorEntry.read(connection, layout: layout)
    }

    /// Moves the anchor to the database's checked head without comparing: the deliberate recovery after a restore
    /// that lost records (the caller records it in the audit log first). Returns the anchor it replaced.
    public func reanchor(now: Date) async throws(BridgeError) -> AuditAnchor {
        let connection = try await directoryCall { () async throws(LDAPError) in try await connect() }
        defer { Task { await connection.close() } }
        let previous = try await AuditAnchorEntry.read(connection, layout: layout)
        let head = try storeCall { try store.checkedHead(sop: sop, catalogue: catalogue) }
        try await AuditAnchorEntry.write(connection, layout: layout, head: head, at: now)
        return previous
    }

    /// Refuses a database that does not contain the anchored record as anchored.
    func checkAnchor(_ connection: LDAPConnection) async throws(BridgeError) {
        let anchor = try await AuditAnchorEntry.read(connection, layout: layout)
        try storeCall { try store.check(anchor: anchor) }
    }

    /// Writes the checked head of the log into the directory if it moved.
    @discardableResult
    func writeAnchor(_ connection: LDAPConnection, now: Date) async throws(BridgeError) -> AuditHead {
        let head = try storeCall { try store.checkedHead(sop: sop, catalogue: catalogue) }
        let anchored = try await AuditAnchorEntry.read(connection, layout: layout)
        if anchored.seq != head.seq || anchored.hash != head.hash {
            try await AuditAnchorEntry.write(connection, layout: layout, head: head, at: now)
        }
        return head
    }

    /// The roster and departures from the checked state at the end of the audit log: every record after the last
    /// one this process checked (or after the newest authenticated checkpoint) is verified before it counts; the
    /// whole log is verified on a schedule and on demand. With `keepState` false, a state the store did not hold
    /// yet is dropped once the roster is made (a one-shot reconciliation needs the memory for the directory).
    ///
    /// A one-shot reconciliation (`keepState` false) first takes the day roster the newest checkpoint's writer
    /// computed, when that checkpoint ends the log and was made today (see ``AccessStore/checkedDayRoster(sop:
    /// catalogue:on:)``): the same roster, without rebuilding the state.
    func verifiedContext(now: Date, keepState: Bool = true) throws(BridgeError) -> DayRoster {
        let day = CivilDate(now, offset: sop.office.utcOffset)
        if !keepState, let stored = try storeCall({ try store.checkedDayRoster(sop: sop, catalogue: catalogue, on: day) }) {
            return stored
        }
        let state = try storeCall { try store.checkedState(sop: sop, catalogue: catalogue, keep: keepState).state }
        return DayRoster(state: state, on: day)
    }

    /// Completes or fails each row by the outcome of its person's differences, in one transaction.
    private func record(
        plan: ChangePlan, outcomes: [Result<Void, LDAPError>?], rows: [OutboxItem], snapshot: DirectorySnapshot,
        now: Date, report: inout BridgeReport
    ) throws(BridgeError) {
        let keyOfDN = Dictionary(snapshot.operators.compactMap { op in op.personKey.map { (op.dn, $0) } }, uniquingKeysWith: { a, _ in a })
        var fixed: [PersonKey: [String]] = [:]
        var failures: [PersonKey: String] = [:]
        var raced: Set<PersonKey> = []
        // Usernames another office of a national directory took first (the providers' unique overlay refused the
        // add): given up, so that the pass run again at once gives the person a free one.
        var taken: [PersonKey: String] = [:]
        for (index, difference) in plan.differences.enumerated() {
            guard let key = difference.person ?? difference.dn.flatMap({ keyOfDN[$0] }) else { continue }
            switch outcomes[index] {
            case .success?: fixed[key, default: []].append("\(difference.kind): \(difference.detail)")
            case .failure(let error)?:
                failures[key] = failures[key] ?? "\(difference.kind): \(error)"
                if case .missing = difference, error.code == .entryAlreadyExists { raced.insert(key) }
                if case .missing(let desired) = difference, error.code == .constraintViolation,
                   error.diagnostic?.contains("non-unique") == true {
                    taken[key] = desired.username
                }
            case nil: failures[key] = failures[key] ?? "\(difference.kind): \(difference.detail) (needs a person to decide)"
            }
            if case .success? = outcomes[index] { report.fixed[difference.kind, default: 0] += 1 }
        }
        // Completions are one statement and one audit record naming every person; a failure keeps its own record.
        var completions: [(id: Int64, changes: [String])] = []
        var failed = 0
        try storeCall {
            try store.transaction { tx in
                for (person, username) in taken {
                    try tx.withdrawUsername(username, of: person, reason: "the directory refused it: another office holds it",
                                            actor: Self.actor, at: now)
                }
                for row in rows {
                    if let failure = failures[row.person] {
                        // An entry that arrived after the read is read again at once (runOnce), not after a backoff;
                        // so is a person whose username another office took.
                        let retry = raced.contains(row.person) || taken[row.person] != nil
                            ? now : now.addingTimeInterval(settings.backoff(attempt: row.attempts + 1).seconds)
                        try tx.failOutbox(id: row.id, actor: Self.actor, error: failure, retryAt: retry, at: now)
                        failed += 1
                    } else {
                        completions.append((row.id, fixed[row.person] ?? []))
                    }
                }
                try tx.completeOutbox(completions, actor: Self.actor, at: now)
            }
        }
        report.completed = completions.count
        report.failed = failed
        let racedRows = rows.filter { raced.contains($0.person) && failures[$0.person] != nil }.count
        report.raced = racedRows > 0 ? racedRows : nil
        report.usernamesWithdrawn = taken.isEmpty ? nil : taken.count
        report.firstFailure = rows.lazy.compactMap { failures[$0.person] }.first
    }

    // MARK: - Helpers

    func storeCall<T>(_ body: () throws -> T) throws(BridgeError) -> T {
        do {
            return try body()
        } catch let error as BridgeError {
            throw error
        } catch let error as StoreError {
            throw BridgeError(store: error)
        } catch {
            throw .inconsistent("\(error)")
        }
    }

    func directoryCall<T>(_ body: () async throws(LDAPError) -> T) async throws(BridgeError) -> T {
        do { return try await body() } catch {
            throw error.isTransient ? .directoryUnavailable(error) : .directory(error)
        }
    }

    private func storeUsernames(_ keys: Set<PersonKey>) throws -> [PersonKey: String] {
        var names: [PersonKey: String] = [:]
        for key in keys { if let name = try store.username(for: key) { names[key] = name } }
        return names
    }
}
