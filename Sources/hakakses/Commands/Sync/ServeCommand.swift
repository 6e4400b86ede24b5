import AccessStore
import ArgumentParser
import Foundation
import Logging
import OfficeServer
import OfficeService

/// `hakakses serve`: the office server — the HTTP API, the bridge continuously, reconciliation on an interval — the
/// one process that owns the database, the clock and the audit key.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: helpText(
            "Run the office server: the staff API, the sync bridge and reconciliation (stops cleanly on SIGTERM/SIGINT).",
            id: "Jalankan server kantor: API pegawai, bridge sinkronisasi dan rekonsiliasi (berhenti dengan rapi pada SIGTERM/SIGINT)."),
        discussion: helpText(
            """
            Logs go to standard error (journald under systemd); passwords and tokens are never \
            logged. Only one server (or maintenance command) may own a database at a time.
            """,
            id: """
            Log ditulis ke standard error (journald di bawah systemd); kata sandi dan token tidak pernah dicatat dalam \
            log. Hanya satu server (atau perintah pemeliharaan) yang boleh memegang sebuah basis data pada satu waktu.
            """))
    @OptionGroup var config: ConfigOptions
    @Option(name: .long, help: ArgumentHelp(
        "Log level: trace, debug, info, notice, warning, error, critical.",
        id: "Tingkat log: trace, debug, info, notice, warning, error, critical.")) var logLevel = "info"
    @Option(name: .long, help: ArgumentHelp(
        "When listening, write the server's URL into this file (for scripts and tests).",
        id: "Saat mulai mendengarkan, tulis URL server ke berkas ini (untuk skrip dan pengujian).")) var readyFile: String?

    func run() async throws {
        try await reporting {
            let level = Logger.Level(rawValue: logLevel) ?? .info
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
            let logger = Logger(label: "hakakses")
            let settings = try config.load()
            let lock = try WriterLock.acquire(for: settings.databaseURL, purpose: "`hakakses serve`")
            let office = try Office(settings: settings) { logger.warning("\($0)") }
            let head = try await office.auditHead()
            let fingerprint = try settings.auditKey().fingerprint
            logger.info("hak-akses serve starting", metadata: [
                "office": "\(office.sop.office.name)", "database": "\(settings.databaseURL.path)",
                "auditHead": "\(head.seq)", "auditKey": "\(fingerprint)",
                "directory": "\((try? settings.directory().options.uris.joined(separator: " ")) ?? "?")",  // try?: the start-up log line only; a directory error is reported when the office opens it
            ])
            if settings.rehearsal {
                logger.warning("REHEARSAL: callers may set the workflow clock (`rehearsal: true` in \(settings.file.path)); never run an office like this")
            }
            let readyFile = self.readyFile
            try await OfficeServerApp(office: office, logger: logger).run { url in
                guard let readyFile else { return }
                // Whoever waits for the ready file would wait for ever: say why it is not there.
                do { try Data("\(url)\n".utf8).write(to: URL(fileURLWithPath: readyFile), options: .atomic) } catch {
                    logger.warning("the ready file \(readyFile) cannot be written: \(error)")
                }
            }
            logger.info("hak-akses serve stopped")
            _ = lock
        }
    }
}
