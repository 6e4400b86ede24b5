import AccessStore
import AccessWorkflow
public import Foundation
public import LDAP

/// A full comparison of the directory with the roster; with `apply`, the fix.
///
/// Dry-run by default: reads only, writes nothing anywhere. An apply that
/// would change more than `maxChangePercent` of the managed entries is
/// refused unless `force`; every applied change is audited.
public struct Reconciliation: Sendable {
    public let bridge: Bridge

    public init(bridge: Bridge) { self.bridge = bridge }

    public struct Options: Sendable {
        public var apply: Bool
        public var force: Bool
        public var maxChangePercent: Double
        /// An apply touching at most this many entries is never refused (small offices).
        public var alwaysAllowedChanges: Int
        public var actor: String
        /// False only for a dry run that looks at a database the directory's anchor does not name (what a restore
        /// lost, before `audit reanchor` records it); an apply always checks the anchor.
        public var checksAnchor: Bool
        public init(
            apply: Bool = false, force: Bool = false, maxChangePercent: Double = 10, alwaysAllowedChanges: Int = 5,
            actor: String = "hak-akses-reconciler", checksAnchor: Bool = true
        ) {
            self.apply = apply
            self.force = force
            self.maxChangePercent = maxChangePercent
            self.alwaysAllowedChanges = alwaysAllowedChanges
            self.actor = actor
            self.checksAnchor = checksAnchor || apply
        }
    }

    /// What was found and, when applying, what happened to each difference.
    public struct Result: Sendable {
        public let differences: [Difference]
        /// Per difference: nil when not attempted (dry run, or needs a person), else the write outcome.
        public let outcomes: [Swift.Result<Void, LDAPError>?]
        public let managedEntries: Int
        public let rosterSize: Int
        public let applied: Bool
        /// Set when an apply was refused by the threshold.
        public let limitExceeded: ChangeLimitExceeded?
        /// Why the apply was refused, in English.
        public var refusal: String? { limitExceeded?.description }
        public let writes: Int
        /// Seconds per phase (verify, roster, read, usernames, compare, write, audit).
        public let phases: [String: Double]
    }

