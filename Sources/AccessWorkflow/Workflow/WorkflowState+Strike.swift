import Foundation

extension WorkflowState {
    /// Names struck at a step (partial approval of a list): only where the SOP allows it, only by the step's
    /// approver (the completing link), each a current candidate named once with a reason, and never all of them (a
    /// list struck whole is rejected or returned instead).
    func requireStrikable(_ struck: [StruckCandidate], step: StepDefinition, request: AccessRequest, completing: Bool)
        throws(WorkflowError)
    {
        guard !struck.isEmpty else { return }
        guard step.mayStrike else { throw .strikeNotAllowed(request.id, step: step.id) }
        guard completing else {
            throw .notTheApprover(request.id, step: step.id, action: .strikeNames,
                                  approver: titles(step.executors.completing))
        }
        var positions: Set<Int> = []
        for strike in struck {
            guard !strike.reason.trimmed.isEmpty else { throw .emptyReason(action: .struckName(strike.person)) }
            guard let position = request.candidates.firstIndex(where: {
                strike.person.matches(nip: $0.person.nip, nik: $0.person.nik)
            }) else { throw .unknownStruckCandidate(request.id, person: strike.person) }
            guard positions.insert(position).inserted else {
                throw .duplicateCandidate(request.id, identifier: strike.person.description)
            }
        }
        guard positions.count < request.candidates.count else { throw .allCandidatesStruck(request.id, step: step.id) }
    }

    /// The request after the strikes of an approval: struck candidates leave the list and are kept as records.
    static func strike(_ struck: [StruckCandidate], from request: inout AccessRequest, step: StepID,
                       actor: WorkflowActor, at: Date) {
        for strike in struck {
            guard let position = request.candidates.firstIndex(where: {
                strike.person.matches(nip: $0.person.nip, nik: $0.person.nik)
            }) else { continue }
            let candidate = request.candidates.remove(at: position)
            request.struck.append(StrikeRecord(candidate: candidate, reason: strike.reason, step: step, actor: actor,
                                               at: at))
        }
    }
}
