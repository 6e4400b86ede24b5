import AccessStore
import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

@Suite("The bridge as a process: killed mid-apply, and serve stopping on SIGTERM")
struct ProcessLifecycleTests {
    @Test func syncKilledMidApplyThenRerunConverges() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory)
            defer { h.remove() }
            let total = 3000
            try h.importDecree("800/40/Dukcapil/2026", try [Person].people(0..<total).map { ($0, "operator") })
            // Without transactions every write is its own commit: the apply lasts long enough to be cut.
            let config = try CLIProcess.config(for: h, transactionSize: 0)
            let log = h.file.deletingPathExtension().appendingPathExtension("log")
            let process = try CLIProcess.start(["sync", "--config", config.path], log: log)
            let admin = try await directory.adminConnection()
            var seen = 0
            let deadline = ContinuousClock.now + .seconds(60)
            while process.isRunning, ContinuousClock.now < deadline {
                seen = try await admin.pagedSearch(SearchRequest(base: directory.baseDN.child("ou", "operators"), scope: .oneLevel, attributes: ["1.1"])).collect().count
                if seen >= 300 { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            try #require(process.isRunning, "sync finished before it could be killed; log: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let partial = try await h.operators().count
            #expect(partial >= 300 && partial < total, "killed part-way: \(partial) of \(total)")
            #expect(try h.pending() == total, "no row was completed by the killed process")

            let report = try await h.bridge.runOnce()
            #expect(report.completed == total && report.failed == 0)
            let entries = try await h.operators()
            #expect(entries.count == total)
            #expect(entries.values.allSatisfy { $0.groups == ["operator"] })
            let members = try await h.members("operator")
            #expect(members.count == total && Set(members).count == total, "every operator exactly once in its group")
        }
    }

    @Test func serveAppliesChangesAndStopsCleanlyOnSIGTERM() async throws {
        try await withLocalDirectory { directory in
            let h = try BridgeHarness(directory)
            defer { h.remove() }
            let config = try CLIProcess.config(for: h)
            let log = h.file.deletingPathExtension().appendingPathExtension("serve.log")
            let process = try CLIProcess.start(["serve", "--config", config.path], log: log)
            try h.importDecree("800/41/Dukcapil/2026", try [Person].people(0..<5).map { ($0, "verifikator") })
            let deadline = ContinuousClock.now + .seconds(30)
            while ContinuousClock.now < deadline, try await h.operators().count < 5 { try await Task.sleep(for: .milliseconds(100)) }
            #expect(try await h.operators().count == 5, "serve applied the SK")
            kill(process.processIdentifier, SIGTERM)
            let stopDeadline = ContinuousClock.now + .seconds(20)
            while process.isRunning, ContinuousClock.now < stopDeadline { try await Task.sleep(for: .milliseconds(50)) }
            #expect(!process.isRunning, "serve exits after SIGTERM")
            #expect(process.terminationStatus == 0)
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            #expect(output.contains("hak-akses serve stopped"), "\(output)")
            #expect(output.contains("sync pass"))
        }
    }
}