    public func run(
        _ options: Options, now: Date = Date(), progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) async throws(BridgeError) -> Result {
        var phases: [String: Double] = [:]
        var clock = ContinuousClock.now
        func lap(_ phase: String) {
            let now = ContinuousClock.now
            phases[phase, default: 0] += (now - clock).seconds
            clock = now
        }
        // The audit log is checked and the roster computed on a thread of their own (see ``OwnThread``) while the
        // directory is read on the connection's thread: the two overlap.
        let bridge = self.bridge
        let started = clock
        let preparing = Task {
            await OwnThread.run(name: "hak-akses reconciliation check") { () -> Swift.Result<Prepared, BridgeError> in
                do throws(BridgeError) {
                    // The state itself is not kept: at 50,000 grants it is megabytes the comparison needs (the
                    // office server keeps its own between requests anyway).
                    let context = try bridge.verifiedContext(now: now, keepState: false)
                    let verified = ContinuousClock.now
                    // What the roster wants of each entry, so that once the read is done only digests are compared.
                    let wanted = RosterDigests(roster: context.roster, mapping: bridge.mapping)
                    return .success(Prepared(
                        roster: context.roster, departures: context.departures, wanted: wanted, verified: verified,
                        digested: ContinuousClock.now))
                } catch {
                    return .failure(error)
                }
            }
        }
        let connection = try await bridge.directoryCall { () async throws(LDAPError) in try await bridge.connect() }
        defer { Task { await connection.close() } }
        let layout = bridge.layout, groups = bridge.mapping.managedGroups
        let reading = Task { () async -> Swift.Result<DirectorySnapshot, LDAPError> in
            do throws(LDAPError) {
                return .success(try await DirectorySnapshot.read(connection, connectForMembers: bridge.connect, layout: layout, groups: groups))
            } catch {
                return .failure(error)
            }
        }
        var context: Prepared
        switch await preparing.value {
        case .success(let prepared): context = prepared
        case .failure(let error):
            reading.cancel()
            throw error
        }
        phases["verify"] = (context.verified - started).seconds
        phases["roster"] = (context.digested - context.verified).seconds
        clock = context.digested
        let snapshot: DirectorySnapshot
        switch await reading.value {
        case .success(let read): snapshot = read
        case .failure(let error): throw error.isTransient ? .directoryUnavailable(error) : .directory(error)
        }
        if options.checksAnchor { try await bridge.checkAnchor(connection) }
        // In a national directory: usernames another office holds too, after a partition (see ``SharedUsername``).
        let shared = try await bridge.sharedUsernames(connection, snapshot: snapshot)
        lap("read")
        // Applying records the new usernames first, in one transaction; a dry run proposes them only for the
        // people the comparison finds without an entry.
        let usernames = options.apply ? try await recordedUsernames(connection, context.roster, snapshot: snapshot, now: now) : [:]
        var proposals = ProposedUsernames(bridge: bridge, snapshot: snapshot)
        lap("usernames")
        let reconciler = Reconciler(mapping: bridge.mapping, graceDays: bridge.settings.graceDays)
        let differences: [Difference]
        do {
            let lost = try bridge.lostLocks()
            differences = try reconciler.compare(
                roster: context.roster, departures: context.departures, snapshot: snapshot, now: now, wanted: context.wanted,
                lostPeriods: lost.periods, renewedAt: lost.renewedAt
            ) { entry, _ in
                if let name = usernames[entry.key] { return name }
                guard !options.apply else { throw BridgeError.inconsistent("no username for \(entry.key)") }
                return try proposals.name(for: entry)
            } + shared.map(Difference.sharedUsername)
        } catch let error as BridgeError {
            throw error
        } catch {
            throw .inconsistent("\(error)")
        }
        lap("compare")
        // Plain arrays of digests: freed at once (one free each), so that they do not add to the peak.
        context.wanted = nil
        let managed = snapshot.operators.reduce(0) { $0 + ($1.managed ? 1 : 0) }
        let none = [Swift.Result<Void, LDAPError>?](repeating: nil, count: differences.count)
        let rosterSize = context.roster.entries.count
        func result(_ outcomes: [Swift.Result<Void, LDAPError>?], applied: Bool, refusal: ChangeLimitExceeded? = nil, writes: Int = 0) -> Result {
            Result(differences: differences, outcomes: outcomes, managedEntries: managed, rosterSize: rosterSize,
                   applied: applied, limitExceeded: refusal, writes: writes, phases: phases)
        }
        guard options.apply else {
            // The entries, the roster and its digests (tens of megabytes at 50,000 people) are freed on another
            // thread: a dry run's caller, often a command about to print and exit, need not wait for that.
            proposals.forget()
            ReleaseInBackground.release(consume snapshot)
            ReleaseInBackground.release(context)
            return result(none, applied: false)
        }

        let plan = ChangePlan(differences: differences, snapshot: snapshot, now: now)
        let share = Double(plan.touchedEntries) * 100 / Double(max(managed, 1))
        if share > options.maxChangePercent && plan.touchedEntries > options.alwaysAllowedChanges && !options.force {
            let refusal = ChangeLimitExceeded(
                entries: plan.touchedEntries, percent: share, managed: managed, limitPercent: options.maxChangePercent,
                alwaysAllowed: options.alwaysAllowedChanges)
            return result(none, applied: false, refusal: refusal)
        }
        let results = try await bridge.directoryCall { () async throws(LDAPError) in
            try await connection.pipeline(plan.writes, window: bridge.settings.window, transactionSize: bridge.settings.transactionSize, progress: progress)
        }
        lap("write")
        let outcomes = plan.outcomes(results)
        try audit(differences, outcomes, options: options, now: now)
        try await bridge.writeAnchor(connection, now: now)
        lap("audit")
        if let lost = results.lazy.compactMap({ r -> LDAPError? in if case .failure(let e) = r, e.isConnectionLost { e } else { nil } }).first {
            throw .directoryUnavailable(lost)
        }
        return result(outcomes, applied: true, writes: plan.writes.count)
    }

