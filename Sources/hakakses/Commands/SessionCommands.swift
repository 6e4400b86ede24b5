import ArgumentParser
import OfficeService

/// `hakakses login`: log in on the office server once; later commands reuse the session until it ends.
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login", abstract: "Log in on the office server (the session token is kept for you, mode 0600).")
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

/// `hakakses logout`: end the session on the office server and forget its token.
struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "logout", abstract: "End your session on the office server.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions

    func run() async throws {
        try await reporting {
            try await OfficeLink.with(config, staff) { try await $0.logout() }
            say(Catalogue.administration.loggedOut)
        }
    }
}
