import Foundation
import Testing

/// One process owns an office's database: a second server, a `sync` or a local staff command while it runs refuse
/// with a clear message; a crashed server keeps nothing.
@Suite("Office server: one writer")
struct OneWriterTests {
    @Test("a second serve exits with a clear message; so do sync and a local approval; after the first is killed -9, a new one starts")
    func secondWriterRefused() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let second = try await CLIRunner.run(
                ["serve", "--config", office.config.path], in: office.home,
                environment: ["HOME": office.home.path, "LANG": "C.UTF-8"], timeLimit: .seconds(60))
            #expect(second.status == 1, "\(second)")
            #expect(second.stderr.contains("another hak-akses process owns the database") && second.stderr.contains("hakakses serve"), "\(second)")
            let local = try await CLIRunner.run(
                ["sync", "--config", office.config.path], in: office.home,
                environment: ["HOME": office.home.path, "LANG": "C.UTF-8"], timeLimit: .seconds(60))
            #expect(local.status == 1 && local.stderr.contains("another hak-akses process owns the database"), "\(local)")
            let approve = try await CLIRunner.run(
                ["approve", "REQ-2026-0001", "--config", office.config.path, "--user", Staff.kadis.uid, "--password-file", office.passwordFile.path],
                in: office.home, environment: ["HOME": office.home.path, "LANG": "C.UTF-8"], timeLimit: .seconds(60))
            #expect(approve.status == 1 && approve.stderr.contains("--server"), "\(approve)")
        }
    }

    @Test("a server killed with SIGKILL leaves no lease behind: the next one starts")
    func crashedHolderKeepsNothing() async throws {
        try await withOffice(.mojokerto, mode: .local) { office in
            let first = try await ServeProcess.start(config: office.config, home: office.home)
            kill(first.process.processIdentifier, SIGKILL)
            first.process.waitUntilExit()
            let next = try await ServeProcess.start(config: office.config, home: office.home)
            defer { next.stop() }
            let health = try await APIClient(base: next.url).send(.GET, "/api/v1/health")
            #expect(health.status == 200, "\(health)")
        }
    }
}

/// A store error keeps its kind through the application layer and HTTP: a busy database is "unreachable" (exit 3).
@Suite("Office server: typed errors across the API")
struct TypedErrorTests {
    @Test("a database held by another writer longer than the busy timeout: the command exits 3, not 2, and nothing is half-written")
    func busyDatabaseExits3() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let holder = Process()
            holder.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            holder.arguments = ["-c", """
                import sqlite3, sys, time
                c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
                c.execute('BEGIN EXCLUSIVE')
                print('held', flush=True)
                time.sleep(16)
                """, office.database.path]
            let pipe = Pipe()
            holder.standardOutput = pipe
            try holder.run()
            defer { if holder.isRunning { holder.terminate() } }
            _ = pipe.fileHandleForReading.availableData  // waits for "held"
            let filed = try await office.run(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid)
            #expect(filed.status == 3, "\(filed)")
            #expect(filed.stderr.contains("locked by another process"), "\(filed)")
            holder.terminate()
            holder.waitUntilExit()
            #expect(try await office.succeed(["request", "list", "--json"]).json([RequestListRow].self).isEmpty)
        }
    }
}
