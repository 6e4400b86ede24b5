public import AccessWorkflow

/// The no-NIP warning of test people named by NIK alone (kelurahan operators, bulk "Operator N"), confirmed as an
/// official would: most fixtures are about something else, so they confirm it up front; the tests of the warning
/// itself (ConfirmationTests, NonASNCandidateTests) use the commands as they are.
extension Fixtures {
    /// The note the fixtures confirm the no-NIP warning with.
    public static let nonASNNote = "tenaga non-ASN, surat tugas Camat terlampir"

    /// A confirmation of the no-NIP warning of each of `persons` named without a NIP.
    public static func nonASN(_ persons: [Person]) -> [WarningID: String] {
        var notes: [WarningID: String] = [:]
        for warning in persons.flatMap(IdentityCrossCheck.candidateWarnings) where warning.kind == .noCivilServantNumber {
            notes[warning.id] = nonASNNote
        }
        return notes
    }

    /// ``nonASN(_:)`` for the candidates of a request.
    public static func nonASN(_ candidates: [Candidate]) -> [WarningID: String] { nonASN(candidates.map(\.person)) }

    /// ``nonASN(_:)`` for the grants of an SK.
    public static func nonASN(_ decree: Decree) -> [WarningID: String] { nonASN(decree.grants.map(\.person)) }
}

extension WorkflowCommand {
    /// The same command with the no-NIP warnings of its people confirmed (see ``Fixtures/nonASN(_:)``), added to the
    /// confirmations it already has; any other command unchanged.
    public var confirmingNonASN: WorkflowCommand {
        switch self {
        case .file(let filing):
            return .file(FileRequest(
                id: filing.id, applicant: filing.applicant, candidates: filing.candidates, note: filing.note,
                evidence: filing.evidence,
                confirmations: Fixtures.nonASN(filing.candidates).merging(filing.confirmations) { _, own in own },
                draft: filing.draft, letterDate: filing.letterDate, registration: filing.registration))
        case let .resubmit(id, candidates, note, evidence, confirmations):
            return .resubmit(request: id, candidates: candidates, note: note, evidence: evidence,
                             confirmations: Fixtures.nonASN(candidates ?? []).merging(confirmations) { _, own in own })
        case let .importDecree(decree, note, confirmations):
            return .importDecree(decree, note: note,
                                 confirmations: Fixtures.nonASN(decree).merging(confirmations) { _, own in own })
        default:
            return self
        }
    }
}
