import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import LocalDirectory

/// The national directory under load and under faults (issue 21, item 5): N providers in multi-provider replication
/// and M read-only consumers on loopback, K offices each with its own database, audit key and bridge (its own
/// account, its own subtree) provisioning its SK concurrently, while a provider is frozen and thawed, another killed
/// and restarted, and a consumer restarted. Reports each office's convergence, the longest passes, the consumers'
/// lag, logins per second on a consumer against a provider, and checks that every server ends identical with equal
/// `contextCSN`, that no office could write another's subtree, and that no username is held twice.
struct NationalBenchmark {
    let options: BenchOptions
    static let suffix = DN([RDN("dc", "dukcapil"), RDN("dc", "kemendagri"), RDN("dc", "go"), RDN("dc", "id")])

    struct Settings {
        let providers: Int
        let consumers: Int
        let offices: Int
        let operators: Int
        let timeout: Duration
        let stagger: Duration
        let plan: FaultPlan
        let deadline: Duration
        let bindSample: Int
        let clients: Int
        let seconds: Double

        init(_ options: BenchOptions) throws {
            providers = options.int("providers", default: 2)
            consumers = options.int("consumers", default: 2)
            offices = options.int("offices", default: 50)
            operators = options.int("operators", default: 200)
            guard (2...4).contains(providers), (1...4).contains(consumers), (2...514).contains(offices), (1...2_000).contains(operators) else {
                throw BenchError("national: --providers 2…4, --consumers 1…4, --offices 2…514, --operators 1…2000")
            }
            timeout = .seconds(options.int("timeout", default: 2))
            stagger = .milliseconds(options.int("stagger-ms", default: 100))
            plan = FaultPlan(seed: UInt64(options.int("seed", default: 21)), freezeFor: .seconds(options.int("freeze", default: 8)))
            deadline = .seconds(options.int("deadline", default: 600))
            bindSample = options.int("bind-operators", default: 500)
            clients = options.int("clients", default: 8)
            seconds = Double(options.int("seconds", default: 5))
        }
    }

    func run() async throws {
        let settings = try Settings(options)
        var configuration = LocalDirectoryConfiguration(baseDN: Self.suffix, officeName: "Direktorat Jenderal Kependudukan dan Pencatatan Sipil")
        configuration.regionCode = ""
        let (servers, setup) = try await measure {
            try await LocalDirectory.createNational(providers: settings.providers, consumers: settings.consumers, configuration)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hakakses-national-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            print(String(format: "national: %d providers + %d consumers started in %.1f s", settings.providers, settings.consumers, setup.seconds))
            try await simulate(servers, settings, folder: folder)
        } catch {
            await Self.cleanUp(servers, folder: folder)
            throw error
        }
        await Self.cleanUp(servers, folder: folder)
    }

    private static func cleanUp(_ servers: [LocalDirectory], folder: URL) async {
        for server in servers {
            _ = await server.send(SIGCONT)
            await server.destroy()
        }
        try? FileManager.default.removeItem(at: folder)  // try?: a temporary folder left behind is only untidy
    }

