import AccessStore
import AccessWorkflow
import ArgumentParser
import Foundation
import LDAP
import OfficeService

/// `hakakses init`: a configuration, a copy of the office's SOP and an empty database.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: helpText(
            "Create the configuration and database for one office (default: in .hakakses/).",
            id: "Buat konfigurasi dan basis data untuk satu kantor (bila tidak diisi: di .hakakses/)."))

    @Option(name: .long, help: ArgumentHelp(
        "A shipped SOP: sukamara or mojokerto.",
        id: "SOP yang disertakan: sukamara atau mojokerto.")) var office: String?
    @Option(name: .long, help: ArgumentHelp(
        "An SOP file of another office (YAML, like config/sop/*.yaml).",
        id: "Berkas SOP kantor lain (YAML, seperti config/sop/*.yaml).")) var sop: String?
    @Option(name: .long, help: ArgumentHelp(
        "Folder for config.yaml, the SOP copy and the database (default: $HAKAKSES_HOME or .hakakses).",
        id: "Folder untuk config.yaml, salinan SOP dan basis data (bila tidak diisi: $HAKAKSES_HOME atau .hakakses)."))
    var home: String?
    @Option(name: .long, help: ArgumentHelp(
        "Use this directory instead of the local one: its URIs, comma-separated.",
        id: "Gunakan direktori ini sebagai ganti direktori lokal: URI-nya, dipisahkan koma.")) var uris: String?
    @Option(name: .long, help: ArgumentHelp("Base DN of that directory.", id: "DN dasar direktori tersebut.")) var baseDN: String?
    @Option(name: .long, help: ArgumentHelp(
        "The bridge account's DN in that directory.",
        id: "DN akun bridge di direktori tersebut.")) var bridgeDN: String?
    @Option(name: .long, help: ArgumentHelp(
        "File holding the bridge account's password.",
        id: "Berkas berisi kata sandi akun bridge.")) var bridgePasswordFile: String?
    @Option(name: .long, help: ArgumentHelp(
        "With --uris, in the national directory: its suffix (e.g. dc=dukcapil,dc=kemendagri,dc=go,dc=id); the office's base DN is then ou=<region code>,<suffix> unless --base-dn says otherwise, and new usernames are free across the suffix.",
        id: "Dengan --uris, di direktori nasional: sufiksnya (misalnya dc=dukcapil,dc=kemendagri,dc=go,dc=id); DN dasar kantor lalu menjadi ou=<kode wilayah>,<sufiks> kecuali --base-dn menyebut lain, dan nama pengguna baru unik di seluruh sufiks."))
    var nationalSuffix: String?
    @Option(name: .long, help: ArgumentHelp(
        "The office server's API address (HOST:PORT; default 127.0.0.1:8750, loopback only).",
        id: "Alamat API server kantor (HOST:PORT; bila tidak diisi 127.0.0.1:8750, hanya loopback).")) var listen: String?
    @Flag(name: .long, help: ArgumentHelp(
        "A rehearsal (demo, training): callers may set the workflow clock with $HAKAKSES_NOW. Never for a real office.",
        id: "Gladi (demo, pelatihan): pemanggil boleh mengatur jam alur kerja dengan $HAKAKSES_NOW. Jangan pernah untuk kantor sungguhan."))
    var rehearsal = false
    @OptionGroup var language: LanguageOptions

    /// `dc=sukamarakab,dc=go,dc=id` for "… Kabupaten Sukamara", `dc=mojokertokota,…` for "… Kota Mojokerto".
    static func defaultBaseDN(_ office: String) -> String {
        let words = office.lowercased().split(separator: " ").map(String.init)
        func slug(_ text: String) -> String { String(text.filter { $0.isLetter && $0.isASCII }) }
        if let i = words.lastIndex(of: "kabupaten"), i + 1 < words.count {
            return "dc=\(slug(words[(i + 1)...].joined()))kab,dc=go,dc=id"
        }
        if let i = words.lastIndex(of: "kota"), i + 1 < words.count {
            return "dc=\(slug(words[(i + 1)...].joined()))kota,dc=go,dc=id"
        }
        return "dc=\(slug(words.last ?? "office")),dc=go,dc=id"
    }

    func run() async throws {
        try await reporting {
            let folder = home.map { URL(fileURLWithPath: $0) } ?? Home.defaultFolder
            let configURL = folder.appendingPathComponent("config.yaml")
            if FileManager.default.fileExists(atPath: configURL.path) {
                throw OfficeError.refused(.configurationExists(configURL.path))
            }
            let source: URL
            switch (office, sop) {
            case (let name?, nil):
                guard let shipped = ShippedFiles.locate("config/sop/\(name.lowercased()).yaml") else {
                    throw OfficeError.badInput(.noShippedSOP(name))
                }
                source = shipped
            case (nil, let path?): source = URL(fileURLWithPath: path)
            default: throw OfficeError.badInput(.officeOrSOP)
            }
            let text = try String(contentsOf: source, encoding: .utf8)
            let definition: SOPDefinition
            do throws(ConfigError) { definition = try SOPDefinition(yaml: text) } catch { throw OfficeError.badInput(.sopFileInvalid(path: source.path, error)) }

            if let suffix = nationalSuffix {
                // Checked before anything is written: a refused init leaves nothing behind.
                guard uris != nil else {
                    throw OfficeError.badInput(.said(Phrase(
                        id: "--national-suffix hanya bersama --uris (direktori nasional di server lain), bukan untuk direktori lokal bawaan",
                        en: "--national-suffix goes with --uris (the national directory on other servers), not with the embedded local directory")))
                }
                let base = baseDN ?? "ou=\(definition.office.region),\(suffix)"
                guard let national = try? DN(parsing: suffix), !national.rdns.isEmpty, let office = try? DN(parsing: base),  // try?: the guard's own error names the DN that does not parse
                      office.isWithin(national), office != national
                else {
                    throw OfficeError.badInput(.said(Phrase(
                        id: "--national-suffix \(suffix) harus berupa DN di atas DN dasar kantor \(base)",
                        en: "--national-suffix \(suffix) must be a DN above the office's base DN \(base)")))
                }
            }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: folder.appendingPathComponent("sop.yaml"), atomically: true, encoding: .utf8)
            var directory = ConfigFile.Directory()
            if let uris {
                directory.uris = uris.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                directory.baseDN = baseDN ?? nationalSuffix.map { "ou=\(definition.office.region),\($0)" }
                directory.nationalSuffix = nationalSuffix
                directory.bridgeDN = bridgeDN
                directory.bridgePasswordFile = bridgePasswordFile
            } else {
                directory.local = "directory"
                directory.baseDN = baseDN ?? InitCommand.defaultBaseDN(definition.office.name)
            }
            let keyURL = folder.appendingPathComponent("audit.key")
            let key: AuditKey
            do throws(AuditKeyError) { key = try AuditKey.generate(at: keyURL) } catch { throw OfficeError.badInput(.auditKey(error)) }
            let file = ConfigFile(
                office: definition.office.name, sop: "sop.yaml", roles: nil, database: "hakakses.sqlite", auditKey: "audit.key",
                rehearsal: rehearsal ? true : nil, directory: directory,
                accounts: .init(usernameRule: "{first}.{last}", maxLength: 32),
                sync: .init(transactionSize: 500, window: 64, retryInitialSeconds: 5, retryMaxSeconds: 300, revocationGraceDays: 30, pollSeconds: 10),
                reconcile: .init(intervalMinutes: 15, maxChangePercent: 10, alwaysAllowedChanges: 5, applyInServe: true),
                api: .init(listen: listen ?? "127.0.0.1:8750", sessionIdleMinutes: 30, sessionMaxHours: 12,
                           failedLoginsPerUser: 3, failedLoginsPerAddress: 20, throttleWindowMinutes: 15),
                archive: "archive", documents: .init(templates: "templates"))
            let templates = try TemplateInstall.install(into: folder, office: office)
            let header = "# hak-akses configuration for \(definition.office.name) (made by `hakakses init`).\n# Paths are relative to this file. See config/hakakses.example.yaml for every setting.\n"
            try (header + file.yaml()).write(to: configURL, atomically: true, encoding: .utf8)
            let settings = try OfficeSettings(file: configURL, file)
            do throws(StoreError) { _ = try AccessStore(path: settings.databaseURL.path, key: key) } catch { throw OfficeError.store(error) }
            let texts = Catalogue.administration
            say(texts.initialised(definition.office.name, in: folder.path))
            say(texts.sopCopied(definition.number, steps: definition.steps.count, to: folder.appendingPathComponent("sop.yaml").path))
            say(texts.database(settings.databaseURL.path))
            if let templates {
                say(texts.templatesCopied(templates.path, archive: folder.appendingPathComponent("archive").path))
            } else {
                say(texts.templatesMissing(folder.appendingPathComponent("templates").path))
            }
            say(texts.auditKeyCreated(keyURL.path, fingerprint: key.fingerprint))
            if rehearsal { say(texts.rehearsal) }
            if uris == nil {
                say(texts.embeddedDirectory(directory.baseDN ?? "", in: folder.appendingPathComponent("directory").path))
                say(texts.nextDirectoryStart(configURL.path))
            }
        }
    }
}
