import Foundation
import LDAP
import LocalDirectory
import OfficeService
import TestSupport
import Testing

/// The office's replica on a second machine (`hakakses replica follow`), end to end on real slapd and a running
/// server: it keeps every record and archived file; restoring from it after the disk is lost loses nothing and
/// re-enables nobody; only its token reaches the replication routes, and its token reaches nothing else.
@Suite("Recovery: the replica")
struct ReplicaTests {
    /// A token and the configuration that admits it.
    struct Admitted {
        let token = ReplicaTokens.make()
        var hash: String { ReplicaTokens.hash(of: token) }

        func configure(_ text: String) -> String {
            text.replacingOccurrences(of: "\napi:\n", with: "\napi:\n  replicaTokens: [\"\(hash)\"]\n")
        }
    }

    /// `hakakses replica follow --once` into `folder`.
    static func follow(_ office: Office, _ folder: URL, token: String, at time: String) async throws -> CLIResult {
        try await office.run(
            ["replica", "follow", "--folder", folder.path, "--token-file", token, "--key", office.home.appendingPathComponent("audit.key").path,
             "--once", "--json"], at: time)
    }

    /// The hashes of the office's records, in order.
    static func records(_ office: Office) async throws -> [String] {
        try await office.succeed(["audit", "log", "--json", "--limit", "100000"]).json([AuditLogRow].self).sorted { $0.seq < $1.seq }.map(\.hash)
    }

    @Test("the replica keeps every record and file; after the disk is lost it is restored with nothing lost, and no revoked operator comes back")
    func drillFromReplica() async throws {
        let admitted = Admitted()
        try await withOffice(.sukamara, mode: .server, configure: admitted.configure) { office in
            let token = try office.write("replica.token", admitted.token + "\n")
            let replica = office.home.appendingPathComponent("mesin-kedua/replika")
            try await DisasterRecoveryTests.sk(office, "800/1/Dukcapil/2026", DisasterRecoveryTests.budi, at: "08:00")
            try await office.succeed(["sync"], at: "08:05")
            try await office.succeed(["handover", "budi.santoso", "--received-by", "Budi"], at: "08:06", as: Staff.adb.uid)
            try await office.succeed(["document", "make", "bast", "--decree", "800/1/Dukcapil/2026", "--person", Candidates.budiNIP], at: "08:07", as: Staff.adb.uid)
            let first = try await Self.follow(office, replica, token: token, at: "08:10")
            try #require(first.status == 0, "\(first)")
            let caughtUp = try first.json([String: Int64].self)
            #expect(caughtUp["heldSeq"] == caughtUp["serverHead"] && (caughtUp["files"] ?? 0) >= 1, "\(first)")

            // The primary's health shows where the replica stands.
            let api = APIClient(base: try #require(office.serverURL))
            let health = try await api.send(.GET, "/api/v1/health")
            let replicas = try #require(health.json["replicas"] as? [[String: Any]], "\(health)")
            #expect(replicas.count == 1 && (replicas.first?["heldSeq"] as? Int).map(Int64.init) == caughtUp["heldSeq"]
                    && replicas.first?["behind"] as? Int == 0, "\(health)")

            // Later work, followed as it happens.
            try await office.succeed(["revoke", Candidates.budiNIP, "--reason", "transfer", "--note", "mutasi"], at: "09:00", as: Staff.kadis.uid)
            try await DisasterRecoveryTests.sk(office, "800/2/Dukcapil/2026", DisasterRecoveryTests.siti, at: "09:10")
            try await office.succeed(["sync"], at: "09:15")
            try await office.succeed(["handover", Candidates.sitiNIP, "--received-by", "Siti"], at: "09:16", as: Staff.adb.uid)
            try await office.succeed(["document", "make", "bast", "--decree", "800/2/Dukcapil/2026", "--person", Candidates.sitiNIP], at: "09:17", as: Staff.adb.uid)
            let second = try await Self.follow(office, replica, token: token, at: "09:20")
            try #require(second.status == 0, "\(second)")
            let held = try #require(try second.json([String: Int64].self)["heldSeq"])
            let before = try await Self.records(office)
            #expect(held == Int64(before.count), "the replica holds every record: \(second)")
            try await office.succeed(["backup", "verify", replica.path])
            // Whoever can write the replica's folder adds an account row (nothing authenticates the tables beside the
            // log): a restore rebuilds them from the log alone.
            let forged = try await CLIRunner.run(
                executable: URL(fileURLWithPath: "/usr/bin/sqlite3"),
                [replica.appendingPathComponent("hakakses.sqlite").path,
                 "INSERT INTO accounts (person_key, username, created_at, cause_seq) VALUES ('nip:199001012015011001', 'penyusup', '2026-11-23T01:00:00.000Z', 1);"],
                in: office.home, environment: [:])
            try #require(forged.status == 0, "\(forged)")

            // The disk is lost: database and archive gone; restored from the replica.
            office.server?.stop()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: office.database.path + suffix) }
            try FileManager.default.removeItem(at: office.home.appendingPathComponent("archive"))
            let restored = try await office.run(["restore", replica.path], at: "10:00")
            #expect(restored.status == 0 && restored.stdout.contains("no record was lost"), "\(restored)")

