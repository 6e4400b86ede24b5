import AccessWorkflow
import ArgumentParser

/// The SK's particulars, as printed on it.
struct DecreeOptions: ParsableArguments {
    @Option(name: .long, help: "SK number, e.g. 000.8.3.3/240/Dukcapil/2025.") var number: String
    @Option(name: .long, help: "Title.") var title: String = "Pengelolaan Aplikasi SIAK"
    @Option(name: .long, help: "Signing date (YYYY-MM-DD).") var signed: String
    @Option(name: .long, help: "In force from (YYYY-MM-DD).") var effective: String
    @Option(name: .long, help: "Last day in force (YYYY-MM-DD), if limited.") var until: String?
    @Option(name: .long, help: "Number of an SK this one replaces (repeatable).") var supersedes: [String] = []
    @Option(name: .long, help: "The signing Kepala Dinas's name with titles.") var signerName: String
    @Option(name: .long, help: "The signing Kepala Dinas's NIP.") var signerNip: String

    func draft() throws(CLIError) -> DecreeDraft {
        do {
            return DecreeDraft(
                number: try DecreeNumber(number), title: title, signedOn: try date(signed, "--signed"),
                effectiveFrom: try date(effective, "--effective"), effectiveUntil: try until.map { try date($0, "--until") },
                signer: Decree.Signer(name: try PersonName(signerName), nip: try NIP(signerNip)),
                supersedes: try supersedes.map { try DecreeNumber($0) })
        } catch let error as CLIError {
            throw error
        } catch {
            throw .badInput("\(error)")
        }
    }

    private func date(_ text: String, _ flag: String) throws(CLIError) -> CivilDate {
        do { return try CivilDate(iso: text) } catch { throw .badInput("\(flag) \(text): \(error)") }
    }
}
