import ArgumentParser
import Foundation
import OfficeService

/// `--config` (and `--server`) on every command.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Configuration file (default: $HAKAKSES_CONFIG, else .hakakses/config.yaml).",
        id: "Berkas konfigurasi (bila tidak diisi: $HAKAKSES_CONFIG, atau .hakakses/config.yaml)."))
    var config: String?

    @Option(name: .long, help: ArgumentHelp(
        "The office server's URL; staff commands then go through its API (default: `server:` in the configuration, or $HAKAKSES_SERVER).",
        id: """
        Alamat (URL) server kantor; perintah pegawai lalu berjalan melalui API-nya \
        (bila tidak diisi: `server:` dalam konfigurasi, atau $HAKAKSES_SERVER).
        """))
    var server: String?

    @OptionGroup var language: LanguageOptions

    /// The configuration file to use.
    var url: URL {
        if let config { return URL(fileURLWithPath: config) }
        if let env = ProcessInfo.processInfo.environment["HAKAKSES_CONFIG"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        return Home.defaultFolder.appendingPathComponent("config.yaml")
    }

    /// Loads and checks the configuration of an office (on the server host).
    func load() throws(OfficeError) -> OfficeSettings {
        try load(try file())
    }

    /// Loads and checks the configuration of an office from `file` (read by ``file()``).
    func load(_ file: ConfigFile?) throws(OfficeError) -> OfficeSettings {
        guard let file else { throw .badInput(.noConfiguration(url.path)) }
        return try OfficeSettings(file: url, file)
    }

    /// The configuration file as written, or nil when there is none (a workstation may name only a server).
    func file() throws(OfficeError) -> ConfigFile? {
        FileManager.default.fileExists(atPath: url.path) ? try ConfigFile.load(url) : nil
    }

    /// The office server to talk to, if any: --server, $HAKAKSES_SERVER, or `server:` in the configuration `file`.
    func serverTarget(_ file: ConfigFile?) -> (url: String, caFile: String?)? {
        let environment = ProcessInfo.processInfo.environment
        let caFile = file?.serverCAFile.map { path in
            path.hasPrefix("/") ? path : url.deletingLastPathComponent().appendingPathComponent(path).path
        } ?? environment["HAKAKSES_SERVER_CA"].flatMap { $0.isEmpty ? nil : $0 }
        if let server, !server.isEmpty { return (server, caFile) }
        if let env = environment["HAKAKSES_SERVER"], !env.isEmpty { return (env, caFile) }
        if let configured = file?.server, !configured.isEmpty { return (configured, caFile) }
        return nil
    }
}

/// The embedded default: everything in `.hakakses/` of the current folder.
enum Home {
    static var defaultFolder: URL {
        if let env = ProcessInfo.processInfo.environment["HAKAKSES_HOME"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".hakakses")
    }
}

/// `--user` and `--password-file` on every command that acts for a staff member.
struct StaffOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Your staff login (uid under ou=staff). Default: $HAKAKSES_USER, else $USER.",
        id: "Nama login pegawai Anda (uid di bawah ou=staff). Bila tidak diisi: $HAKAKSES_USER, atau $USER."))
    var user: String?

    @Option(name: .long, help: ArgumentHelp(
        "Read your password from this file (first line), like ldapsearch -y. Default: $HAKAKSES_PASSWORD_FILE, else ask.",
        id: """
        Baca kata sandi Anda dari berkas ini (baris pertama), seperti ldapsearch \
        -y. Bila tidak diisi: $HAKAKSES_PASSWORD_FILE, atau ditanyakan.
        """))
    var passwordFile: String?

    var uid: String? {
        let environment = ProcessInfo.processInfo.environment
        return user ?? environment["HAKAKSES_USER"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["USER"]
    }

    /// The official named with --user or $HAKAKSES_USER (not $USER): on the server host, a read then runs as that
    /// official, through the same access policy; without one it runs as the service user.
    var named: String? {
        user ?? ProcessInfo.processInfo.environment["HAKAKSES_USER"].flatMap { $0.isEmpty ? nil : $0 }
    }

    var passwordPath: String? {
        passwordFile ?? ProcessInfo.processInfo.environment["HAKAKSES_PASSWORD_FILE"].flatMap { $0.isEmpty ? nil : $0 }
    }

    func requireUID() throws(OfficeError) -> String {
        guard let uid, !uid.isEmpty else { throw .badInput(.whoAreYou) }
        return uid
    }

    func password(for uid: String) throws(OfficeError) -> String {
        try PasswordInput.read(file: passwordPath, prompt: Catalogue.administration.passwordPrompt(uid).text(in: Shell.language))
    }
}
