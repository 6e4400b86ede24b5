import AccessStore
import ArgumentParser
import DirectorySync
import Foundation
import OfficeService

/// The operating-system user running a maintenance command, for the audit record.
private var hostActor: String { "host:\(ProcessInfo.processInfo.environment["SUDO_USER"] ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown")" }

/// `hakakses audit seal`: authenticate the records of a log written before audit keys (once, audited).
struct AuditSeal: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seal",
        abstract: helpText(
            "Give every record written before this office had an audit key its authentication code (once; recorded).",
            id: "Beri kode autentikasi pada setiap catatan yang ditulis sebelum kantor ini memiliki kunci audit (sekali saja; dicatat)."),
        discussion: helpText(
            "Sealing vouches for the log as it is now. Compare its head with one recorded before the upgrade first (--expect-head).",
            id: """
            Dengan menyegel, Anda menjamin log sebagaimana adanya sekarang. Bandingkan dulu \
            hash terakhirnya dengan yang dicatat sebelum pemutakhiran (--expect-head).
            """))
    @OptionGroup var config: ConfigOptions
    @Option(name: .long, help: ArgumentHelp(
        "Why, and who checked the log (recorded).",
        id: "Alasannya, dan siapa yang memeriksa log (dicatat).")) var note: String
    @Option(name: .long, help: ArgumentHelp(
        "A head hash recorded before: refuse to seal unless the log contains it.",
        id: "Hash terakhir yang dicatat sebelumnya: penyegelan ditolak bila log tidak memuatnya.")) var expectHead: String?

    func run() async throws {
        try await reporting {
            let settings = try config.load()
            let lock = try WriterLock.acquire(for: settings.databaseURL, purpose: "`hakakses audit seal`")
            let store = try settings.openStore()
            if let expectHead {
                let found: Bool
                do throws(StoreError) { found = try store.contains(hash: expectHead.lowercased()) } catch { throw OfficeError.store(error) }
                guard found else {
                    throw OfficeError.refused(.expectedHeadMissing(expectHead))
                }
            }
            let report: SealReport
            do throws(StoreError) {
                report = try store.seal(sop: settings.sop, catalogue: settings.catalogue, actor: hostActor, note: note,
                                        at: OfficeClock(rehearsal: settings.rehearsal).now())
            } catch {
                throw OfficeError.store(error)
            }
            say(Catalogue.administration.sealed(report.sealed, record: report.record.seq, key: try settings.auditKey().fingerprint))
            _ = lock
        }
    }
}

/// `hakakses audit new-key`: an audit key for an office configured by an older version.
struct AuditNewKey: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-key",
        abstract: helpText(
            "Create the audit key file (mode 0600) beside the configuration and name it there; then run `hakakses audit seal`.",
            id: "Buat berkas kunci audit (mode 0600) di samping konfigurasi dan sebutkan di sana; lalu jalankan `hakakses audit seal`."),
        discussion: helpText(
            "Never overwrites a key. Back the key file up apart from the database: without it no record can be written or verified.",
            id: """
            Kunci yang sudah ada tidak pernah ditimpa. Cadangkan berkas kunci terpisah dari \
            basis data: tanpa kunci itu tidak ada catatan yang dapat ditulis atau diperiksa.
            """))
    @OptionGroup var config: ConfigOptions

    func run() async throws {
        try await reporting {
            let url = config.url
            let file = try ConfigFile.load(url)
            if let existing = file.auditKey {
                throw OfficeError.refused(.keyAlreadyNamed(path: url.path, key: existing))
            }
            let keyURL = url.deletingLastPathComponent().appendingPathComponent("audit.key")
            let key: AuditKey
            do throws(AuditKeyError) { key = try AuditKey.generate(at: keyURL) } catch { throw OfficeError.badInput(.auditKey(error)) }
            var text = try String(contentsOf: url, encoding: .utf8)
            if !text.hasSuffix("\n") { text += "\n" }
            text += "# The audit key (mode 0600, outside the database); every audit record carries its HMAC.\nauditKey: audit.key\n"
            try text.write(to: url, atomically: true, encoding: .utf8)
            say(Catalogue.administration.keyCreated(keyURL.path, key: key.fingerprint, configuration: url.path))
            say(Catalogue.administration.nextSeal)
        }
    }
}