    private func simulate(_ servers: [LocalDirectory], _ settings: Settings, folder: URL) async throws {
        let providers = Array(servers.prefix(settings.providers)), consumers = Array(servers.dropFirst(settings.providers))
        guard let sopFile = BenchOffice.locate("config/sop/sukamara.yaml") else { throw BenchError("cannot find config/sop/sukamara.yaml") }
        let sop = try SOPDefinition(yaml: String(contentsOf: sopFile, encoding: .utf8))

        // The offices' subtrees, each with its own accounts, added on provider 1 and replicated everywhere.
        let (offices, added) = try await measure { () async throws -> [NationalBenchOffice] in
            var offices: [NationalBenchOffice] = []
            for index in 0..<settings.offices {
                let region = String(format: "%02d.%02d", 11 + index / 99, 1 + index % 99)
                let office = try await providers[0].addOffice(region: region, name: "Dinas Kependudukan dan Pencatatan Sipil \(region)")
                offices.append(try NationalBenchOffice(index: index, office: office, providers: providers, suffix: Self.suffix, sop: sop,
                                                       folder: folder, timeout: settings.timeout))
            }
            if let last = offices.last { try await Self.waitEverywhere(last.office.bridge.dn, servers) }
            return offices
        }
        print(String(format: "  %d offices (ou=<region>, each with its bridge, SIAK-server and staff accounts) added and replicated in %.1f s",
                     offices.count, added.seconds))
        let (_, imported) = try await measure {
            for office in offices {
                try BenchOffice.importDecree(try NationalBenchOffice.people(office: office.index, count: settings.operators),
                                             number: "800/\(office.index + 1)/Dukcapil/2026", into: office.store, sop: sop)
            }
        }
        print(String(format: "  %d SKs of %d operators each signed in the offices' databases in %.1f s (every tenth operator is a BUDI SANTOSO found in every office)",
                     offices.count, settings.operators, imported.seconds))
        print("  faults: \(settings.plan.description); bridges: connect and answer timeouts \(Int(settings.timeout.seconds)) s each, "
            + "offices starting \(Int(settings.stagger.seconds * 1000)) ms apart")

        let faults = FaultLog()
        let probe = ConsumerLagProbe(entry: Self.suffix.child("cn", "lag-probe"), providers: providers, consumers: consumers, faults: faults)
        try await probe.prepare()
        let start = ContinuousClock.now
        let probing = Task { await probe.run(interval: .milliseconds(250)) }
        let faulting = Task { try await settings.plan.run(providers: providers, consumers: consumers, log: faults) }
        let runs = try await withThrowingTaskGroup(of: OfficeRun.self) { group in
            for office in offices {
                group.addTask {
                    try await Task.sleep(for: settings.stagger * office.index)
                    return try await Self.converge(office, since: start, deadline: start + settings.deadline)
                }
            }
            var runs: [OfficeRun] = []
            for try await run in group { runs.append(run) }
            return runs.sorted { $0.index < $1.index }
        }
        let loadEnded = ContinuousClock.now
        try await faulting.value
        try await Task.sleep(for: .seconds(2))
        probe.stop()
        await probing.value
        report(runs, settings: settings, load: loadEnded - start)
        let lagOK = reportLag(probe, faults: faults, consumers: consumers)
        for window in faults.windows {
            print(String(format: "    fault: %@ from +%.1f s to +%.1f s", window.what, (window.start - start).seconds, ((window.end ?? .now) - start).seconds))
        }

        // What the partition and the offices' moves between providers left: usernames two offices wrote to different
        // providers before either saw the other's, and group changes one provider's whole-entry replication overwrote.
        // The administrators' recovery (README, national deployment): every office's reconciliation, read, then applied
        // with --force, then its bridge until its outbox is empty; again, after replication, until nothing is found.
        var resolution = Resolution()
        for round in 1...4 {
            _ = try await NationalChecks.waitForIdentical(servers, suffix: Self.suffix, timeout: .seconds(180))
            let (_, heldTwice) = try await NationalChecks.duplicateUsernames(providers[0], suffix: Self.suffix)
            let (found, took) = try await measure { try await Self.resolveSharedUsernames(offices, deadline: .now + settings.deadline) }
            let kinds = found.fixed.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            print(String(format: "  recovery round %d: usernames held twice %d%@; reconciliations fixed %@; %d entries gave way and were made again under a free name; %d failed; %d reconciliations run again after a timeout; %.1f s",
                         round, heldTwice.count, heldTwice.isEmpty ? "" : " (\(heldTwice.prefix(3).joined(separator: ", "))…)", kinds.isEmpty ? "nothing" : kinds,
                         found.gaveWay, found.problems.count, found.retried, took.seconds))
            for problem in found.problems.prefix(5) { print("    " + problem) }
            resolution.problems += found.problems
            if heldTwice.isEmpty && found.fixed.isEmpty { break }
        }

        // Passwords for a sample of operators (set on provider 1, replicated), for the logins below.
        let finished = Set(runs.filter { $0.convergedAfter != nil }.map(\.index))
        let sample = try await Self.setPasswords(offices.filter { finished.contains($0.index) }, on: providers[0], count: settings.bindSample)

        // Every server the same, and what is in it.
        let (dumps, waited) = try await NationalChecks.waitForIdentical(servers, suffix: Self.suffix, timeout: .seconds(180))
        let identical = dumps.allSatisfy { $0.digest == dumps[0].digest }
        let csnEqual = dumps.allSatisfy { $0.contextCSN == dumps[0].contextCSN } && !dumps[0].contextCSN.isEmpty
        print(String(format: "  after the faults: all %d servers identical %@ (waited %.1f s after the load and the logins' passwords): %d entries each, sorted dumps' SHA-256 %@…; contextCSN %@ (%@)",
                     servers.count, identical ? "YES" : "NO", waited.seconds, dumps[0].entries, String(dumps[0].digest.prefix(16)),
                     csnEqual ? "equal" : "DIFFERENT", dumps[0].contextCSN.joined(separator: ", ")))
        if !identical {
            for (index, dump) in dumps.enumerated() where dump.digest != dumps[0].digest {
                print("    server \(index + 1) differs from server 1 (\(dump.entries) entries):")
                for line in NationalChecks.difference(dumps[0], dump) { print("      " + line.replacingOccurrences(of: "\n", with: "\n      ")) }
            }
        }
        let (accounts, duplicates) = try await NationalChecks.duplicateUsernames(providers[0], suffix: Self.suffix)
        print("  usernames: \(accounts) SIAK accounts under the suffix, \(duplicates.isEmpty ? "none held twice" : "HELD TWICE: \(duplicates.prefix(10))")")
        var complete = true
        for server in servers {
            let counts = try await NationalChecks.operatorsPerOffice(server, offices: offices)
            let short = zip(offices, counts).filter { $0.1 != settings.operators }
            if !short.isEmpty {
                complete = false
                print("  \(server.ldapURI): offices without all \(settings.operators) operators: \(short.prefix(10).map { "\($0.0.office.regionCode): \($0.1)" })")
            }
        }
        print("  every office's \(settings.operators) operators on every server: \(complete ? "yes" : "NO")")
        let (tried, accepted) = try await NationalChecks.crossOfficeWrites(offices, provider: providers[0])
        print("  each office's bridge writing into the next office's subtree: \(tried) writes tried, \(tried - accepted.count) refused by slapd"
            + (accepted.isEmpty ? "" : "; NOT REFUSED: \(accepted.prefix(5))"))

        // Logins (bind + memberOf as the national SIAK server reads it) on a consumer and on a provider.
        var rates: [String: [Double]] = [:]
        var loginFailures = 0
        for (name, server) in [("consumer 1", consumers[0]), ("provider 1", providers[0]), ("provider 1", providers[0]), ("consumer 1", consumers[0])]
        where !sample.isEmpty {
            let result = try await BindBenchmark.logins(server, operators: sample, clients: settings.clients, seconds: settings.seconds)
            if result.failures > 0 {
                loginFailures += result.failures
                print("  \(name): \(result.failures) logins FAILED (first: \(result.firstFailure ?? ""))")
            }
            rates[name, default: []].append(Double(result.logins) / result.seconds)
        }
        let consumerRate = (rates["consumer 1"] ?? []).reduce(0, +) / 2, providerRate = (rates["provider 1"] ?? []).reduce(0, +) / 2
        print(String(format: "  logins (bind + memberOf, %d clients, %d operators of the offices that converged): consumer %.1f/s, provider %.1f/s, ratio consumer/provider %.2f",
                     settings.clients, sample.count, consumerRate, providerRate, consumerRate / providerRate))

        let converged = runs.allSatisfy { $0.convergedAfter != nil }
        let longest = runs.flatMap(\.passes).map(\.duration).max() ?? .zero
        guard converged, identical, csnEqual, duplicates.isEmpty, resolution.problems.isEmpty, complete, accepted.isEmpty, loginFailures == 0 else {
            throw BenchError("national: the checks above failed")
        }
        print(String(format: "national: all checks passed; longest pass %.1f s; consumer lag goal %@", longest.seconds, lagOK ? "met" : "NOT met"))
    }

