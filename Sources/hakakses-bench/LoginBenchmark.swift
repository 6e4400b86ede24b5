import AsyncHTTPClient
import Foundation
import LDAP
import NIOCore
import LocalDirectory
import OfficeClient
import OfficeService

/// Guessing through the office server cannot lock an official out: the Kadis logs in once from his desk, then A
/// wrong passwords for him arrive at once (default 40) through the release `hakakses serve`, from other addresses
/// behind the office's proxy (`X-Forwarded-For`, `api.trustedProxies`); counts how many the server let reach slapd
/// (the failures ppolicy recorded on the entry, `pwdFailureTime`) against `pwdMaxFailure − 2`, and whether the right
/// password still works afterwards: directly against slapd, and through the server from the Kadis's desk.
struct LoginBenchmark {
    let options: BenchOptions

    func run() async throws {
        let attempts = options.int("attempts", default: 40)
        let directory = try await LocalDirectory.create(.init())
        do {
            try await benchmark(directory, attempts: attempts)
        } catch {
            await directory.destroy()
            throw error
        }
        await directory.destroy()
    }

    private func benchmark(_ directory: LocalDirectory, attempts: Int) async throws {
        guard let sop = BenchOffice.locate("config/sop/sukamara.yaml") else { throw BenchError("cannot find the SOP") }
        let office = try BenchOffice(directory)
        let password = "Bench-Staff-Password-1"
        try await BenchServer.addStaff(directory, uid: "kadis", nip: "19650218 198705 1 003", role: "kadis", password: password)
        let server = try await BenchServer.start(office, sop: sop, binary: try BenchServer.binary(), api: ["trustedProxies: [127.0.0.1]"])
        defer { server.stop() }
        let client = try RemoteOffice(url: server.url, caFile: nil, rehearsalTime: nil) { _ in }
        _ = try await client.login(uid: "kadis", password: password)
        print("login: the Kadis logged in from his desk; \(attempts) wrong passwords for him at once from other addresses (pwdMaxFailure 5)")
        let url = server.url + "/api/v1/session"
        let start = ContinuousClock.now
        let outcomes = await withTaskGroup(of: String.self) { group in
            for attempt in 0..<attempts {
                group.addTask {
                    var request = HTTPClientRequest(url: url)
                    request.method = .POST
                    request.headers.add(name: "Content-Type", value: "application/json")
                    request.headers.add(name: "X-Forwarded-For", value: "10.66.0.\(attempt % 8)")
                    request.body = .bytes(ByteBuffer(string: #"{"username":"kadis","password":"Wrong-Password-\#(attempt)"}"#))
                    do {
                        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
                        return "HTTP \(response.status.code)"
                    } catch {
                        return "failed: \(error)"
                    }
                }
            }
            var all: [String] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        let elapsed = (ContinuousClock.now - start).seconds
        let counts = Dictionary(outcomes.map { ($0, 1) }, uniquingKeysWith: +)
        let admin = try await directory.adminConnection()
        let dn = directory.baseDN.child("ou", "staff").child("uid", "kadis")
        let entry = try await admin.read(dn, attributes: ["pwdFailureTime", "pwdAccountLockedTime"])
        await admin.close()
        let reached = entry?["pwdFailureTime"].count ?? 0
        let locked = entry?.string("pwdAccountLockedTime") != nil
        var binds = false
        do {
            let connection = try await LDAPConnection.connect(directory.connectionOptions())
            _ = try await connection.bind(dn: dn, password: password)
            await connection.close()
            binds = true
        } catch {
            binds = false
        }
        let rightThroughServer: String
        do throws(OfficeError) {
            _ = try await client.login(uid: "kadis", password: password)
            rightThroughServer = "logged in"
        } catch {
            rightThroughServer = "NOT logged in: \(error.kind.rawValue)"
        }
        await client.close()
        print(String(format: "  answers in %.2f s: %@", elapsed, counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
        print("  wrong passwords that reached slapd (pwdFailureTime on the entry): \(reached); locked by ppolicy: \(locked ? "YES" : "no")")
        print("  the right password afterwards: binds to the directory: \(binds ? "yes" : "NO"); through the server from the Kadis's desk: \(rightThroughServer)")
        let met = reached <= 3 && !locked && binds && rightThroughServer == "logged in"
        print("  goal: at most pwdMaxFailure − 2 = 3 reach slapd and the right password still works — \(met ? "met" : "NOT met")")
    }
}
