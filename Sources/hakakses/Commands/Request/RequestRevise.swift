import AccessWorkflow
import ArgumentParser

/// `hakakses request resubmit ID`: file a returned request again.
struct RequestResubmit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resubmit", abstract: "File a returned request again, optionally with a new candidate list.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var who: CandidateOptions
    @OptionGroup var evidence: EvidenceOptions
    @Argument(help: "Request id.") var id: String

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            let candidates = who.isEmpty ? nil : try who.read(catalogue: context.catalogue)
            let result = try await context.execute(.resubmit(request: RequestID(rawValue: id), candidates: candidates, note: evidence.note, evidence: try evidence.evidence(sop: context.sop)), as: staff)
            let next = result.state.currentStep(of: RequestID(rawValue: id))
            print("resubmitted \(id)\(next.map { "; next: \($0.title) — \(context.sop.roleTitle($0.executor))" } ?? "")")
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
            let context = try Context.open(config)
            try await context.execute(.cancel(request: RequestID(rawValue: id), reason: reason), as: staff)
            print("cancelled \(id)")
        }
    }
}
