import ArgumentParser
import OfficeService

/// `hakakses request resubmit ID`: file a returned request again.
struct RequestResubmit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resubmit", abstract: "File a returned request again, optionally with a new candidate list.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var who: CandidateOptions
    @OptionGroup var evidence: EvidenceOptions
    @OptionGroup var confirm: ConfirmOptions
    @Argument(help: "Request id.") var id: String

    func run() async throws {
        try await reporting {
            var command = ResubmitCommand(
                id: id, candidateList: try who.list(), candidate: try who.single(), note: evidence.note, evidence: try evidence.inputs(),
                confirmations: try confirm.parsed())
            let progress = try await OfficeLink.with(config, staff) { link in
                command.evidence = try await evidence.inputs(for: command, via: link, request: id)
                return try await link.perform(command)
            }
            say(Catalogue.requests.resubmitted(id, next: progress.next))
        }
    }
}

/// `hakakses request cancel ID --reason …`.
struct RequestCancel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: "Withdraw a request (final).")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: "Request id.") var id: String
    @Option(name: .long, help: "Why.") var reason: String

    func run() async throws {
        try await reporting {
            _ = try await OfficeLink.with(config, staff) { try await $0.perform(CancelCommand(id: id, reason: reason)) }
            say(Catalogue.requests.cancelled(id))
        }
    }
}
