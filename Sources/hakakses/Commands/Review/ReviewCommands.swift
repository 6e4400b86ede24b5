import ArgumentParser
import OfficeService

/// `--step` on approve, reject and return: a guard against acting on a request that moved on.
struct StepGuard: ParsableArguments {
    @Option(name: .long, help: "The step you mean to act on (refused if the request is at another step).") var step: String?
}

/// `hakakses approve ID`: do the current step (approval, disposition, provisioning).
struct ApproveCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Do the current step of a request, with a note and its documents.",
        discussion: "An SK step is done with `hakakses decree issue`; handing over a password with `hakakses handover`.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var evidence: EvidenceOptions
    @OptionGroup var guardStep: StepGuard
    @Argument(help: "Request id.") var id: String
    @Option(name: .customLong("strike"), help: ArgumentHelp(
        "Strike a name from a proposal list with the reason (recorded; where the SOP lets this step's approver do so): PERSON=REASON, PERSON a NIP, NIK or username.",
        valueName: "person=reason"))
    var strikes: [String] = []
    @OptionGroup var deviation: DeviationOptions

    func run() async throws {
        try await reporting {
            let departures = try deviation.inputs()
            var struck: [StrikeInput] = []
            for item in strikes {
                guard let equals = item.firstIndex(of: "="), equals != item.startIndex, !item[item.index(after: equals)...].isEmpty else {
                    throw OfficeError.badInput(.strikeForm(item))
                }
                struck.append(StrikeInput(person: String(item[..<equals]), reason: String(item[item.index(after: equals)...])))
            }
            var command = ApproveCommand(id: id, step: guardStep.step, note: evidence.note, evidence: try evidence.inputs(), struck: struck,
                                         deviations: departures)
            let progress = try await OfficeLink.with(config, staff) { link in
                command.evidence = try await evidence.inputs(for: command, via: link, request: id)
                return try await link.perform(command)
            }
            print(Format.progress(progress))
        }
    }
}

/// `hakakses reject ID --reason …` (final; only where the SOP allows it).
struct RejectCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reject", abstract: "Reject a request at its current step (final).")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var guardStep: StepGuard
    @Argument(help: "Request id.") var id: String
    @Option(name: .long, help: "Why (recorded).") var reason: String

    func run() async throws {
        try await reporting {
            _ = try await OfficeLink.with(config, staff) { try await $0.perform(RejectCommand(id: id, step: guardStep.step, reason: reason)) }
            say(Catalogue.requests.rejected(id, reason: reason))
        }
    }
}

/// `hakakses return ID --reason …`: back to the first step for revision.
struct ReturnCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "return", abstract: "Return a request to its first step for revision.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var guardStep: StepGuard
    @Argument(help: "Request id.") var id: String
    @Option(name: .long, help: "What must be revised (recorded).") var reason: String

    func run() async throws {
        try await reporting {
            _ = try await OfficeLink.with(config, staff) { try await $0.perform(ReturnCommand(id: id, step: guardStep.step, reason: reason)) }
            say(Catalogue.requests.returned(id, reason: reason))
        }
    }
}