    struct Resolution: Sendable {
        /// Differences fixed, by kind.
        var fixed: [String: Int] = [:]
        var gaveWay = 0
        /// Reconciliations run again because the providers did not answer in time.
        var retried = 0
        var problems: [String] = []
    }

    /// Each office's reconciliation with `--apply --force`, then its bridge until its outbox is empty, ten offices at a
    /// time. A reconciliation the providers did not answer in time is run again.
    static func resolveSharedUsernames(_ offices: [NationalBenchOffice], deadline: ContinuousClock.Instant) async throws -> Resolution {
        try await withThrowingTaskGroup(of: Resolution.self) { group in
            for lane in 0..<min(10, offices.count) {
                group.addTask {
                    var result = Resolution()
                    for office in offices where office.index % 10 == lane {
                        try await resolve(office, deadline: deadline, into: &result)
                    }
                    return result
                }
            }
            var total = Resolution()
            for try await part in group {
                total.fixed.merge(part.fixed, uniquingKeysWith: +)
                total.gaveWay += part.gaveWay
                total.retried += part.retried
                total.problems += part.problems
            }
            return total
        }
    }

    private static func resolve(_ office: NationalBenchOffice, deadline: ContinuousClock.Instant, into result: inout Resolution) async throws {
        let run: Reconciliation.Result
        while true {
            do {
                run = try await Reconciliation(bridge: office.bridge).run(.init(apply: true, force: true, actor: "hakakses-bench"))
                break
            } catch {
                guard case .directoryUnavailable = error, ContinuousClock.now < deadline else { throw error }
                result.retried += 1
                try await Task.sleep(for: .seconds(1))
            }
        }
        for (difference, outcome) in zip(run.differences, run.outcomes) {
            switch outcome {
            case .success?:
                result.fixed[difference.kind, default: 0] += 1
                if case .sharedUsername = difference { result.gaveWay += 1 }
            case .failure(let error)?: result.problems.append("\(office.office.regionCode): \(difference): \(error)")
            case nil where difference.isFixable: result.problems.append("\(office.office.regionCode): not applied: \(difference)")
            case nil: break
            }
        }
        let passes = try await converge(office, since: .now, deadline: deadline)
        if passes.convergedAfter == nil {
            result.problems.append("\(office.office.regionCode): did not converge again: \(passes.passes.last?.error ?? "?")")
        }
    }

