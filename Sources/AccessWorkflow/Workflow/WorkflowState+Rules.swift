import Foundation

extension WorkflowState {
    /// The current step of an in-progress request, checked against the step the event names.
    func currentStep(of request: AccessRequest, given: StepID) throws(WorkflowError) -> StepDefinition {
        switch request.status {
        case .inProgress(let current):
            guard let step = sop.step(current) else {
                throw .unknownCurrentStep(request.id, step: current)
            }
            guard given == current else {
                throw .wrongStep(request.id, current: current, currentTitle: step.title, given: given)
            }
            return step
        case .returned(let reason): throw .awaitingResubmission(request.id, reason: reason)
        case .rejected(let reason): throw .rejectedFinal(request.id, reason: reason)
        case .cancelled(let reason): throw .cancelledFinal(request.id, reason: reason)
        case .completed: throw .alreadyCompleted(request.id)
        }
    }

    /// Role, segregation and time-order rules for acting on a step of a request after filing: the actor does the
    /// awaited link of the step, is not the applicant or a candidate (except at the submit step, which is the
    /// applicant's), has not initialled this step already, and did not complete the previous step where the SOP
    /// forbids it.
    func requireStepActor(_ actor: WorkflowActor, step: StepDefinition, request: AccessRequest, at: Date)
        throws(WorkflowError)
    {
        let action = awaited(request, at: step)
        try requireExecutor(actor, of: step, link: action.link)
        if step.kind != .submit {
            guard !request.involves(actor) else { throw .selfDealing(actor: actor.description, request: request.id) }
        }
        guard !action.initials.contains(where: { $0.actor.isSameOfficial(as: actor) }) else {
            throw .initialledTwice(actor: actor.description, step: step.id)
        }
        if sop.segregation.distinctActorsOnConsecutiveSteps, step.kind != .submit,
           let previous = sop.step(before: step.id), previous.kind != .submit,
           !sop.segregation.allowsSameOfficial(previous.id, step.id),
           let done = request.completion(of: previous.id), done.actor.isSameOfficial(as: actor) {
            throw .consecutiveSteps(actor: actor.description, previous: previous.id, step: step.id)
        }
        for other in sop.segregation.steps(distinctFrom: step.id) {
            // The submit step never counts (as for consecutive steps): filing for someone is not deciding on it.
            let acted = other != sop.submitStep.id && request.activeRecords.contains { $0.step == other && $0.actor.isSameOfficial(as: actor) }
            if acted { throw .sameOfficial(actor: actor.description, earlier: other, step: step.id) }
        }
        try requireTimeOrder(request, at: at)
    }

    /// The actor must hold a role of the step's link (the submit step's only link when filing); pemohon steps may be
    /// recorded by any authenticated staff. Holding a role of another link of the chain is "not your turn yet".
    func requireExecutor(_ actor: WorkflowActor, of step: StepDefinition, link: Int = 0) throws(WorkflowError) {
        let roles = step.executors.links[link]
        guard roles != [.pemohon], !roles.contains(where: actor.holds) else { return }
        if step.executors.isChain, step.executors.roles.contains(where: actor.holds) {
            throw .notYourTurn(actor: actor.description, step: step.id, stepTitle: step.title, awaited: titles(roles),
                               chain: step.executors.description)
        }
        throw .missingRole(actor: actor.description, step: step.id, stepTitle: step.title, required: titles(roles))
    }

    /// Events on a request may not go back in time.
    func requireTimeOrder(_ request: AccessRequest, at: Date) throws(WorkflowError) {
        guard at >= request.lastActivity else { throw .outOfOrder(request.id, at: at, last: request.lastActivity) }
    }

    /// Evidence may only be given for documents of kind `document` that the SOP names.
    func requireAcceptedEvidence(_ evidence: [DocumentID: Evidence]) throws(WorkflowError) {
        for id in evidence.keys.sorted() {
            guard let document = sop.document(id) else {
                throw .evidenceNotAccepted(document: id, reason: .unknownDocument(known: sop.documents.filter { $0.kind == .document }.map(\.id)))
            }
            switch document.kind {
            case .document: continue
            case .equipment: throw .evidenceNotAccepted(document: id, reason: .equipment)
            case .decree: throw .evidenceNotAccepted(document: id, reason: .decree)
            case .credentials: throw .evidenceNotAccepted(document: id, reason: .credentials)
            }
        }
    }

    /// Every input of kind `document` must be on record or supplied now; an input SK must have been issued.
    func requireInputs(
        of step: StepDefinition, request: RequestID, onRecord: [DocumentID: Evidence], decree: DecreeNumber?,
        supplied: [DocumentID: Evidence]
    ) throws(WorkflowError) {
        for input in step.inputs {
            guard let document = sop.document(input) else { continue }
            switch document.kind {
            case .document:
                guard onRecord[input] != nil || supplied[input] != nil else {
                    throw .missingInput(request, step: step.id, document: input, title: document.title)
                }
            case .decree:
                guard decree != nil else { throw .missingDecree(request, step: step.id, document: input) }
            case .equipment, .credentials:
                continue
            }
        }
    }

    /// Count, uniqueness (by NIP and by NIK) and SIAK roles of a candidate list.
    func checkCandidates(_ candidates: [Candidate], of id: RequestID) throws(WorkflowError) {
        switch sop.requestKind {
        case .single: guard candidates.count == 1 else { throw .candidateCount(id, kind: .single, count: candidates.count) }
        case .list: guard !candidates.isEmpty else { throw .candidateCount(id, kind: .list, count: 0) }
        }
        var seen: Set<String> = []
        for candidate in candidates {
            let identifiers = [candidate.person.nip.map { "NIP \($0)" }, candidate.person.nik.map { "NIK \($0)" }]
            for identifier in identifiers.compactMap({ $0 }) where !seen.insert(identifier).inserted {
                throw .duplicateCandidate(id, identifier: identifier)
            }
            guard catalogue.contains(candidate.role) else {
                throw .unknownSIAKRole(candidate.role, known: catalogue.ids)
            }
        }
    }

    /// An SK may be recorded if its number is new, every SK it supersedes is recorded, and its roles exist.
    func requireRegistrable(_ decree: Decree) throws(WorkflowError) {
        guard decrees[decree.number] == nil, pendingDecrees[decree.number] == nil else { throw .duplicateDecree(decree.number) }
        for earlier in decree.supersedes where decrees[earlier] == nil {
            throw .unknownSupersededDecree(decree.number, superseded: earlier)
        }
        for role in decree.grants.flatMap(\.roles) where !catalogue.contains(role) {
            throw .unknownSIAKRole(role, known: catalogue.ids)
        }
    }
}