    /// The usernames of the roster people without a managed entry, recorded now (one transaction, one audit record):
    /// the one on record, or a new one that no account and no directory entry uses.
    private func recordedUsernames(_ connection: LDAPConnection, _ roster: Roster, snapshot: DirectorySnapshot, now: Date) async throws(BridgeError)
        -> [PersonKey: String]
    {
        var claimed = [Bool](repeating: false, count: roster.entries.count)
        var entries: [PersonKey: String] = [:]
        for entry in snapshot.operators where entry.managed && entry.uid != nil {
            if let key = entry.personKey, let position = roster.position(of: key) {
                claimed[position] = true
                if let uid = entry.uid { entries[key] = uid }
            }
        }
        try bridge.adoptEntries(entries, now: now)
        let needing = roster.entries.indices.filter { !claimed[$0] }.map { roster.entries[$0] }
        guard !needing.isEmpty else { return [:] }
        let directoryUIDs = Set(snapshot.operators.compactMap { $0.uid?.lowercased() })
        let rule = bridge.settings.usernameRule
        let people = Dictionary(needing.map { ($0.key, $0.person) }, uniquingKeysWith: { first, _ in first })
        let elsewhere = try await bridge.usernamesElsewhere(connection, for: needing.map(\.person), taken: directoryUIDs)
        let results = try bridge.storeCall {
            try bridge.store.transaction { tx in
                try tx.assignUsernames(for: needing.map(\.key), actor: Bridge.actor, at: now) { key, isTaken in
                    guard let person = people[key] else { throw BridgeError.inconsistent("no roster entry for \(key)") }
                    return try rule.username(for: person.name, nip: person.nip, nik: person.nik) {
                        isTaken($0) || directoryUIDs.contains($0.lowercased()) || elsewhere.contains($0.lowercased())
                    }
                }
            }
        }
        return results.mapValues(\.username)
    }

    /// One record per attempted difference and one for the run, in one transaction.
    private func audit(_ differences: [Difference], _ outcomes: [Swift.Result<Void, LDAPError>?], options: Options, now: Date) throws(BridgeError) {
        try bridge.storeCall {
            try bridge.store.transaction { tx in
                var fixed = 0, failed = 0
                for (difference, outcome) in zip(differences, outcomes) {
                    guard let outcome else { continue }
                    let subject = difference.person?.description ?? difference.dn?.description ?? ""
                    switch outcome {
                    case .success:
                        fixed += 1
                        if case .sharedUsername(let shared) = difference, let person = shared.entry.personKey, let uid = shared.entry.uid {
                            try giveWay(tx, shared: shared, person: person, username: uid, actor: options.actor, now: now)
                        }
                        try tx.append(kind: "reconcile.applied", actor: options.actor, subject: subject,
                                      payload: ReconcileRecord(kind: difference.kind, dn: difference.dn?.description, detail: difference.detail, error: nil), at: now)
                    case .failure(let error):
                        failed += 1
                        try tx.append(kind: "reconcile.failed", actor: options.actor, subject: subject,
                                      payload: ReconcileRecord(kind: difference.kind, dn: difference.dn?.description, detail: difference.detail, error: error.description), at: now)
                    }
                }
                try tx.append(kind: "reconcile.run", actor: options.actor, subject: "",
                              payload: ReconcileSummary(found: differences.count, fixed: fixed, failed: failed, forced: options.force), at: now)
            }
        }
    }
}

/// The store's side of an entry that gave way (removed because another office holds its username): the username is
/// withdrawn, and the person queued so that the bridge makes the entry again under a free username.
private func giveWay(
    _ tx: StoreTransaction, shared: SharedUsername, person: PersonKey, username: String, actor: String, now: Date
) throws(StoreError) {
    let reason = "also held by \(shared.heldBy) of another office (both written while the providers could not reach each other); this one was never handed over and gave way"
    guard let record = try tx.withdrawUsername(username, of: person, reason: reason, actor: actor, at: now) else { return }
    try tx.enqueue([SyncIntent(person: person, notBefore: now, reason: "username \(username) given up to another office")], cause: record.seq, at: now)
}

/// What a reconciliation prepares on its own thread while the directory is read.
private struct Prepared: Sendable {
    let roster: Roster
    let departures: Departures
    /// What the roster wants of each entry; dropped once compared.
    var wanted: RosterDigests?
    /// When the log was checked, and when the roster's digests were done.
    let verified: ContinuousClock.Instant
    let digested: ContinuousClock.Instant
}

struct ReconcileRecord: Encodable {
    let kind: String
    let dn: String?
    let detail: String
    let error: String?
}

struct ReconcileSummary: Encodable {
    let found: Int
    let fixed: Int
    let failed: Int
    let forced: Bool
}
