import Foundation
@_spi(FaultInjection) import LDAP
import LocalDirectory
import TestSupport
import Testing

/// Issue 9: slapd 2.5 crashes (SIGSEGV) when a client dies inside an LDAP transaction, or ends one too early.
///
/// Each scenario runs many transactions against a slapd of its own and counts the times slapd died. CI runs them
/// with the shipped client behaviour (``TransactionSafety/guarded``) and expects no crash. To see the crash, run
/// them with the behaviour before the fix:
///
///     HAKAKSES_REPRODUCE_ISSUE9=1 swift test --skip-build --filter TransactionCrashTests
///
/// (they then fail, and print how often slapd died; figures in BENCHMARKS.md).
@Suite("slapd 2.5 survives a client that dies in a transaction or ends it (issue 9)", .serialized)
struct TransactionCrashTests {
    static let safety: TransactionSafety =
        ProcessInfo.processInfo.environment["HAKAKSES_REPRODUCE_ISSUE9"] == "1" ? .unguarded : .guarded

    enum Scenario: String, CaseIterable, CustomStringConvertible {
        /// The client dies with 64 writes of a transaction sent and none answered.
        case diesWithWritesOutstanding = "dies with 64 writes outstanding"
        /// The client dies right after sending the commit.
        case diesDuringCommit = "dies right after sending the commit"
        /// The first write of 64 is refused; the others are still outstanding when the client reacts (no death).
        case refusedWriteAmongOutstanding = "first write refused, 63 outstanding"
        /// Transactions of 16 writes sent one at a time and committed, nothing goes wrong (no death).
        case cleanCommits = "clean commits of 16 sequential writes"

        var description: String { rawValue }
        /// Clients, six at a time; each runs one transaction, or ten in `cleanCommits`.
        var clients: Int { 36 }
        var transactions: Int { self == .cleanCommits ? 10 * clients : clients }
    }

    @Test(arguments: Scenario.allCases)
    func slapdSurvives(_ scenario: Scenario) async throws {
        try await withLocalDirectory { directory in
            let options = LDAPConnectionOptions(
                uris: [directory.ldapURI], networkTimeout: .seconds(3), operationTimeout: .seconds(30),
                transactionSafety: Self.safety, keeperGrace: .seconds(1))
            let bridge = directory.serviceAccounts.bridge.credentials
            let existing = try await directory.addOperator()
            let box = directory.baseDN.child("ou", "operators")
            var crashes: [String] = []
            var trial = 0
            // Rounds of six clients at once: more like a busy server, and the keepers' grace is waited for once.
            while trial < scenario.clients {
                let round = min(6, scenario.clients - trial)
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for _ in 0..<round {
                        group.addTask {
                            let connection = try await LDAPConnection.connect(options, credentials: bridge)
                            try await Self.run(scenario, connection, box: box, existing: existing.dn)
                            await connection.close()
                        }
                    }
                    while let next = await group.nextResult() {
                        // A lost connection is what a crash of slapd looks like from here; the check below tells.
                        if case .failure(let error) = next, !Self.expected(error, scenario), (error as? LDAPError)?.isConnectionLost != true {
                            throw error
                        }
                    }
                }
                trial += round
                // A dead client's keeper closes the socket after its grace: slapd must survive that too.
                try await Task.sleep(for: scenario == .cleanCommits || scenario == .refusedWriteAmongOutstanding ? .milliseconds(100) : .milliseconds(1500))
                if let reason = await directory.whyUnusable() {
                    crashes.append("in round \(trial / 6): \(reason)")
                    try await directory.start()
                }
            }
            print("issue9 reproducer | \(Self.safety) | \(scenario) | \(scenario.transactions) transactions in \(scenario.clients / 6) rounds of 6 clients | slapd died \(crashes.count) times")
            #expect(crashes.isEmpty, "slapd died: \(crashes.joined(separator: "; "))")
        }
    }

    /// One transaction of the scenario on `connection`.
    static func run(_ scenario: Scenario, _ connection: LDAPConnection, box: DN, existing: DN) async throws {
        func person(_ uid: String) -> LDAPWrite {
            .add(box.child("uid", uid), [
                LDAPAttribute("objectClass", "inetOrgPerson", "siakPerson", "siakAccount"), LDAPAttribute("uid", uid),
                LDAPAttribute("cn", uid), LDAPAttribute("sn", uid), LDAPAttribute("siakManagedBy", "hak-akses"),
            ])
        }
        let fresh = (0..<64).map { _ in person(uniqueName("crash")) }
        switch scenario {
        case .diesWithWritesOutstanding:
            await connection.injectDeath(.afterSending(writes: 64))
            try await connection.transaction(fresh, window: 64)
        case .diesDuringCommit:
            await connection.injectDeath(.afterEnd)
            try await connection.transaction(fresh, window: 64)
        case .refusedWriteAmongOutstanding:
            try await connection.transaction([person(existing.rdn?.value ?? "")] + fresh.dropFirst(), window: 64)
        case .cleanCommits:
            for _ in 0..<10 {
                try await connection.transaction((0..<16).map { _ in person(uniqueName("clean")) }, window: 1)
            }
        }
    }

    /// The error the scenario itself causes (an injected death, a refused write), as opposed to a failure.
    static func expected(_ error: any Error, _ scenario: Scenario) -> Bool {
        guard let error = error as? LDAPError else { return false }
        switch scenario {
        case .diesWithWritesOutstanding, .diesDuringCommit: return error.diagnostic == "client death injected"
        case .refusedWriteAmongOutstanding: return error.code == .entryAlreadyExists
        case .cleanCommits: return false
        }
    }
}