    /// Waits until `dn` is on every server.
    static func waitEverywhere(_ dn: DN, _ servers: [LocalDirectory]) async throws {
        for server in servers {
            let admin = try await server.adminConnection()
            let deadline = ContinuousClock.now + .seconds(120)
            while try await admin.read(dn, attributes: ["1.1"]) == nil {
                guard ContinuousClock.now < deadline else { throw BenchError("\(dn) did not reach \(server.ldapURI) in 120 s") }
                try await Task.sleep(for: .milliseconds(50))
            }
            await admin.close()
        }
    }

    struct Pass: Sendable {
        let started: Duration
        let duration: Duration
        let switches: Int
        /// Time waited on servers that did not answer before moving on.
        let blocked: Duration
        let failed: Int
        let error: String?
        let timing: String
    }

    struct OfficeRun: Sendable {
        let index: Int
        let region: String
        var passes: [Pass] = []
        var convergedAfter: Duration?
    }

    /// Bridge passes, as `hakakses sync` runs them, until the office's outbox is empty (or the deadline).
    static func converge(_ office: NationalBenchOffice, since start: ContinuousClock.Instant, deadline: ContinuousClock.Instant) async throws -> OfficeRun {
        var run = OfficeRun(index: office.index, region: office.office.regionCode)
        while ContinuousClock.now < deadline {
            let began = ContinuousClock.now
            let before = office.rotation.switches.count
            var failed = 0, switches = 0
            var problem: String?
            var timing = ""
            do {
                let report = try await office.bridge.runOnce()
                failed = report.failed
                switches = report.serverSwitches?.count ?? 0
                timing = report.timing + "; " + (report.serverSwitches ?? []).joined(separator: "; ")
                if failed > 0 { problem = report.firstFailure }
            } catch {
                problem = error.description
            }
            let blocked = office.rotation.switches.dropFirst(before).reduce(Duration.zero) { $0 + $1.waited }
            run.passes.append(Pass(started: began - start, duration: ContinuousClock.now - began, switches: switches, blocked: blocked,
                                   failed: failed, error: problem,
                                   timing: timing))
            if problem == nil, try office.pending() == 0 {
                run.convergedAfter = ContinuousClock.now - start
                return run
            }
            try await Task.sleep(for: .milliseconds(500))
        }
        return run
    }

