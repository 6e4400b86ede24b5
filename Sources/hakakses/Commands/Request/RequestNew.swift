import AccessStore
import AccessWorkflow
import ArgumentParser
import Foundation

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
            let context = try Context.open(config)
            let candidates = try who.read(catalogue: context.catalogue)
            let session = try await StaffSession.login(staff, settings: context.settings)
            let fallback: Person
            if context.sop.requestKind == .single, candidates.count == 1 {
                fallback = candidates[0].person
            } else {
                do {
                    fallback = try Person(name: try PersonName(session.actor.displayName), nip: session.actor.nip, nik: nil, uid: session.actor.uid)
                } catch {
                    throw CLIError.badInput("you have no NIP on record to stand as applicant; give --applicant-name and --applicant-nip")
                }
            }
            let filing = FileRequest(
                id: RequestIDPolicy.placeholder, applicant: try applicant.person(default: fallback), candidates: candidates,
                note: evidence.note, evidence: try evidence.evidence(sop: context.sop))
            let result = try context.execute(.file(filing), by: session.actor)
            guard let id = result.requestID else { throw CLIError.badInput("the request was filed without an id") }
            let next = result.state.currentStep(of: id)
            if output.json {
                try printJSON(["request": id.rawValue, "nextStep": next?.id.rawValue ?? ""])
            } else {
                print("filed \(id) with \(candidates.count) candidate\(candidates.count == 1 ? "" : "s")")
                if let next { print("next: \(next.title) — \(context.sop.roleTitle(next.executor)), within \(next.time)") }
            }
        }
    }
}
