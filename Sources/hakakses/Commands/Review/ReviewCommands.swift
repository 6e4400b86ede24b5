import AccessWorkflow
import ArgumentParser

/// `--step` on approve, reject and return: a guard against acting on a request that moved on.
struct StepGuard: ParsableArguments {
    @Option(name: .long, help: "The step you mean to act on (refused if the request is at another step).") var step: String?
    var id: StepID? { step.map { StepID(rawValue: $0) } }
}

/// `hakakses approve ID`: do the current step (approval, disposition, provisioning).
struct ApproveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Do the current step of a request, with a note and its documents.",
        discussion: "An SK step is done with `hakakses decree issue`; handing over a password with `hakakses handover`.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var evidence: EvidenceOptions
    @OptionGroup var guardStep: StepGuard
    @Argument(help: "Request id.") var id: String

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            let request = RequestID(rawValue: id)
            let state = try context.state()
            if let current = state.currentStep(of: request), guardStep.id == nil || guardStep.id == current.id {
                if current.kind == .decree {
                    throw CLIError.refused("\(id) is at step \(current.id) (\(current.title)): issue the SK with `hakakses decree issue --request \(id) …`")
                }
            }
            let result = try await context.execute(.approve(request: request, step: guardStep.id, note: evidence.note, evidence: try evidence.evidence(sop: context.sop)), as: staff)
            Report.progress(request, result.state, context)
        }
    }
}

/// `hakakses reject ID --reason …` (final; only where the SOP allows it).
struct RejectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reject", abstract: "Reject a request at its current step (final).")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var guardStep: StepGuard
    @Argument(help: "Request id.") var id: String
    @Option(name: .long, help: "Why (recorded).") var reason: String

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            try await context.execute(.reject(request: RequestID(rawValue: id), step: guardStep.id, reason: reason), as: staff)
            print("rejected \(id): \(reason)")
        }
    }
}

/// `hakakses return ID --reason …`: back to the first step for revision.
struct ReturnCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "return", abstract: "Return a request to its first step for revision.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var guardStep: StepGuard
    @Argument(help: "Request id.") var id: String
    @Option(name: .long, help: "What must be revised (recorded).") var reason: String

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            try await context.execute(.returnForRevision(request: RequestID(rawValue: id), step: guardStep.id, reason: reason), as: staff)
            print("returned \(id) for revision: \(reason)")
        }
    }
}

/// One line on where a request stands after a command.
enum Report {
    static func progress(_ id: RequestID, _ state: WorkflowState, _ context: Context) {
        guard let request = state.requests[id] else { return }
        if let next = state.currentStep(of: id) {
            print("\(id): next \(next.id) \(next.title) — \(context.sop.roleTitle(next.executor)), within \(next.time)")
        } else {
            print("\(id): \(request.status)")
        }
    }
}
