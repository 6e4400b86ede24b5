import ArgumentParser
import Foundation
import OfficeService

/// `hakakses sync`: apply the pending directory changes now (what `serve` does continuously).
struct SyncCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: helpText(
            "Apply pending directory changes (approved operators, SKs in force, revocations).",
            id: "Terapkan perubahan direktori yang tertunda (operator yang disetujui, SK yang berlaku, pencabutan)."),
        discussion: helpText(
            """
            Only people on an effective SK or completed request in the verified audit log reach the directory; \
            anything else is refused and audited. Through the office server (--server) as a logged-in \
            official; on the server host without one, as the service user (refused while the server runs).
            """,
            id: """
            Hanya orang dalam SK yang berlaku atau permohonan yang selesai di log audit yang sudah diperiksa yang sampai ke \
            direktori; selain itu ditolak dan dicatat dalam log audit. Melalui server kantor (--server) sebagai pejabat yang \
            sudah masuk; di mesin server tanpa server kantor, sebagai pengguna layanan (ditolak selama server berjalan).
            """))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reporting {
            let bar = ProgressBar(Catalogue.accounts.writing.text(in: Shell.language))
            let report = try await OfficeLink.with(config, staff) { link in
                if let office = link.localOffice {
                    let lock = try WriterLock.acquire(for: office.settings.databaseURL, purpose: "`hakakses sync`")
                    defer { _ = lock }
                    let now = office.clock.now(requested: Rehearsal.requestedTime(office))
                    let report = try await office.sync(now: now) { bar.update($0, $1) }
                    _ = try await office.anchor(now: now)
                    return report
                }
                return try await link.perform(SyncCommand(), needsStaff: true)
            }
            if output.json { try printJSON(report) } else { say(Catalogue.accounts.syncLine(report)) }
            if report.failed > 0 { throw ExitCode(1) }
        }
    }
}

/// `$HAKAKSES_NOW` for the commands that run the office in this process (honoured only in a rehearsal).
enum Rehearsal {
    static func requestedTime(_ office: Office) -> Date? {
        guard office.clock.rehearsal, let text = ProcessInfo.processInfo.environment["HAKAKSES_NOW"] else { return nil }
        return OfficeClock.parse(text)
    }
}
