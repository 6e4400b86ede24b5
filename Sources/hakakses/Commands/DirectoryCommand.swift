import ArgumentParser
import Foundation
import LDAP
import LocalDirectory
import OfficeService

/// `hakakses directory start|stop|status`: the embedded local slapd.
struct DirectoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "directory",
        abstract: helpText(
            "Start, stop or inspect the embedded local OpenLDAP server (built from ldif/).",
            id: "Jalankan, hentikan atau periksa server OpenLDAP lokal bawaan (dibangun dari ldif/)."),
        subcommands: [Start.self, Stop.self, Status.self]
    )

    /// `--folder`; by default the configuration's `directory.local`, else .hakakses/directory.
    struct FolderOptions: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp(
            "Folder of the local directory (default: the configuration's directory.local, else .hakakses/directory).",
            id: "Folder direktori lokal (bila tidak diisi: directory.local dalam konfigurasi, atau .hakakses/directory)."))
        var folder: String?
        @OptionGroup var config: ConfigOptions

        /// The configuration, if there is one. One that is there but cannot be read is an error, never read as no
        /// configuration: that would start a directory with the default base DN in the default folder.
        func settings() throws(OfficeError) -> OfficeSettings? {
            guard FileManager.default.fileExists(atPath: config.url.path) else { return nil }
            return try config.load()
        }

        func url() throws(OfficeError) -> URL {
            if let folder { return URL(fileURLWithPath: folder) }
            if let local = try settings()?.localDirectoryFolder { return local }
            return Home.defaultFolder.appendingPathComponent("directory")
        }
    }

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(
            "Create (first time) and start the local directory.",
            id: "Buat (pertama kali) dan jalankan direktori lokal."))
        @OptionGroup var location: FolderOptions
        @Option(name: .long, help: ArgumentHelp(
            "Base DN of a new directory (default: the configuration's directory.baseDN).",
            id: "DN dasar direktori baru (bila tidak diisi: directory.baseDN dalam konfigurasi).")) var baseDN: String?
        @Option(name: .long, help: ArgumentHelp(
            "Office name of a new directory (default: the SOP's office).",
            id: "Nama kantor untuk direktori baru (bila tidak diisi: kantor dalam SOP).")) var officeName: String?
        @Option(name: .long, help: ArgumentHelp(
            "Kemendagri region code of a new directory (default: the SOP's region).",
            id: "Kode wilayah Kemendagri untuk direktori baru (bila tidak diisi: wilayah dalam SOP).")) var region: String?

        func run() async throws {
            try await reporting {
                let settings = try location.settings()
                let directoryFolder = try location.url()
                let defaults = LocalDirectoryConfiguration()
                let baseText = baseDN ?? settings?.raw.directory?.baseDN ?? defaults.baseDN.description
                let base: DN
                do { base = try DN(parsing: baseText) } catch { throw OfficeError.badInput(.baseDNInvalid(baseText, detail: "\(error)")) }
                try FileManager.default.createDirectory(at: directoryFolder, withIntermediateDirectories: true)
                let configuration = LocalDirectoryConfiguration(
                    baseDN: base, officeName: officeName ?? settings?.sop.office.name ?? defaults.officeName,
                    regionCode: region ?? settings?.sop.office.region.description ?? defaults.regionCode)
                let directory = try await LocalDirectory.startOrCreate(in: directoryFolder, configuration: configuration, detached: true)
                let texts = Catalogue.administration
                say(texts.directoryRunning(pid: await directory.pid ?? 0))
                print("  \(directory.ldapURI)")
                print("  \(directory.ldapiURI)  \(texts.saslExternal.text(in: Shell.language))")
                say(texts.baseDN(directory.baseDN.description))
                say(texts.servicePasswords(directory.folder.appendingPathComponent("secrets").path))
                say(texts.directoryLog(directory.logFile.path))
            }
        }
    }

    struct Stop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(
            "Stop the local directory (SIGTERM, waits for exit).",
            id: "Hentikan direktori lokal (SIGTERM, menunggu sampai berhenti)."))
        @OptionGroup var location: FolderOptions

        func run() async throws {
            try await reporting {
                let directoryFolder = try location.url()
                guard let directory = try LocalDirectory.attach(folder: directoryFolder) else {
                    throw OfficeError.badInput(.noLocalDirectory(directoryFolder.path))
                }
                guard await directory.isRunning else {
                    say(Catalogue.administration.directoryNotRunning(directoryFolder.path))
                    return
                }
                await directory.stop()
                say(Catalogue.administration.directoryStopped)
            }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(
            "Is the local directory running, where, and what is in it.",
            id: "Apakah direktori lokal berjalan, di mana, dan apa isinya."))
        @OptionGroup var location: FolderOptions
        @OptionGroup var output: OutputOptions

        struct Report: Encodable {
            let folder: String
            let running: Bool
            let pid: Int32?
            let ldapURI: String?
            let ldapiURI: String?
            let baseDN: String?
            let operators: Int?
            let staff: Int?
        }

        func run() async throws {
            try await reporting {
                let directoryFolder = try location.url()
                guard let directory = try LocalDirectory.attach(folder: directoryFolder) else {
                    let report = Report(folder: directoryFolder.path, running: false, pid: nil, ldapURI: nil, ldapiURI: nil, baseDN: nil, operators: nil, staff: nil)
                    if output.json { try printJSON(report) } else { say(Catalogue.administration.noDirectory(directoryFolder.path)) }
                    throw ExitCode(3)
                }
                let running = await directory.isRunning
                var operators: Int?
                var staff: Int?
                if running, let admin = try? await directory.adminConnection() {  // try?: status shows no count when the directory cannot be searched (it says it is not running)
                    let request = { (dn: DN) in SearchRequest(base: dn, scope: .oneLevel, attributes: ["1.1"]) }
                    operators = try? await admin.pagedSearch(request(directory.baseDN.child("ou", "operators"))).collect().count  // try?: status shows no count when the directory cannot be searched (it says it is not running)
                    staff = try? await admin.pagedSearch(request(directory.baseDN.child("ou", "staff"))).collect().count  // try?: status shows no count when the directory cannot be searched (it says it is not running)
                }
                let report = Report(
                    folder: directory.folder.path, running: running, pid: await directory.pid, ldapURI: directory.ldapURI,
                    ldapiURI: directory.ldapiURI, baseDN: directory.baseDN.description, operators: operators, staff: staff)
                if output.json {
                    try printJSON(report)
                } else {
                    let texts = Catalogue.administration
                    say(texts.directoryStatus(report.folder, pid: running ? report.pid ?? 0 : nil))
                    say(texts.directoryAddress(directory.ldapURI, baseDN: directory.baseDN.description))
                    if let operators, let staff { say(texts.directoryEntries(operators: operators, staff: staff)) }
                }
                if !running { throw ExitCode(3) }
            }
        }
    }
}