    private func report(_ runs: [OfficeRun], settings: Settings, load: Duration) {
        let converged = runs.compactMap(\.convergedAfter).map(\.seconds).sorted()
        let passes = runs.flatMap(\.passes)
        let switched = passes.filter { $0.switches > 0 }
        func at(_ values: [Double], _ p: Double) -> Double { values.isEmpty ? 0 : values[min(values.count - 1, Int(Double(values.count) * p))] }
        print(String(format: "  converged: %d of %d offices (%d operators) in %.1f s; time to converge from the start: median %.1f s, max %.1f s",
                     converged.count, runs.count, runs.count * settings.operators, load.seconds, at(converged, 0.5), converged.last ?? 0))
        let durations = passes.map(\.duration.seconds).sorted()
        print(String(format: "  passes: %d (%.1f per office); duration median %.2f s, p99 %.2f s, max %.2f s; %d passes moved to another provider, the longest of them %.2f s (allowed: 3 × %d s = %d s)",
                     passes.count, Double(passes.count) / Double(max(runs.count, 1)), at(durations, 0.5), at(durations, 0.99), durations.last ?? 0,
                     switched.count, switched.map(\.duration.seconds).max() ?? 0, Int(settings.timeout.seconds), 3 * Int(settings.timeout.seconds)))
        if let slowest = passes.max(by: { $0.duration < $1.duration }), slowest.duration > settings.timeout * 3 {
            print(String(format: "  the longest pass (%.1f s, from +%.1f s): %@", slowest.duration.seconds, slowest.started.seconds,
                         slowest.error ?? slowest.timing))
        }
        let blocked = passes.map(\.blocked).max() ?? .zero
        print(String(format: "  the longest any pass waited on providers that did not answer before it moved on: %.2f s (goal: at most 3 × %d s = %d s: %@)",
                     blocked.seconds, Int(settings.timeout.seconds), 3 * Int(settings.timeout.seconds),
                     blocked <= settings.timeout * 3 ? "met" : "NOT met"))
        let failures = passes.filter { $0.error != nil }
        if !failures.isEmpty {
            var kinds: [String: Int] = [:]
            for pass in failures { kinds[String((pass.error ?? "").prefix(140)), default: 0] += 1 }
            print("  passes that left work for the next (\(failures.count)):")
            for (kind, count) in kinds.sorted(by: { $0.value > $1.value }).prefix(6) { print("    \(count)× \(kind)") }
        }
        for run in runs where run.convergedAfter == nil {
            print("  NOT CONVERGED: office \(run.region) after \(run.passes.count) passes; last: \(run.passes.last?.error ?? "outbox not empty")")
        }
    }

    /// Prints the consumers' lag, over the whole run and outside the faults; true when p99 ≤ 5 s outside them.
    private func reportLag(_ probe: ConsumerLagProbe, faults: FaultLog, consumers: [LocalDirectory]) -> Bool {
        func percentile(_ values: [Double], _ p: Double) -> Double {
            values.isEmpty ? .nan : values[min(values.count - 1, Int((Double(values.count) * p).rounded(.up)) - 1)]
        }
        var met = true
        let samples = probe.samples
        for index in consumers.indices {
            let all = samples.filter { $0.consumer == index }
            let quiet = all.filter { !faults.overlaps($0.sent, $0.sent + $0.lag) }.map(\.lag.seconds).sorted()
            let every = all.map(\.lag.seconds).sorted()
            print(String(format: "  consumer %d lag (a provider's write until this consumer shows it; %d probes): p50 %.2f s, p99 %.2f s, max %.2f s; outside the faults (%d): p50 %.2f s, p99 %.2f s",
                         index + 1, every.count, percentile(every, 0.5), percentile(every, 0.99), every.last ?? .nan,
                         quiet.count, percentile(quiet, 0.5), percentile(quiet, 0.99)))
            if quiet.isEmpty || percentile(quiet, 0.99) > 5 { met = false }
        }
        print("    probe writes: \(probe.writes), not acknowledged (their provider was killed or down): \(probe.failedWrites)")
        return met
    }

    /// Sets the password of `count` operators spread over the offices (slapd hashes it with argon2) and clears
    /// `pwdReset`, as after each one's first own change.
    static func setPasswords(_ offices: [NationalBenchOffice], on provider: LocalDirectory, count: Int) async throws -> [DN] {
        let admin = try await provider.adminConnection()
        defer { Task { await admin.close() } }
        var dns: [DN] = []
        let perOffice = max(1, count / offices.count)
        for office in offices where dns.count < count {
            let entries = try await admin.search(base: office.bridge.layout.operators, scope: .oneLevel,
                                                 filter: .equal("siakManagedBy", DirectoryLayout.managedMarker), attributes: ["1.1"])
            dns += entries.prefix(perOffice).compactMap(\.parsedDN)
        }
        let set = try await admin.pipeline(dns.map { LDAPWrite.setPassword($0, password: BindBenchmark.password) }, window: 16)
        let cleared = try await admin.pipeline(dns.map { LDAPWrite.modify($0, [.delete("pwdReset")]) }, window: 32)
        guard set.allSatisfy({ if case .success = $0 { true } else { false } }) else { throw BenchError("setting passwords failed") }
        _ = cleared  // an operator without pwdReset (none was set) answers noSuchAttribute: nothing to clear
        return dns
    }
}
