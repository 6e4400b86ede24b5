import ArgumentParser
import Foundation
import OfficeService

/// `hakakses request new`: file a request (the SOP's first step).
struct RequestNew: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: helpText(
            "File a request: one candidate, or a proposal list (--candidates FILE).",
            id: "Ajukan permohonan: satu calon, atau daftar usulan (--candidates FILE)."))

    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var who: CandidateOptions
    @OptionGroup var applicant: ApplicantOptions
    @OptionGroup var evidence: EvidenceOptions
    @OptionGroup var confirm: ConfirmOptions
    @OptionGroup var output: OutputOptions
    @Flag(name: .long, help: ArgumentHelp(
        "File as a draft: step 1 stays open (and timed) until it is submitted with `hakakses approve`.",
        id: "Ajukan sebagai draf: tahap 1 tetap terbuka (dan waktunya dihitung) sampai diajukan dengan `hakakses approve`."))
    var draft = false
    @Option(name: .long, help: ArgumentHelp(
        "The date written on the letter (YYYY-MM-DD), printed on the documents.",
        id: "Tanggal yang tertulis pada surat (YYYY-MM-DD), dicetak pada dokumen."))
    var letterDate: String?
    @Option(name: .long, help: ArgumentHelp(
        "The letter's agenda number in the office (buku agenda surat masuk); give --registered with it.",
        id: "Nomor agenda surat di kantor (buku agenda surat masuk); berikan bersama --registered."))
    var agenda: String?
    @Option(name: .long, help: ArgumentHelp(
        "When the letter was registered in the agenda (YYYY-MM-DD HH:MM, office time): step 1 is timed from it.",
        id: "Waktu surat diagendakan (YYYY-MM-DD HH:MM, waktu kantor): waktu tahap 1 dihitung sejak saat itu."))
    var registered: String?

    func run() async throws {
        try await reporting {
            var command = FileRequestCommand(
                candidateList: try who.list(), candidate: try who.single(), applicant: applicant.input, note: evidence.note,
                evidence: try evidence.inputs(), confirmations: try confirm.parsed(), draft: draft, letterDate: letterDate,
                agendaNumber: agenda, registeredAt: registered)
            if who.isEmpty {
                throw OfficeError.badInput(.noCandidates)
            }
            let filed = try await OfficeLink.with(config, staff) { link in
                command.evidence = try await evidence.inputs(for: command, via: link, request: nil)
                return try await link.perform(command)
            }
            if output.json { try printJSON(filed); return }
            say(Catalogue.requests.filed(filed.request, candidates: filed.candidates, draft: filed.draft))
            for warning in filed.confirmed { say(Catalogue.requests.confirmed(warning)) }
            if let next = filed.next { say(Catalogue.requests.nextStep(next)) }
        }
    }
}
