import ArgumentParser
import Foundation
import OfficeService

/// `hakakses request new`: file a request (the SOP's first step).
struct RequestNew: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "File a request: one candidate, or a proposal list (--candidates FILE).")

    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var who: CandidateOptions
    @OptionGroup var applicant: ApplicantOptions
    @OptionGroup var evidence: EvidenceOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reporting {
            let command = FileRequestCommand(
                candidateList: try who.list(), candidate: try who.single(), applicant: applicant.input, note: evidence.note,
                evidence: try evidence.inputs())
            if who.isEmpty {
                throw OfficeError.badInput("who is proposed? give --name (with --nip or --nik, --role, --unit) or --candidates FILE")
            }
            let filed = try await OfficeLink.with(config, staff) { try await $0.perform(command) }
            if output.json { try printJSON(filed); return }
            print("filed \(filed.request) with \(filed.candidates) candidate\(filed.candidates == 1 ? "" : "s")")
            if let next = filed.next { print("next: \(next.title) — \(next.executorTitle), within \(next.time)") }
        }
    }
}
