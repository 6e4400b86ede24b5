import Foundation
import Testing

/// The office's clock: `$HAKAKSES_NOW` counts only in a rehearsal.
@Suite("Office server: the server's clock")
struct ClockTests {
    @Test("without `rehearsal: true`, HAKAKSES_NOW changes no recorded time, through the server and on the server host", arguments: [OfficeMode.server, .local])
    func rehearsalTimeIgnored(mode: OfficeMode) async throws {
        let production: (String) -> String = { $0.replacingOccurrences(of: "rehearsal: true\n", with: "") }
        try await withOffice(.mojokerto, mode: mode, configure: production) { office in
            let config = try String(contentsOf: office.config, encoding: .utf8)
            #expect(!config.contains("rehearsal"))
            let filed = try await office.run(Candidates.dewiRequest(), at: "2020-01-06T08:00:00+07:00", as: Staff.kasi.uid)
            #expect(filed.status == 0, "\(filed)")
            #expect(filed.stderr.contains("HAKAKSES_NOW") && filed.stderr.contains("ignored"), "the caller is told: \(filed)")
            let log = try await office.succeed(["audit", "log", "--json"], at: "2020-01-06T08:00:00+07:00").json([AuditLogRow].self)
            let record = try #require(log.last)
            #expect(abs(record.at.timeIntervalSinceNow) < 300, "recorded at the real time, not 2020: \(record.at)")
        }
    }

    @Test("in a rehearsal the server takes the caller's time and says so on every answer")
    func rehearsalTimeHonoured() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            try await office.succeed(Candidates.dewiRequest(), at: "2026-11-23T08:00:00+07:00", as: Staff.kasi.uid)
            let log = try await office.succeed(["audit", "log", "--json"]).json([AuditLogRow].self)
            #expect(log.last?.at == ISO8601DateFormatter().date(from: "2026-11-23T01:00:00Z"))
            let output = office.server?.output ?? ""
            #expect(output.contains("REHEARSAL"), "serve says so at start: \(output)")
        }
    }
}
