public import Foundation

extension WorkflowState {
    /// Checks a command by `actor` at `now` against every rule and returns the events to store; nothing changes
    /// until the caller applies them. `now` is rounded to the millisecond, as stored.
    public func decide(_ command: WorkflowCommand, by actor: WorkflowActor, at now: Date) throws(WorkflowError)
        -> [WorkflowEvent]
    {
        let scope = scoped(to: command.requestID)
        let event = try scope.event(for: command, by: actor, at: now)
        try scope.check(event)
        try scope.checkRoleRules(event)
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
                letterDate: filing.letterDate, registration: filing.registration, nipWarning: true))
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
                evidence: evidence, confirmations: confirmations, nipWarning: true))
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
            // Where the Kadis signs the SK at a later step, that signature is the second official's act: the SK waits
            // for it instead of a confirmation.
            let signs = sop.signStep != nil
            return .decreeIssued(DecreeIssued(
                at: now, actor: actor, request: id, step: try target(id, step), decree: decree, note: note,
                awaitsConfirmation: awaitsConfirmation && !signs ? true : nil, awaitsSignature: signs ? true : nil,
                deviations: deviations))
        case let .signDecree(id, step, signedOn, scan, note, deviations):
            let request = try request(id)
            let target = try target(id, step)
            guard let number = request.decreeNumber else {
                let document = sop.step(target)?.output ?? sop.documents.first { $0.kind == .decree }?.id ?? "sk"
                throw .missingDecree(id, step: target, document: document)
            }
            // Who may sign is said before what is missing from their entry.
            try requireSigner(actor, request: request, step: target, at: now)
            guard let nip = actor.nip else { throw .signature(number, .signerWithoutNIP(actor: actor.description)) }
            let name: PersonName
            do { name = try PersonName(actor.displayName) } catch { throw .invalidIdentity(error) }
            return .decreeSigned(DecreeSigned(
                at: now, actor: actor, request: id, step: target, decree: number,
                signer: Decree.Signer(name: name, nip: nip, acting: sop.step(target).flatMap { step in
                    actingKind(of: actor, role: step.executor, at: now)
                }), signedOn: signedOn, scan: scan, note: note,
                deviations: deviations))
        case let .importDecree(decree, note, confirmations):
            return .decreeImported(DecreeImported(at: now, actor: actor, decree: decree, note: note,
                                                  confirmations: confirmations, awaitsConfirmation: true,
                                                  nipWarning: true))
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
        case let .assignActing(uid, role, kind, from, until, letter):
            return .actingAssigned(ActingAssigned(at: now, actor: actor, uid: uid, role: role, kind: kind, from: from, until: until, letter: letter))
        case let .startReview(id, dueOn, note):
            let (asOf, holders) = reviewHolders(at: now)
            return .reviewStarted(ReviewStarted(at: now, actor: actor, review: id, asOf: asOf, dueOn: dueOn, holders: holders, note: note))
        case let .decideReview(id, person, keep, note):
            return .reviewDecided(ReviewDecided(at: now, actor: actor, review: id, person: person, keep: keep, note: note))
        case let .signReview(id, note):
            return .reviewSigned(ReviewSigned(at: now, actor: actor, review: id, graceDays: Review.graceDays, note: note))
        case let .adoptSOP(text, sha256, original, note):
            let first = sopVersions.count == 1
            return .sopAdopted(SOPAdopted(
                at: now, actor: actor, text: text, sha256: sha256, replaces: first ? original : nil,
                version: sopVersions.count, note: note))
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