            let server = try await ServeProcess.start(config: office.config, home: office.home)
            defer { server.stop() }
            let again = office.served(by: server)
            let accounts = try await CLIRunner.run(
                executable: URL(fileURLWithPath: "/usr/bin/sqlite3"), [office.database.path, "SELECT username FROM accounts ORDER BY username;"],
                in: office.home, environment: [:])
            #expect(!accounts.stdout.contains("penyusup") && accounts.stdout.contains("budi.santoso") && accounts.stdout.contains("siti.rahmawati"),
                    "the accounts come from the log: \(accounts)")
            let after = try await Self.records(again)
            #expect(Array(after.prefix(before.count)) == before, "zero records lost: \(before.count) before, \(after.count) after")
            try await again.succeed(["audit", "verify"])
            try await Task.sleep(for: .seconds(2))
            let budi = try #require(try await DisasterRecoveryTests.entry(office, "budi.santoso"))
            #expect(budi.locked && budi.groups.isEmpty, "the transferred operator stays locked")
            // Not read-only: the office goes on at once.
            let printed = try await again.run(
                ["document", "make", "bast", "--decree", "800/2/Dukcapil/2026", "--person", Candidates.sitiNIP], at: "10:05", as: Staff.adb.uid)
            #expect(printed.status == 0, "\(printed)")
        }
    }

    @Test("only the replica's token reaches the replication routes, and it reaches nothing else; a replica never follows a server that lost records")
    func boundaries() async throws {
        let admitted = Admitted()
        try await withOffice(.sukamara, mode: .server, configure: admitted.configure) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let replicaHeader = [("Authorization", "Replica \(admitted.token)")]
            let records = "/api/v1/replication/records?after=0"
            #expect(try await api.send(.GET, records, headers: replicaHeader).status == 200)
            // A wrong token, a session's token sent as a replica's, no token: not authenticated.
            for header in [[("Authorization", "Replica \(ReplicaTokens.make())")], [("Authorization", "Replica ")], []] {
                let reply = try await api.send(.GET, records, headers: header)
                #expect(reply.status == 401 && reply.errorKind == "unauthenticated", "\(header): \(reply)")
            }
            // Every official, the Kadis and the ADB included: refused.
            for member in [Staff.kadis, Staff.adb, Staff.kasi] {
                let session = APIClient.token(try await api.login(member.uid))
                for path in [records, "/api/v1/replication/file?name=dokumen/x.pdf"] {
                    let reply = try await api.send(.GET, path, headers: [("Authorization", "Bearer \(session)")])
                    #expect(reply.status == 403 && reply.errorKind == "forbidden", "\(member.uid) \(path): \(reply)")
                }
            }
            // The replica's token on every other route: known, but not an official.
            for operation in OfficeOperations.all where operation.action != .replicate && AccessPolicy.rule(for: operation.action).audience != .anyone {
                let route = operation.route
                let path = route.path.replacingOccurrences(of: "{id}", with: "REQ-2026-0001")
                let reply = try await api.send(
                    route.method == .get ? .GET : .POST, path, headers: replicaHeader, json: route.method == .get ? nil : [String: String]())
                #expect(reply.status == 403 && reply.errorKind == "forbidden", "replica \(route): \(reply)")
            }

            // A backup, then work the replica follows; the disk lost, the backup restored and its loss recorded:
            // the replica holds more than the server and stops, keeping all of it.
            try await DisasterRecoveryTests.sk(office, "800/1/Dukcapil/2026", DisasterRecoveryTests.budi, at: "08:00")
            try await office.succeed(["sync"], at: "08:05")
            let made = try await office.run(["backup", office.home.appendingPathComponent("cadangan").path, "--json"], at: "08:10")
            let backup = try #require(try made.json([String: String].self)["folder"])
            try await office.succeed(["revoke", Candidates.budiNIP, "--reason", "transfer", "--note", "mutasi"], at: "09:00", as: Staff.kadis.uid)
            let token = try office.write("replica.token", admitted.token)
            let replica = office.home.appendingPathComponent("replika")
            let followed = try await Self.follow(office, replica, token: token, at: "09:05")
            let held = try #require(try followed.json([String: Int64].self)["heldSeq"], "\(followed)")
            office.server?.stop()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: office.database.path + suffix) }
            try await office.succeed(["restore", backup], at: "10:00")
            try await office.succeed(["audit", "reanchor", "--reason", "disk rusak", "--by", "Dewi (ADB)"], at: "10:01")
            let server = try await ServeProcess.start(config: office.config, home: office.home)
            defer { server.stop() }
            let stopped = try await Self.follow(office.served(by: server), replica, token: token, at: "10:05")
            #expect(stopped.status == 1 && stopped.stderr.contains("#\(held)") && stopped.stderr.contains("kept as it is"), "\(stopped)")
            let verified = try await office.run(["backup", "verify", replica.path, "--json"], at: "10:06")
            #expect(try verified.json(BackupManifest.self).records == held, "the replica kept everything it held: \(verified)")
        }
    }

    @Test("`hakakses replica token` writes a new token (0600), prints its line for the server, and never overwrites one")
    func token() async throws {
        try await withOffice(.sukamara) { office in
            let path = office.home.appendingPathComponent("replica.token").path
            let made = try await office.run(["replica", "token", path])
            #expect(made.status == 0, "\(made)")
            let token = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(token.count >= 43 && made.stdout.contains(ReplicaTokens.hash(of: token)) && !made.stdout.contains(token), "\(made)")
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            let again = try await office.run(["replica", "token", path])
            #expect(again.status == 1, "\(again)")
            #expect(try String(contentsOfFile: path, encoding: .utf8).contains(token), "the old token is kept")
        }
    }
}

