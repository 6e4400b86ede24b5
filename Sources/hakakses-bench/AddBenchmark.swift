import Foundation
import LDAP
import LocalDirectory

/// N operator entries added as the bridge account over TCP, on one slapd,
/// four ways: `LDAPConnection.pipeline` (window only), the same with runs
/// committed as LDAP transactions (guarded, see `TransactionSafety`), the same
/// with the unguarded transactions of before issue 9 (which crash slapd 2.5),
/// and `ldapadd` of the same entries as LDIF.
/// Rounds go A B C C B A … so that a warming server or a noisy machine does
/// not favour any side; the means are compared.
struct AddBenchmark {
    let options: BenchOptions

    enum Mode: String, CaseIterable { case pipeline, transactions, unguarded, ldapadd }

    func run() async throws {
        let count = options.int("entries", default: 10_000)
        let window = options.int("window", default: 64)
        let batch = options.int("batch", default: 1_000)
        let rounds = max(1, options.int("rounds", default: 2))
        let directory = try await LocalDirectory.create()
        do {
            try await measureAll(directory, count: count, window: window, batch: batch, rounds: rounds)
        } catch {
            await directory.destroy()
            throw error
        }
        await directory.destroy()
    }

    private func measureAll(_ directory: LocalDirectory, count: Int, window: Int, batch: Int, rounds: Int) async throws {
        let admin = try await directory.adminConnection()
        let bridge = try await directory.connect(as: directory.serviceAccounts.bridge)
        var legacyOptions = directory.connectionOptions()
        legacyOptions.transactionSafety = .unguarded
        let legacy = try await LDAPConnection.connect(legacyOptions, credentials: directory.serviceAccounts.bridge.credentials)
        print("add: \(count) entries per run, window \(window), transactions of \(batch), \(rounds) round(s) per mode")
        var times: [Mode: [Double]] = [:]
        var order: [Mode] = []
        for round in 0..<rounds { order += round % 2 == 0 ? Mode.allCases : Mode.allCases.reversed() }
        for (run, mode) in order.enumerated() {
            let container = directory.baseDN.child("ou", "operators").child("ou", "bench\(run)")
            try await admin.add(container, [LDAPAttribute("objectClass", "organizationalUnit"), LDAPAttribute("ou", "bench\(run)")])
            let records = Self.entries(count, under: container)
            let seconds: Double
            switch mode {
            case .pipeline, .transactions, .unguarded:
                let size = mode == .pipeline ? 0 : batch
                let connection = mode == .unguarded ? legacy : bridge
                let (results, time) = try await measure { try await connection.pipeline(records.map(\.write), window: window, transactionSize: size) }
                if let why = await connection.transactionsUnavailable { throw BenchError("\(mode): no transactions: \(why)") }
                let failed = results.filter { if case .failure = $0 { true } else { false } }.count
                guard failed == 0 else { throw BenchError("\(failed) \(mode) adds failed") }
                seconds = time.seconds
            case .ldapadd:
                let file = directory.folder.appendingPathComponent("bench\(run).ldif")
                try records.map(LDIF.render).joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
                let account = directory.serviceAccounts.bridge
                let (_, time) = try await measure {
                    try runTool("/usr/bin/ldapadd", ["-x", "-H", directory.ldapURI, "-D", account.dn.description, "-y", account.passwordFile.path, "-f", file.path])
                }
                seconds = time.seconds
            }
            let stored = try await admin.pagedSearch(SearchRequest(base: container, scope: .oneLevel, attributes: ["1.1"]), pageSize: 1000).collect()
            guard stored.count == count else { throw BenchError("\(mode): \(stored.count) of \(count) entries stored") }
            times[mode, default: []].append(seconds)
            print(String(format: "  run %2d  %-12@ %7.2f s  %8.0f entries/s", run + 1, mode.rawValue, seconds, Double(count) / seconds))
        }
        func mean(_ mode: Mode) -> Double { (times[mode] ?? []).reduce(0, +) / Double(max(1, times[mode]?.count ?? 0)) }
        let ldapadd = mean(.ldapadd)
        for mode in Mode.allCases {
            let t = mean(mode)
            print(String(format: "%-12@ %7.2f s mean  %8.0f entries/s  ratio to ldapadd %.2f", mode.rawValue, t, Double(count) / t, t / ldapadd))
        }
    }

    /// Operator entries as the bridge will write them.
    static func entries(_ count: Int, under container: DN) -> [LDIFRecord] {
        (0..<count).map { i in
            let uid = "operator\(i)"
            return .add(container.child("uid", uid), [
                LDAPAttribute("objectClass", "inetOrgPerson", "siakPerson", "siakAccount"),
                LDAPAttribute("uid", uid),
                LDAPAttribute("cn", "OPERATOR \(i)"),
                LDAPAttribute("sn", "\(i)"),
                LDAPAttribute("givenName", "OPERATOR"),
                LDAPAttribute("siakNIP", String(format: "19800101200501%d%03d", 1 + i % 2, i % 1000)),
                LDAPAttribute("siakWorkUnit", "Bidang PIAK"),
                LDAPAttribute("siakManagedBy", "hak-akses"),
            ])
        }
    }
}
