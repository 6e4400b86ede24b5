import ArgumentParser
import OfficeService

/// `hakakses revoke PERSON --reason …`: remove someone's access now.
struct RevokeCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: helpText(
            "Revoke a person's SIAK access at once: locked and out of every SIAK group; deleted after the grace period.",
            id: "Cabut akses SIAK seseorang seketika: dikunci dan dikeluarkan dari semua grup SIAK; dihapus setelah masa tenggang."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: ArgumentHelp("The person: username, NIP or NIK.", id: "Orangnya: nama pengguna, NIP atau NIK.")) var person: String
    @Option(name: .long, help: ArgumentHelp(
        "death, resignation, transfer, incompetence, dataLeak or other.",
        id: """
        death (meninggal dunia), resignation (mengundurkan diri), transfer (mutasi), \
        incompetence (tidak kompeten), dataLeak (kebocoran data) atau other (lainnya).
        """)) var reason: String
    @Option(name: .long, help: ArgumentHelp("What happened (recorded).", id: "Apa yang terjadi (dicatat).")) var note: String

    func run() async throws {
        try await reporting {
            let outcome = try await OfficeLink.with(config, staff) {
                try await $0.perform(RevokeCommand(person: person, reason: reason, note: note))
            }
            say(Catalogue.accounts.revoked(outcome.person, reason: outcome.reason))
            if let sync = outcome.sync {
                say(Catalogue.accounts.directoryUpdated(sync))
            } else {
                say(Catalogue.accounts.revocationPending(outcome.pending ?? ""))
                throw ExitCode(OfficeErrorKind.unavailable.exitStatus)
            }
        }
    }
}
