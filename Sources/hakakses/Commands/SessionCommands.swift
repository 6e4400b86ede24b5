import ArgumentParser
import OfficeService

/// `hakakses login`: log in on the office server once; later commands reuse the session until it ends.
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login", abstract: helpText(
            "Log in on the office server (the session token is kept for you, mode 0600).",
            id: "Masuk ke server kantor (token sesi disimpan untuk Anda, mode 0600)."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions

    func run() async throws {
        try await reporting {
            let info = try await OfficeLink.with(config, staff) { try await $0.login() }
            guard let info else { return }
            say(Catalogue.administration.loggedIn(info.uid, name: info.name, roles: info.roles))
        }
    }
}

/// `hakakses logout`: end the session on the office server and forget its token; `--all UID` (the Kadis or the ADB)
/// ends every session of another official at once.
struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logout", abstract: helpText(
            "End your session on the office server (or, with --all UID, every session of another official).",
            id: "Akhiri sesi Anda di server kantor (atau, dengan --all UID, semua sesi pejabat lain)."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Option(name: .long, help: ArgumentHelp(
        "End every session of this official (for the Kadis and the ADB: a lost laptop, a removed official).",
        id: "Akhiri semua sesi pejabat ini (untuk Kadis dan ADB: laptop hilang, pejabat yang diberhentikan)."))
    var all: String?

    func run() async throws {
        try await reporting {
            if let all {
                let ended = try await OfficeLink.with(config, staff) { try await $0.perform(EndSessionsCommand(uid: all)) }
                say(Catalogue.decrees.sessionsEnded(ended.uid, count: ended.ended))
                return
            }
            try await OfficeLink.with(config, staff) { try await $0.logout() }
            say(Catalogue.administration.loggedOut)
        }
    }
}
