import ArgumentParser
import OfficeService

/// `--step` on approve, reject and return: a guard against acting on a request that moved on.
struct StepGuard: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The step you mean to act on (refused if the request is at another step).",
        id: "Tahap yang hendak Anda kerjakan (ditolak bila permohonan berada di tahap lain).")) var step: String?
}

/// `hakakses approve ID`: do the current step (approval, disposition, provisioning).
struct ApproveCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: helpText(
            "Do the current step of a request, with a note and its documents.",
            id: "Kerjakan tahap permohonan saat ini, dengan catatan dan dokumennya."),
        discussion: helpText(
            "An SK step is done with `hakakses decree issue`; handing over a password with `hakakses handover`.",
            id: "Tahap SK dikerjakan dengan `hakakses decree issue`; serah terima kata sandi dengan `hakakses handover`."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var evidence: EvidenceOptions
    @OptionGroup var guardStep: StepGuard
    @Argument(help: ArgumentHelp("Request id.", id: "Nomor permohonan.")) var id: String
    @Option(name: .customLong("strike"), help: ArgumentHelp(
        """
        Strike a name from a proposal list with the reason (recorded; where the SOP \
        lets this step's approver do so): PERSON=REASON, PERSON a NIP, NIK or username.
        """,
        id: """
        Coret nama dari daftar usulan dengan alasannya (dicatat; bila SOP mengizinkan penyetuju \
        tahap ini melakukannya): PERSON=REASON, PERSON berupa NIP, NIK atau nama pengguna.
        """,
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
    static let configuration = CommandConfiguration(commandName: "reject", abstract: helpText(
        "Reject a request at its current step (final).",
        id: "Tolak permohonan pada tahapnya saat ini (final)."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var guardStep: StepGuard
    @Argument(help: ArgumentHelp("Request id.", id: "Nomor permohonan.")) var id: String
    @Option(name: .long, help: ArgumentHelp("Why (recorded).", id: "Alasan (dicatat).")) var reason: String

    func run() async throws {
        try await reporting {
            _ = try await OfficeLink.with(config, staff) { try await $0.perform(RejectCommand(id: id, step: guardStep.step, reason: reason)) }
            say(Catalogue.requests.rejected(id, reason: reason))
        }
    }
}

/// `hakakses return ID --reason …`: back to the first step for revision.
struct ReturnCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "return", abstract: helpText(
        "Return a request to its first step for revision.",
        id: "Kembalikan permohonan ke tahap pertamanya untuk diperbaiki."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var guardStep: StepGuard
    @Argument(help: ArgumentHelp("Request id.", id: "Nomor permohonan.")) var id: String
    @Option(name: .long, help: ArgumentHelp(
        "What must be revised (recorded).",
        id: "Apa yang harus diperbaiki (dicatat).")) var reason: String

    func run() async throws {
        try await reporting {
            _ = try await OfficeLink.with(config, staff) { try await $0.perform(ReturnCommand(id: id, step: guardStep.step, reason: reason)) }
            say(Catalogue.requests.returned(id, reason: reason))
        }
    }
}