/// `hakakses replica follow` left running, as its systemd unit runs it.
@Suite("Recovery: the replica follows as work happens")
struct ReplicaFollowingTests {
    @Test("a running replica holds each new record soon after it is made (the server holds its request until then); the server's health shows it caught up")
    func follows() async throws {
        let admitted = ReplicaTests.Admitted()
        try await withOffice(.sukamara, mode: .server, configure: admitted.configure) { office in
            let token = try office.write("replica.token", admitted.token)
            let replica = office.home.appendingPathComponent("replika")
            let log = office.home.appendingPathComponent("replica.log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let process = Process()
            process.executableURL = try CLIRunner.binary()
            process.arguments = ["replica", "follow", "--server", try #require(office.serverURL), "--folder", replica.path,
                                 "--token-file", token, "--key", office.home.appendingPathComponent("audit.key").path, "--wait", "10"]
            process.environment = ["HOME": office.home.path, "LANG": "C.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
            process.standardInput = FileHandle.nullDevice
            let handle = try FileHandle(forWritingTo: log)
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
            defer {
                process.terminate()
                process.waitUntilExit()
            }
            let api = APIClient(base: try #require(office.serverURL))
            /// The replica's manifest's head once it reaches `seq` (within 20 s), else the last one seen.
            func held(reaching seq: Int64) async throws -> Int64 {
                let deadline = ContinuousClock.now + .seconds(20)
                var last: Int64 = -1
                while ContinuousClock.now < deadline {
                    if FileManager.default.fileExists(atPath: replica.appendingPathComponent("manifest.json").path) {
                        last = try BackupManifest.read(from: replica).headSeq
                        if last >= seq { return last }
                    }
                    try await Task.sleep(for: .milliseconds(50))
                }
                return last
            }
            let steps: [() async throws -> Void] = [
                { try await DisasterRecoveryTests.sk(office, "800/1/Dukcapil/2026", DisasterRecoveryTests.budi, at: "08:00") },
                { try await office.succeed(["sync"], at: "08:05") },
                { try await office.succeed(["handover", "budi.santoso", "--received-by", "Budi"], at: "08:06", as: Staff.adb.uid) },
            ]
            for step in steps {
                try await step()
                let head = try #require((try await api.send(.GET, "/api/v1/health")).json["auditHead"] as? Int)
                let reached = try await held(reaching: Int64(head))
                #expect(reached >= Int64(head), "the replica reached #\(head): \(reached); \(String(decoding: FileManager.default.contents(atPath: log.path) ?? Data(), as: UTF8.self))")
            }
            // The replica asks again at once, so the server sees it caught up.
            try await Task.sleep(for: .milliseconds(500))
            let health = try await api.send(.GET, "/api/v1/health")
            let status = try #require((health.json["replicas"] as? [[String: Any]])?.first, "\(health)")
            #expect(status["behind"] as? Int == 0 && status["heldSeq"] as? Int == health.json["auditHead"] as? Int, "\(health)")
            #expect(process.isRunning, "the follower keeps running")
        }
    }
}
