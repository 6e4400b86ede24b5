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