/// `hakakses audit reanchor`: after a restore that lost records, show what the directory says was lost and, with a
/// reason and a name, record the loss and move the anchor.
struct AuditReanchor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reanchor",
        abstract: helpText(
            "After a restore that lost records: list what the directory shows was lost; with --reason, record the loss and move the anchor.",
            id: """
            Sesudah pemulihan yang kehilangan catatan: tampilkan apa yang menurut direktori \
            hilang; dengan --reason, catat kehilangannya dan pindahkan jangkarnya.
            """),
        discussion: helpText(
            """
            Without --reason it only lists: the SKs, accounts and revocations the directory shows that the restored \
            log does not hold, and the reconciliation's differences (a dry run). With --reason "…" (and --by NAME, or \
            run with sudo) the list is recorded in the audit log under your name and the directory's anchor moves to \
            this database; the office server then applies no scheduled reconciliation until the ADB has applied one \
            by hand. A nearly empty log (a database copied without its -wal file) is refused without --force.
            """,
            id: """
            Tanpa --reason, perintah ini hanya menampilkan daftar: SK, akun dan pencabutan yang terlihat di direktori tetapi tidak \
            ada dalam log yang dipulihkan, serta perbedaan rekonsiliasi (uji coba). Dengan --reason "…" (dan --by NAME, atau \
            dijalankan dengan sudo) daftar itu dicatat dalam log audit atas nama Anda dan jangkar direktori berpindah ke basis \
            data ini; sesudah itu server kantor tidak menerapkan rekonsiliasi terjadwal sampai ADB menerapkan satu rekonsiliasi \
            dengan tangan. Log yang hampir kosong (basis data yang disalin tanpa berkas -wal-nya) ditolak tanpa --force.
            """))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions
    @Option(name: .long, help: ArgumentHelp(
        "Why the records after the backup are accepted as lost (recorded). Without it: list only.",
        id: "Mengapa catatan sesudah cadangan diterima hilang (dicatat). Tanpa opsi ini: hanya menampilkan daftar.")) var reason: String?
    @Option(name: .long, help: ArgumentHelp(
        "Who decides this (recorded); default: the sudo user.",
        id: "Siapa yang memutuskan ini (dicatat); bila tidak diisi: pengguna sudo.")) var by: String?
    @Flag(name: .long, help: ArgumentHelp(
        "Record the loss even of a nearly empty log.",
        id: "Catat kehilangannya walaupun log hampir kosong.")) var force = false

    func run() async throws {
        try await reporting {
            let settings = try config.load()
            let lock = try WriterLock.acquire(for: settings.databaseURL, purpose: "`hakakses audit reanchor`")
            let office = try Office(settings: settings) { printWarning($0) }
            let now = office.clock.now(requested: Rehearsal.requestedTime(office))
            let report: LossReport
            if let reason {
                let person = try Self.person(by)
                report = try await office.reanchor(reason: reason, by: person, force: force, now: now, language: Shell.language)
            } else {
                report = try await office.lossReport(now: now, language: Shell.language)
            }
            _ = lock
            if output.json { try printJSON(report); return }
            let texts = Catalogue.recovery
            say(texts.anchorSays(report.anchor.text(in: Shell.language), head: report.headSeq, lost: report.recordsLost))
            if report.isEmpty { say(texts.nothingShown) }
            for decree in report.decrees { say(texts.lostDecree(decree.number, entries: decree.entries)) }
            for account in report.accounts { say(texts.lostAccount(account.person ?? account.dn)) }
            for account in report.revocations { say(texts.lostRevocation(account.person ?? account.dn)) }
            say(texts.differences(report.differences.count))
            if !report.differences.isEmpty {
                let c = Catalogue.columns
                var table = Table(c.kind, c.entry, c.detail)
                for row in report.differences {
                    table.add(Catalogue.words.difference(row.kind).text(in: Shell.language), row.dn ?? "-", row.detail)
                }
                print(table.render())
            }
            if reason == nil {
                say(texts.listOnly)
            } else {
                say(Catalogue.administration.reanchored(previous: report.anchor.text(in: Shell.language)))
                say(texts.reviewFirst)
            }
        }
    }

    /// The person recording the loss: --by, else the sudo user; never the service account or nobody.
    static func person(_ by: String?) throws(OfficeError) -> String {
        let environment = ProcessInfo.processInfo.environment
        let named = by ?? environment["SUDO_USER"]
        guard let named, !named.trimmingCharacters(in: .whitespaces).isEmpty else { throw .badInput(.whoRecovers) }
        return named.trimmingCharacters(in: .whitespaces)
    }
}
