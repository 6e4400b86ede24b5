import ArgumentParser
import OfficeService

/// `hakakses revoke PERSON --reason …`: remove someone's access now.
struct RevokeCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke a person's SIAK access at once: locked and out of every SIAK group; deleted after the grace period.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: "The person: username, NIP or NIK.") var person: String
    @Option(name: .long, help: "death, resignation, transfer, incompetence, dataLeak or other.") var reason: String
    @Option(name: .long, help: "What happened (recorded).") var note: String

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
