import ArgumentParser
import OfficeService

/// The SK's particulars, as printed on it.
struct DecreeOptions: ParsableArguments {
    @Option(name: .long, help: "SK number, e.g. 000.8.3.3/240/Dukcapil/2025.") var number: String
    @Option(name: .long, help: "Title.") var title: String = "Pengelolaan Aplikasi SIAK"
    @Option(name: .long, help: "Signing date (YYYY-MM-DD); left out where the Kadis signs at the SOP's sign step (hakakses decree sign).") var signed: String?
    @Option(name: .long, help: "In force from (YYYY-MM-DD).") var effective: String
    @Option(name: .long, help: "Last day in force (YYYY-MM-DD), if limited.") var until: String?
    @Option(name: .long, help: "Number of an SK this one replaces (repeatable).") var supersedes: [String] = []
    @Option(name: .long, help: "The signing Kepala Dinas's name with titles; left out where the Kadis signs at the SOP's sign step.") var signerName: String?
    @Option(name: .long, help: "The signing Kepala Dinas's NIP; left out where the Kadis signs at the SOP's sign step.") var signerNip: String?

    var input: DecreeInput {
        DecreeInput(
            number: number, title: title, signed: signed, effective: effective, until: until, supersedes: supersedes,
            signerName: signerName, signerNip: signerNip)
    }
}
