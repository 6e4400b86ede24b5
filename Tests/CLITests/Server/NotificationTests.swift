import Foundation
import Testing

/// Notifications without the internet: a command hook gets one message per step reached and one escalation per
/// step past its time standard, to the next official up; both are in the audit log, and nothing is sent twice.
@Suite("Office server: notifications and escalation")
struct NotificationTests {
    @Test("the Kadis is told when the letter arrives; the Kabid's late step goes once to the Kadis; both are audited")
    func stepAndEscalation() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hakakses-notify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outbox = folder.appendingPathComponent("sent.txt")
        let hook = folder.appendingPathComponent("notify.sh")
        try Data("""
            #!/bin/sh
            { echo "TO $* | $HAKAKSES_KIND | $HAKAKSES_REQUEST | $HAKAKSES_STEP | $HAKAKSES_SUBJECT"; cat; echo; } >> \(outbox.path)

            """.utf8).write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        let notify: (String) -> String = { $0 + "notifications:\n  command: \(hook.path)\n  pollSeconds: 1\n  publicURL: https://hakakses.mojokertokota.go.id\n" }
        try await withOffice(.mojokerto, mode: .server, configure: notify) { office in
            func sent() -> String { (try? String(contentsOf: outbox, encoding: .utf8)) ?? "" }
            func waitFor(_ text: String) async throws {
                let deadline = ContinuousClock.now + .seconds(20)
                while !sent().contains(text), ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(200)) }
                #expect(sent().contains(text), "waited for \(text):\n\(sent())")
            }
            let id = try filedRequestID(try await office.succeed(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid))
            try await waitFor("TO kadis | step | \(id) | disposisi-kadis")
            // The hook writes the "TO" line before the body: wait for the body's link too.
            try await waitFor("https://hakakses.mojokertokota.go.id/requests/\(id)")
            try await office.succeed(["approve", id, "--note", "ke Kabid"], at: "08:10", as: Staff.kadis.uid)
            try await waitFor("TO kabid | step | \(id) | disposisi-kabid")
            // An hour later (office hours) the Kabid's 15-minute step is late: the Kadis is told, once.
            try await office.succeed(["request", "list"], at: "09:10")
            try await waitFor("TO kadis | escalation | \(id) | disposisi-kabid")
            try await Task.sleep(for: .seconds(3))
            #expect(sent().components(separatedBy: "| escalation |").count == 2, "escalated once:\n\(sent())")
            #expect(sent().components(separatedBy: "| step | \(id) | disposisi-kabid").count == 2, "told once")
            let log = try await office.succeed(["audit", "log", "--json", "--limit", "1000"], at: "09:11").json([AuditLogRow].self)
            #expect(log.filter { $0.kind == "notification.sent" }.count == 2)
            let escalations = log.filter { $0.kind == "notification.escalated" }
            #expect(escalations.count == 1 && escalations.first?.payload.contains("\"to\":[\"kadis\"]") == true, "\(escalations)")
        }
    }
}
