import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import LocalDirectory

/// What a SIAK server does at each operator login, by N concurrent clients: a simple bind as the operator (its
/// password checked), then a read of the operator's `memberOf` on the SIAK-server account's connection (as the
/// security model has it: operators cannot read groups). Against the shipped configuration (ACLs, ppolicy, dynlist
/// computing `memberOf`, refint, syncprov) and against a bare slapd holding the same entries, the same password
/// hashes (same argon2 module and parameters) and `memberOf` stored, in the same run, alternating
/// shipped, bare, bare, shipped. Prints logins per second and the ratio.
struct BindBenchmark {
    let options: BenchOptions
    static let password = "Bench-Operator-Pass-7"

    func run() async throws {
        let count = options.int("operators", default: 2_000)
        let clients = options.int("clients", default: 8)
        let seconds = Double(options.int("seconds", default: 5))
        // The argon2 module's parameters, the same for both servers (empty: the module's defaults, as shipped).
        let argon2 = options.string("argon2", default: "")
        guard let shippedLDIF = BenchOffice.locate("ldif") else { throw BenchError("cannot find ldif/") }
        let shipped = try await LocalDirectory.create(.init(argon2Parameters: argon2))
        let bareTemplates = try BareDirectory.templates(schemaFrom: shippedLDIF)
        var directories = [shipped]
        defer { try? FileManager.default.removeItem(at: bareTemplates) }  // try?: a benchmark's own temporary copy; a leftover is harmless
        print("bind: argon2 \(argon2.isEmpty ? "with the module's defaults (as shipped)" : "with \(argon2)") on both servers")
        do {
            let bare = try await LocalDirectory.create(.init(argon2Parameters: argon2, ldifDirectory: bareTemplates))
            directories.append(bare)
            try await benchmark(shipped: shipped, bare: bare, count: count, clients: clients, seconds: seconds)
        } catch {
            for directory in directories { await directory.destroy() }
            throw error
        }
        for directory in directories { await directory.destroy() }
    }

    private func benchmark(shipped: LocalDirectory, bare: LocalDirectory, count: Int, clients: Int, seconds: Double) async throws {
        print("bind: \(clients) concurrent SIAK-server clients, \(count) operators, \(Int(seconds)) s per run; setting up…")
        let office = try BenchOffice(shipped)
        let (_, setup) = try await measure {
            try office.importDecree(try BenchOffice.people(count))
            let report = try await office.bridge.runOnce()
            guard report.completed == count else { throw BenchError("provisioning: \(report.summary)") }
            try await setPasswords(shipped)
            try await copy(from: shipped, to: bare)
        }
        print(String(format: "  (setup: %d operators provisioned, passwords set by Password Modify (argon2), copied to the bare slapd in %.1f s)", count, setup.seconds))
        let operators = try await operatorDNs(shipped)
        guard operators.count == count else { throw BenchError("\(operators.count) operators, expected \(count)") }

        var rates: [String: [Double]] = [:]
        for (name, directory) in [("shipped", shipped), ("bare", bare), ("bare", bare), ("shipped", shipped)] {
            let result = try await Self.logins(directory, operators: operators, clients: clients, seconds: seconds)
            guard result.failures == 0 else { throw BenchError("\(name): \(result.failures) logins failed (\(result.firstFailure ?? ""))") }
            let rate = Double(result.logins) / result.seconds
            rates[name, default: []].append(rate)
            print(String(format: "  %@ %7.1f logins/s  (%d logins in %.2f s; memberOf read on every one)",
                         name.padding(toLength: 8, withPad: " ", startingAt: 0), rate, result.logins, result.seconds))
        }
        let shippedRate = (rates["shipped"] ?? []).reduce(0, +) / 2, bareRate = (rates["bare"] ?? []).reduce(0, +) / 2
        print(String(format: "bind + memberOf, %d clients: shipped configuration %.1f/s, bare slapd %.1f/s, ratio %.2f (goal: at least 0.80)",
                     clients, shippedRate, bareRate, shippedRate / bareRate))
    }

    /// Sets every operator's password as the administrator (slapd hashes it with argon2) and clears `pwdReset`, as
    /// after an operator's first own password change.
    private func setPasswords(_ directory: LocalDirectory) async throws {
        let admin = try await directory.adminConnection()
        let dns = try await operatorDNs(directory)
        let results = try await admin.pipeline(dns.map { LDAPWrite.setPassword($0, password: Self.password) }, window: 16)
        guard results.allSatisfy({ if case .success = $0 { true } else { false } }) else { throw BenchError("setting passwords failed") }
        let reset = try await admin.pagedSearch(SearchRequest(
            base: directory.baseDN.child("ou", "operators"), scope: .oneLevel, filter: .equal("pwdReset", "TRUE"), attributes: ["1.1"]),
            pageSize: 1000).collect().compactMap(\.parsedDN)
        let cleared = try await admin.pipeline(reset.map { LDAPWrite.modify($0, [.delete("pwdReset")]) }, window: 32, transactionSize: 500)
        guard cleared.allSatisfy({ if case .success = $0 { true } else { false } }) else { throw BenchError("clearing pwdReset failed") }
        await admin.close()
    }

    /// The operators (with their password hashes and computed `memberOf`) and the SIAK groups, into the bare slapd.
    private func copy(from shipped: LocalDirectory, to bare: LocalDirectory) async throws {
        let source = try await shipped.adminConnection(), target = try await bare.adminConnection()
        let entries = try await source.pagedSearch(SearchRequest(
            base: shipped.baseDN.child("ou", "operators"), scope: .oneLevel, filter: .present("objectClass"),
            attributes: ["*", "memberOf"]), pageSize: 1000).collect()
        var writes: [LDAPWrite] = []
        for entry in entries {
            guard let dn = entry.parsedDN else { continue }
            var attributes = entry.attributes.filter { $0.name.lowercased() != "objectclass" }
            attributes.append(LDAPAttribute("objectClass", entry["objectClass"] + [LDAPValue("extensibleObject")]))
            writes.append(.add(dn, attributes))
        }
        let layout = DirectoryLayout(baseDN: shipped.baseDN)
        for role in ["administrator", "verifikator", "operator"] {
            let group = layout.siakGroup(role)
            guard let entry = try await source.read(group, attributes: ["objectClass", "cn", "member"]) else { continue }
            writes.append(.add(group, entry.attributes))
        }
        let results = try await target.pipeline(writes, window: 32, transactionSize: 500)
        guard results.allSatisfy({ if case .success = $0 { true } else { false } }) else {
            let failure = results.first { if case .failure = $0 { true } else { false } }
            throw BenchError("copying to the bare slapd failed: \(String(describing: failure))")
        }
        await source.close()
        await target.close()
    }

    private func operatorDNs(_ directory: LocalDirectory) async throws -> [DN] {
        let admin = try await directory.adminConnection()
        defer { Task { await admin.close() } }
        return try await admin.pagedSearch(SearchRequest(
            base: directory.baseDN.child("ou", "operators"), scope: .oneLevel, filter: .equal("siakManagedBy", "hak-akses"),
            attributes: ["1.1"]), pageSize: 1000).collect().compactMap(\.parsedDN).sorted { $0.description < $1.description }
    }

    struct Logins: Sendable {
        var logins = 0
        var failures = 0
        var firstFailure: String?
        var seconds = 0.0
    }

    /// `clients` tasks, each with an operator connection (rebound at every login) and a SIAK-server connection,
    /// logging in operators round-robin until `seconds` have passed.
    static func logins(_ directory: LocalDirectory, operators: [DN], clients: Int, seconds: Double) async throws -> Logins {
        let options = directory.connectionOptions()
        let siak = directory.serviceAccounts.siakServer.credentials
        let start = ContinuousClock.now
        let deadline = start + .milliseconds(Int64(seconds * 1000))
        let total = try await withThrowingTaskGroup(of: Logins.self) { group in
            for client in 0..<clients {
                group.addTask {
                    let auth = try await LDAPConnection.connect(options)
                    let service = try await LDAPConnection.connect(options, credentials: siak)
                    var result = Logins()
                    var index = client
                    while ContinuousClock.now < deadline {
                        let dn = operators[index % operators.count]
                        index += clients
                        do {
                            try await auth.bind(dn: dn, password: Self.password)
                            let entry = try await service.read(dn, attributes: ["memberOf"])
                            if entry?["memberOf"].isEmpty == false {
                                result.logins += 1
                            } else {
                                result.failures += 1
                                result.firstFailure = result.firstFailure ?? "\(dn): no memberOf"
                            }
                        } catch {
                            result.failures += 1
                            result.firstFailure = result.firstFailure ?? "\(dn): \(error)"
                        }
                    }
                    await auth.close()
                    await service.close()
                    return result
                }
            }
            var sum = Logins()
            for try await part in group {
                sum.logins += part.logins
                sum.failures += part.failures
                sum.firstFailure = sum.firstFailure ?? part.firstFailure
            }
            return sum
        }
        var result = total
        result.seconds = (ContinuousClock.now - start).seconds
        return result
    }
}
