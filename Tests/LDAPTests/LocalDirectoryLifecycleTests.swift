import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

@Suite("LocalDirectory: stop and start overlapping")
struct LocalDirectoryLifecycleTests {
    /// slapd needs a second or two to exit after SIGTERM; a start() arriving meanwhile must wait for it, start a new
    /// slapd, and that slapd must be the one destroy() stops.
    @Test func startDuringAStopRunsANewSlapdThatDestroyStops() async throws {
        let directory = try await LocalDirectory.create(.init())
        let old = try #require(await directory.pid)
        let stopping = Task { await directory.stop() }
        // Wait until the old slapd has been told to stop (it no longer answers) but may not have exited yet.
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline, (try? await directory.adminConnection()) != nil {
            try await Task.sleep(for: .milliseconds(5))
        }
        try await directory.start()
        _ = await stopping.value
        let new = try #require(await directory.pid, "a slapd runs after the start")
        #expect(new != old)
        #expect(await directory.isRunning)
        let admin = try await directory.adminConnection()
        #expect(try await admin.read(directory.baseDN) != nil)
        await admin.close()
        await directory.destroy()
        #expect(kill(new, 0) != 0, "destroy stopped the new slapd")
        #expect(kill(old, 0) != 0, "the old slapd exited")
    }
}
