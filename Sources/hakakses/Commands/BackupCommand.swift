import AccessStore
import ArgumentParser
import Foundation
import OfficeService

/// `hakakses backup DEST [--with-key DIR]`, `hakakses backup verify DEST`: verified backups on the server host.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: helpText(
            "Back up the office (database, archive, manifest), verified; or verify a backup without restoring it.",
            id: "Cadangkan kantor (basis data, arsip, manifes), lalu diperiksa; atau periksa cadangan tanpa memulihkannya."),
        subcommands: [BackupMake.self, BackupVerifyCommand.self], defaultSubcommand: BackupMake.self)
}

struct BackupMake: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "make",
        abstract: helpText(
            "Make a backup in a new folder under DEST: a consistent copy of the database, the archive, a manifest; verified, then recorded.",
            id: "Buat cadangan dalam folder baru di bawah DEST: salinan basis data yang konsisten, arsip, dan manifes; diperiksa, lalu dicatat."),
        discussion: helpText(
            """
            Runs beside the office server (SQLite's online backup; the records still in the write-ahead log included). The \
            audit key is copied only with --with-key, to a folder outside DEST (a USB stick kept apart): whoever holds a \
            backup and the key can write records. Copy the backup off the server (`config/systemd/hakakses-backup.timer`).
            """,
            id: """
            Berjalan di samping server kantor (online backup SQLite; catatan yang masih di write-ahead log ikut tersalin). Kunci \
            audit hanya disalin dengan --with-key, ke folder di luar DEST (flashdisk yang disimpan terpisah): siapa pun yang memegang \
            cadangan beserta kuncinya dapat menulis catatan. Salin cadangan ke luar server (`config/systemd/hakakses-backup.timer`).
            """))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: ArgumentHelp(
        "The folder the backup goes into (a new folder is made inside it).",
        id: "Folder tujuan cadangan (folder baru dibuat di dalamnya).")) var destination: String
    @Option(name: .customLong("with-key"), help: ArgumentHelp(
        "Also copy the audit key into this folder (never inside DEST).",
        id: "Salin juga kunci audit ke folder ini (tidak boleh di dalam DEST).")) var keyFolder: String?

    func run() async throws {
        try await reporting {
            let settings = try config.load()
            let office = try Office(settings: settings) { printWarning($0) }
            let now = office.clock.now(requested: Rehearsal.requestedTime(office))
            let made = try await office.backup(
                into: URL(fileURLWithPath: destination), keyFolder: keyFolder.map { URL(fileURLWithPath: $0) }, now: now)
            let (folder, manifest) = (made.folder, made.manifest)
            if !made.skipped.isEmpty { printWarning(Catalogue.recovery.notCopied(made.skipped).text(in: Shell.language)) }
            if output.json { try printJSON(["folder": folder.path, "records": String(manifest.records), "head": manifest.headHash]); return }
            say(Catalogue.recovery.backedUp(folder.path, records: manifest.records, files: manifest.archive.count))
            if keyFolder == nil { say(Catalogue.recovery.keyNotCopied) }
        }
    }
}

struct BackupVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: helpText(
            "Check a backup or replica folder as a restore would, without restoring it.",
            id: "Periksa folder cadangan atau replika seperti saat pemulihan, tanpa memulihkannya."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: ArgumentHelp(
        "The backup's folder (the one holding manifest.json).",
        id: "Folder cadangan (yang berisi manifest.json).")) var folder: String
    @Option(name: .long, help: ArgumentHelp(
        "The audit key file (default: the office's).",
        id: "Berkas kunci audit (bila tidak diisi: kunci audit kantor ini).")) var key: String?

    func run() async throws {
        try await reporting {
            let settings = try config.load()
            let auditKey = try key.map { path throws(OfficeError) in try OfficeSettings.auditKey(at: URL(fileURLWithPath: path)) }
                ?? settings.auditKey()
            let manifest = try BackupCheck.verify(
                URL(fileURLWithPath: folder), key: auditKey, sop: settings.sop, catalogue: settings.catalogue)
            if output.json { try printJSON(manifest); return }
            say(Catalogue.recovery.backupIntact(folder, records: manifest.records, head: manifest.headHash, files: manifest.archive.count,
                                                made: manifest.createdAt))
        }
    }
}

/// `hakakses restore SRC [--replace]`: a verified backup or replica put back; what it lost, shown.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: helpText(
            """
            Put a verified backup (or a replica's folder) back as the office's \
            database and archive; then show what the directory says it lost.
            """,
            id: """
            Pulihkan cadangan yang sudah diperiksa (atau folder replika) sebagai basis \
            data dan arsip kantor; lalu tampilkan apa yang menurut direktori hilang.
            """),
        discussion: helpText(
            """
            Refuses a folder that is not a backup made by `hakakses backup` or a replica (no manifest), \
            one whose log or files do not verify, and an existing database without --replace (kept beside \
            it as .before-restore-…). Writes nothing to the directory. Stop the office server first.
            """,
            id: """
            Menolak folder yang bukan cadangan buatan `hakakses backup` atau replika (tanpa manifes), folder yang log atau \
            berkasnya tidak lolos pemeriksaan, dan basis data yang sudah ada bila tanpa --replace (yang ada disimpan di \
            sampingnya sebagai .before-restore-…). Tidak menulis apa pun ke direktori. Hentikan server kantor terlebih dahulu.
            """))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: ArgumentHelp(
        "The backup's folder (the one holding manifest.json), or the replica's.",
        id: "Folder cadangan (yang berisi manifest.json), atau folder replika.")) var source: String
    @Flag(name: .long, help: ArgumentHelp(
        "Restore over the existing database (kept aside, never deleted).",
        id: "Pulihkan di atas basis data yang ada (yang lama disimpan di sampingnya, tidak pernah dihapus).")) var replace = false

    func run() async throws {
        try await reporting {
            let settings = try config.load()
            let lock = try WriterLock.acquire(for: settings.databaseURL, purpose: "`hakakses restore`")
            let now = OfficeClock(rehearsal: settings.rehearsal).now(requested: nil)
            let outcome = try Restore.run(settings, from: URL(fileURLWithPath: source), replace: replace, now: now)
            let texts = Catalogue.recovery
            say(texts.restored(source, records: outcome.records, files: outcome.archiveFiles, kind: outcome.manifest.kind.rawValue))
            for path in outcome.setAside { say(texts.keptAside(path)) }
            let office = try Office(settings: settings) { printWarning($0) }
            switch await office.checkAnchor() {
            case .matches?:
                say(texts.nothingLost)
            case .mismatch?:
                let report = try await office.lossReport(now: office.clock.now(), language: Shell.language)
                if output.json { try printJSON(report); _ = lock; return }
                say(texts.anchorSays(report.anchor.text(in: Shell.language), head: report.headSeq, lost: report.recordsLost))
                for decree in report.decrees { say(texts.lostDecree(decree.number, entries: decree.entries)) }
                for account in report.accounts { say(texts.lostAccount(account.person ?? account.dn)) }
                for account in report.revocations { say(texts.lostRevocation(account.person ?? account.dn)) }
                say(texts.afterRestore)
            case .unknown?, nil:
                say(texts.anchorUnknown)
            }
            _ = lock
        }
    }
}
