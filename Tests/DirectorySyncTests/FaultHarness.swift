import AccessStore
import AccessWorkflow
import DirectorySync
import Foundation
import GRDB
import LDAP
import LocalDirectory
import TestSupport

/// An office whose `hakakses` processes are killed, and whose slapd is stopped, killed, frozen or starved, at
/// chosen instants (issue 9). Built on ``BridgeHarness``; the CLI runs with the shipped write settings.
struct FaultOffice {
    let harness: BridgeHarness
    let config: URL
    /// Every time slapd was found dead or deaf (and restarted), with where.
    let deaths = Deaths()
    var directory: LocalDirectory { harness.directory }

    /// A store and a config for `directory`; `operationTimeout` is the bridge's (seconds).
    init(_ directory: LocalDirectory, operationTimeout: Int = 10) throws {
        harness = try BridgeHarness(directory)
        let folder = harness.file.deletingLastPathComponent()
        config = folder.appendingPathComponent("\(harness.file.deletingPathExtension().lastPathComponent).yaml")
        let sop = SyncFixtures.repositoryRoot.appendingPathComponent("config/sop/sukamara.yaml").path
        // The shipped write settings (transactions of 500, 64 outstanding); a retry after one second.
        let text = """
            sop: \(sop)
            database: \(harness.file.path)
            auditKey: \(harness.keyFile.path)
            directory:
              uris: [\(directory.ldapURI)]
              baseDN: \(directory.baseDN)
              bridgeDN: \(directory.serviceAccounts.bridge.dn)
              bridgePasswordFile: \(directory.serviceAccounts.bridge.passwordFile.path)
              networkTimeoutSeconds: 3
              operationTimeoutSeconds: \(operationTimeout)
            sync:
              transactionSize: 500
              window: 64
              retryInitialSeconds: 1
              retryMaxSeconds: 1
            reconcile:
              maxChangePercent: 100
            """
        try text.write(to: config, atomically: true, encoding: .utf8)
    }

    func remove() {
        harness.remove()
        try? FileManager.default.removeItem(at: config)
        try? FileManager.default.removeItem(at: log)
    }

    var log: URL { harness.file.deletingPathExtension().appendingPathExtension("log") }

    // MARK: - Running hakakses

    /// When a fault strikes a running `hakakses` process.
    enum Trigger: CustomStringConvertible {
        /// After this long.
        case after(Duration)
        /// Once slapd has received this many requests on the process's connections (cn=Monitor): lands among
        /// the writes, inside or at the end of a transaction.
        case afterRequests(Int)

        var description: String {
            switch self {
            case .after(let delay): "after \(delay)"
            case .afterRequests(let count): "after \(count) requests"
            }
        }
    }

    /// How a `hakakses` process ended.
    enum Outcome: Equatable {
        case finished(Int32)
        case killed
    }

