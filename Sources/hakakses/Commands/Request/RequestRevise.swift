import ArgumentParser
import OfficeService

/// `hakakses request resubmit ID`: file a returned request again.
struct RequestResubmit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resubmit", abstract: helpText(
        "File a returned request again, optionally with a new candidate list.",
        id: "Ajukan ulang permohonan yang dikembalikan, bila perlu dengan daftar calon baru."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var who: CandidateOptions
    @OptionGroup var evidence: EvidenceOptions
    @OptionGroup var confirm: ConfirmOptions
    @Argument(help: ArgumentHelp("Request id.", id: "Nomor permohonan.")) var id: String

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
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: helpText(
        "Withdraw a request (final).",
        id: "Batalkan permohonan (final)."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: ArgumentHelp("Request id.", id: "Nomor permohonan.")) var id: String
    @Option(name: .long, help: ArgumentHelp("Why.", id: "Alasannya.")) var reason: String

    func run() async throws {
        try await reporting {
            _ = try await OfficeLink.with(config, staff) { try await $0.perform(CancelCommand(id: id, reason: reason)) }
            say(Catalogue.requests.cancelled(id))
        }
    }
}
