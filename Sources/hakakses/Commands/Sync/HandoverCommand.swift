import ArgumentParser
import OfficeService

/// `hakakses handover PERSON --received-by NAME`: set and show the initial password once.
struct HandoverCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: helpText(
            "Hand an operator their username and an initial password (shown once, must be changed at the first login).",
            id: "Serahkan nama pengguna dan kata sandi awal kepada operator (ditampilkan sekali, wajib diganti saat login pertama)."),
        discussion: helpText(
            """
            The password is never stored or logged; who received it and when is recorded. When \
            everyone of the request has received theirs, its handover step is recorded too.
            """,
            id: """
            Kata sandi tidak pernah disimpan atau dicatat dalam log; siapa yang menerimanya dan kapan, dicatat. Bila \
            semua orang dalam permohonan sudah menerima kata sandinya, tahap serah terima permohonan itu juga dicatat.
            """))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: ArgumentHelp(
        "The operator: username, NIP or NIK.",
        id: "Operator: nama pengguna, NIP atau NIK.")) var operatorID: String
    @Option(name: .long, help: ArgumentHelp(
        "Who received it (name as signed on the receipt).",
        id: "Siapa yang menerimanya (nama seperti pada tanda terima).")) var receivedBy: String
    @Option(name: .long, help: ArgumentHelp(
        "The request this handover completes (default: the operator's request waiting at its handover step).",
        id: """
        Permohonan yang diselesaikan oleh serah terima ini (bila tidak diisi: \
        permohonan operator itu yang menunggu di tahap serah terima).
        """))
    var request: String?
    @OptionGroup var deviation: DeviationOptions

    func run() async throws {
        try await reporting {
            let command = HandoverCommand(person: operatorID, receivedBy: receivedBy, request: request, deviations: try deviation.inputs())
            let receipt = try await OfficeLink.with(config, staff) { try await $0.perform(command) }
            if output.json {
                try printJSON([
                    "person": receipt.person, "name": receipt.name, "username": receipt.username, "dn": receipt.dn,
                    "password": receipt.password,
                ])
                return
            }
            let texts = Catalogue.accounts, language = Shell.language
            say(texts.handedOver(to: receivedBy))
            let labels = [texts.receiptName, texts.receiptUsername, texts.receiptPassword].map { $0.text(in: language) }
            let width = labels.map(\.count).max() ?? 0
            for (label, value) in zip(labels, [receipt.name, receipt.username, receipt.password]) {
                print("  \(label.padding(toLength: width, withPad: " ", startingAt: 0))  \(value)")
            }
            print("  \(texts.mustChange.text(in: language))")
            if let progress = receipt.progress {
                if receipt.stillToReceive.isEmpty {
                    print(Format.progress(progress))
                } else {
                    say(texts.stillToReceive(progress.request, receipt.stillToReceive))
                }
            }
        }
    }
}
