import AccessWorkflow
import ArgumentParser
import DirectorySync

/// `hakakses revoke PERSON --reason …`: remove someone's access now.
struct RevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke a person's SIAK access at once: locked and out of every SIAK group; deleted after the grace period.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: "The person: username, NIP or NIK.") var person: String
    @Option(name: .long, help: "One of: \(RevocationReason.allCases.map(\.rawValue).joined(separator: ", ")).") var reason: String
    @Option(name: .long, help: "What happened (recorded).") var note: String

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            let key = try HandoverCommand.person(person, context)
            guard let kind = RevocationReason(rawValue: reason) else {
                throw CLIError.badInput("--reason \(reason): use one of \(RevocationReason.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            try await context.execute(.revoke(person: key, reason: kind, text: note), as: staff)
            print("revoked \(key) (\(kind.rawValue))")
            do {
                let report = try await SyncCommand.pass(context)
                print("directory: \(report.summary)")
            } catch let error as CLIError where error.kind == .unavailable {
                print("the revocation is recorded; the directory is unreachable now and will be updated by `hakakses serve` or `hakakses sync` (\(error.message))")
                throw ExitCode(3)
            }
        }
    }
}
