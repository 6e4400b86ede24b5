public import Foundation

extension WorkflowState {
    /// Checks a command by `actor` at `now` against every rule and returns the events to store; nothing changes
    /// until the caller applies them. `now` is rounded to the millisecond, as stored.
    public func decide(_ command: WorkflowCommand, by actor: WorkflowActor, at now: Date) throws(WorkflowError)
        -> [WorkflowEvent]
    {
        let event = try event(for: command, by: actor, at: now)
        try check(event)
        try checkRoleRules(event)
        return [event]
    }

    private func event(for command: WorkflowCommand, by actor: WorkflowActor, at now: Date) throws(WorkflowError)
        -> WorkflowEvent
    {
        switch command {
        case .file(let filing):
            return .requestFiled(RequestFiled(
                at: now, actor: actor, request: filing.id, kind: sop.requestKind, step: sop.submitStep.id,
                applicant: filing.applicant, candidates: filing.candidates, note: filing.note,
                evidence: filing.evidence, confirmations: filing.confirmations, draft: filing.draft,
                letterDate: filing.letterDate, registration: filing.registration))
        case let .approve(id, step, note, evidence, struck, deviations):
            let target = try target(id, step)
            let payload = StepApproved(at: now, actor: actor, request: id, step: target, note: note, evidence: evidence,
                                       struck: struck, deviations: deviations)
            return initials(id, target) ? .stepInitialled(payload) : .stepApproved(payload)
        case let .reject(id, step, reason):
            return .requestRejected(RequestStopped(
                at: now, actor: actor, request: id, step: try target(id, step), reason: reason))
        case let .returnForRevision(id, step, reason):
            return .requestReturned(RequestStopped(
                at: now, actor: actor, request: id, step: try target(id, step), reason: reason))
        case let .resubmit(id, candidates, note, evidence, confirmations):
            return .requestResubmitted(RequestResubmitted(
                at: now, actor: actor, request: id, step: sop.submitStep.id, candidates: candidates, note: note,
                evidence: evidence, confirmations: confirmations))
        case let .cancel(id, reason):
            return .requestCancelled(RequestCancelled(at: now, actor: actor, request: id, reason: reason))
        case let .issueDecree(id, step, draft, note, awaitsConfirmation, deviations):
            let request = try request(id)
            let decree: Decree
            do {
                decree = try Decree(draft: draft, grants: request.candidates.map(Grant.init(candidate:)), requestID: id)
            } catch {
                throw .invalidDecree(error)
            }
            return .decreeIssued(DecreeIssued(
                at: now, actor: actor, request: id, step: try target(id, step), decree: decree, note: note,
                awaitsConfirmation: awaitsConfirmation ? true : nil, deviations: deviations))
        case let .importDecree(decree, note, confirmations):
            return .decreeImported(DecreeImported(at: now, actor: actor, decree: decree, note: note,
                                                  confirmations: confirmations, awaitsConfirmation: true))
        case let .confirmDecree(number, scan, note):
            return .decreeConfirmed(DecreeConfirmed(at: now, actor: actor, decree: number, scan: scan, note: note))
        case let .withdrawDecree(number, reason):
            return .decreeWithdrawn(DecreeWithdrawn(at: now, actor: actor, decree: number, reason: reason))
        case let .recordHandover(id, step, note, evidence, deviations):
            let target = try target(id, step)
            let payload = StepApproved(at: now, actor: actor, request: id, step: target, note: note, evidence: evidence,
                                       deviations: deviations)
            return initials(id, target) ? .stepInitialled(payload) : .handoverRecorded(payload)
        case let .revoke(person, reason, text):
            return .accessRevoked(AccessRevoked(at: now, actor: actor, person: person, reason: reason, text: text))
        }
    }

    /// True if acting on `step` of the request now initials it: the step is current and its awaited link is not the
    /// last of its paraf chain.
    private func initials(_ id: RequestID, _ step: StepID) -> Bool {
        guard let action = awaited(id), action.step.id == step else { return false }
        return !action.completesStep
    }

    /// The step a command acts on: the given one, else the request's current step. Status problems are reported
    /// by ``check(_:)``, so a request that is not in progress yields its submit step here.
    private func target(_ id: RequestID, _ given: StepID?) throws(WorkflowError) -> StepID {
        let request = try request(id)
        if let given { return given }
        if case .inProgress(let current) = request.status { return current }
        return sop.submitStep.id
    }
}