    /// Runs `hakakses ARGS --config …`; at `trigger`, if it still runs, kills it with SIGKILL, or runs `fault`
    /// instead (and lets the process go on).
    func hakakses(
        _ arguments: [String], at trigger: Trigger? = nil, fault: (@Sendable () async throws -> Void)? = nil
    ) async throws -> Outcome {
        try await ensureSlapd("before hakakses \(arguments.joined(separator: " "))")
        let admin = try await directory.adminConnection()
        let before = try await bridgeConnections(admin)
        let process = try CLIProcess.start(arguments + ["--config", config.path], log: log)
        let started = ContinuousClock.now
        var killed = false
        while process.isRunning, let trigger, ContinuousClock.now - started < .seconds(120) {
            let due: Bool
            switch trigger {
            case .after(let delay):
                due = ContinuousClock.now - started >= delay
            case .afterRequests(let count):
                // A slapd that died under this run answers nothing; the run then ends on its own.
                let now = (try? await bridgeConnections(admin)) ?? [:]
                due = now.filter { before[$0.key] == nil }.values.reduce(0, +) >= count
            }
            if due {
                if let fault {
                    try await fault()
                } else {
                    kill(process.processIdentifier, SIGKILL)
                    killed = true
                }
                break
            }
            try await Task.sleep(for: .milliseconds(3))
        }
        await admin.close()
        let deadline = ContinuousClock.now + .seconds(300)
        while process.isRunning, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw FaultError("hakakses \(arguments.joined(separator: " ")) ran over 5 minutes; log: \(logText())")
        }
        process.waitUntilExit()
        return killed && process.terminationReason == .uncaughtSignal ? .killed : .finished(process.terminationStatus)
    }

    /// `hakakses sync` until nothing is due (a pass that hit a refusal is retried after its one-second backoff).
    func syncUntilDone() async throws {
        for attempt in 0..<8 {
            if case .finished(0) = try await hakakses(["sync"]), try pendingRows() == 0 { return }
            if attempt > 0 { try await Task.sleep(for: .seconds(1)) }
        }
        throw FaultError("sync did not converge; \(try pendingRows()) rows pending; log: \(logText())")
    }

    func logText() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// Requests received so far on each connection bound as the bridge, by connection number (cn=Monitor).
    func bridgeConnections(_ admin: LDAPConnection) async throws -> [String: Int] {
        let entries = try await admin.search(SearchRequest(
            base: DN([RDN("cn", "Connections"), RDN("cn", "Monitor")]), scope: .oneLevel,
            filter: .equal("monitorConnectionAuthzDN", directory.serviceAccounts.bridge.dn.description),
            attributes: ["monitorConnectionNumber", "monitorConnectionOpsReceived"]))
        var result: [String: Int] = [:]
        for entry in entries {
            result[entry.string("monitorConnectionNumber") ?? ""] = Int(entry.string("monitorConnectionOpsReceived") ?? "") ?? 0
        }
        return result
    }

    // MARK: - slapd

    /// Records a death of slapd (see ``slapdDown()``), if it is dead or deaf, and starts it again.
    func ensureSlapd(_ context: String) async throws {
        guard let down = await slapdDown() else { return }
        await deaths.add("\(context): \(down)")
        if await directory.isRunning { await directory.stop() }
        try await directory.start()
    }

    /// Why slapd is no longer usable, or nil (``LocalDirectory/whyUnusable()``).
    func slapdDown() async -> String? { await directory.whyUnusable() }

    /// Waits until no connection of a killed bridge is left (their keepers let go of the sockets after their
    /// grace), so that slapd has been through every disconnect of the run. At most `limit`.
    func waitForBridgeConnectionsToClose(limit: Duration = .seconds(75)) async throws {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            try await ensureSlapd("while the killed bridges' connections close")
            let admin = try await directory.adminConnection()
            let open = try await bridgeConnections(admin)
            await admin.close()
            if open.isEmpty { return }
            try await Task.sleep(for: .milliseconds(500))
        }
        throw FaultError("bridge connections still open after \(limit)")
    }

    // MARK: - Convergence

    /// Outbox rows by state.
    func outboxStates() throws -> [String: Int] {
        let queue = try DatabaseQueue(path: harness.file.path)
        return try queue.read { db in
            var states: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n FROM outbox GROUP BY state") {
                states[row["state"] as String? ?? "?"] = row["n"] as Int? ?? 0
            }
            return states
        }
    }

    /// Rows not done (pending or refused).
    func pendingRows() throws -> Int { try outboxStates().filter { $0.key != "done" }.values.reduce(0, +) }

    /// What the directory shows against what the roster says: people on no entry or on a wrong one (lost), extra
    /// entries for one person and repeated group members (duplicated), and whether `hakakses reconcile` finds
    /// nothing and every outbox row is completed.
    func convergence(active: [Person], role: String, revoked: [Person]) async throws -> Convergence {
        var result = Convergence()
        try await ensureSlapd("before checking convergence")
        let admin = try await directory.adminConnection()
        let entries = try await admin.pagedSearch(SearchRequest(
            base: directory.baseDN.child("ou", "operators"), filter: .equal("siakManagedBy", "hak-akses"),
            attributes: ["siakNIP", "memberOf", "pwdAccountLockedTime"]), pageSize: 1000).collect()
        var byNIP: [String: [LDAPEntry]] = [:]
        for entry in entries { byNIP[entry.string("siakNIP") ?? "", default: []].append(entry) }
        result.duplicated += byNIP.values.map { $0.count - 1 }.reduce(0, +)
        let group = directory.siakGroup(role)
        for person in active {
            guard let entry = byNIP[person.nip?.digits ?? ""]?.first,
                  Set(entry.strings("memberOf").compactMap { try? DN(parsing: $0) }) == [group],
                  entry.string("pwdAccountLockedTime") == nil
            else {
                result.lost += 1
                continue
            }
        }
        for person in revoked {
            guard let entry = byNIP[person.nip?.digits ?? ""]?.first else { continue }  // deleted is revoked enough
            if entry.string("pwdAccountLockedTime") != DirectoryLayout.permanentLock || !entry.strings("memberOf").isEmpty { result.lost += 1 }
        }
        let members = try await admin.read(group, attributes: ["member"])?.strings("member").filter { !$0.isEmpty } ?? []
        result.duplicated += members.count - Set(members.map { $0.lowercased() }).count
        await admin.close()
        result.notCompleted = try pendingRows()
        // Exit status 0: no difference left (1 when any remains).
        result.reconcileClean = try await hakakses(["reconcile"]) == .finished(0)
        return result
    }

    struct Convergence: CustomStringConvertible {
        var lost = 0
        var duplicated = 0
        var notCompleted = 0
        var reconcileClean = false
        var converged: Bool { lost == 0 && duplicated == 0 && notCompleted == 0 && reconcileClean }
        var description: String {
            "lost \(lost), duplicated \(duplicated), outbox rows not completed \(notCompleted), reconcile finds nothing: \(reconcileClean)"
        }
    }
}

/// slapd deaths seen by a ``FaultOffice``.
actor Deaths {
    private(set) var all: [String] = []
    func add(_ death: String) { all.append(death) }
    var count: Int { all.count }
    func since(_ start: Int) -> [String] { Array(all.dropFirst(start)) }
}

struct FaultError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
