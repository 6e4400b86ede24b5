import Foundation

extension WorkflowState {
    /// Checks an event against the state: the single rule book used by both `decide` and `apply`.
    func check(_ event: WorkflowEvent) throws(WorkflowError) {
        try checkActingClaim(event)
        switch event {
        case .requestFiled(let e): try checkFiled(e)
        case .stepApproved(let e): try checkStepDone(e, asHandover: false)
        case .stepInitialled(let e): try checkInitialled(e)
        case .handoverRecorded(let e): try checkStepDone(e, asHandover: true)
        case .requestRejected(let e): try checkStopped(e, rejecting: true)
        case .requestReturned(let e): try checkStopped(e, rejecting: false)
        case .requestResubmitted(let e): try checkResubmitted(e)
        case .requestCancelled(let e): try checkCancelled(e)
        case .decreeIssued(let e): try checkDecreeIssued(e)
        case .decreeSigned(let e): try checkDecreeSigned(e)
        case .decreeImported(let e): try checkDecreeImported(e)
        case .decreeConfirmed(let e): try checkDecreeConfirmed(e)
        case .decreeWithdrawn(let e): try checkDecreeWithdrawn(e)
        case .accessRevoked(let e): try checkRevoked(e)
        case .sopAdopted(let e): try checkAdopted(e)
        case .reviewStarted(let e): try checkReviewStarted(e)
        case .reviewDecided(let e): try checkReviewDecided(e)
        case .reviewSigned(let e): try checkReviewSigned(e)
        case .actingAssigned(let e): try checkActingAssigned(e)
        }
    }

    /// A new version of the SOP: the next number, a file that reads, for the same office, different from the version
    /// in force; the first adoption carries the original's text, which must be the SOP the log began under.
    private func checkAdopted(_ e: SOPAdopted) throws(WorkflowError) {
        guard e.version == sopVersions.count else { throw .sopNotAdoptable(.wrongVersion(given: e.version, next: sopVersions.count)) }
        let adopted: SOPDefinition
        do { adopted = try SOPDefinition(yaml: e.text) } catch { throw .sopNotAdoptable(.unreadable(error)) }
        guard adopted.office.region == sop.office.region, adopted.office.utcOffset == sop.office.utcOffset else {
            throw .sopNotAdoptable(.otherOffice(adopted: "\(adopted.office.name) (\(adopted.office.region))", current: "\(sop.office.name) (\(sop.office.region))"))
        }
        guard adopted != sopVersions[sopVersions.count - 1].sop else { throw .sopNotAdoptable(.unchanged) }
        // The roster of the whole history follows the roster source: a version may not switch it.
        guard adopted.rosterSource == sop.rosterSource else {
            throw .sopNotAdoptable(.rosterSourceChanged(from: sop.rosterSource.rawValue, to: adopted.rosterSource.rawValue))
        }
        if sopVersions.count > 1, e.replaces != nil { throw .sopNotAdoptable(.originalMissing) }
        if sopVersions.count == 1 {
            guard let replaces = e.replaces else { throw .sopNotAdoptable(.originalMissing) }
            let original: SOPDefinition
            do { original = try SOPDefinition(yaml: replaces) } catch { throw .sopNotAdoptable(.unreadable(error)) }
            guard original == sopVersions[0].sop else { throw .sopNotAdoptable(.originalDiffers) }
        }
    }

    private func checkFiled(_ e: RequestFiled) throws(WorkflowError) {
        guard e.request.isWellFormed else { throw .malformedRequestID(e.request) }
        guard requests[e.request] == nil else { throw .duplicateRequest(e.request) }
        guard e.kind == sop.requestKind else {
            throw .wrongRequestKind(e.request, expected: sop.requestKind, got: e.kind)
        }
        let submit = sop.submitStep
        guard e.step == submit.id else {
            throw .wrongStep(e.request, current: submit.id, currentTitle: submit.title, given: e.step)
        }
        try checkCandidates(e.candidates, of: e.request)
        try requireExecutor(e.actor, of: submit)
        try requireAcceptedEvidence(e.evidence)
        if !e.isDraft {
            try requireInputs(of: submit, request: e.request, onRecord: [:], decree: nil, supplied: e.evidence)
        }
        if let letter = e.letterDate {
            let filed = CivilDate(e.at, offset: sop.office.utcOffset)
            guard letter <= filed else { throw .letterAfterFiling(e.request, letter: letter, filed: filed) }
        }
        if let registration = e.registration {
            guard registration.at <= e.at else { throw .registeredAfterFiling(e.request, registered: registration.at, filed: e.at) }
            if let letter = e.letterDate, CivilDate(registration.at, offset: sop.office.utcOffset) < letter {
                throw .registeredBeforeLetter(e.request, registered: registration.at, letter: letter)
            }
        }
        try requireConfirmed([e.applicant], candidates: e.candidates.map(\.person), e.confirmations, nipWarning: e.nipWarning)
    }

    private func checkStepDone(_ e: StepApproved, asHandover: Bool) throws(WorkflowError) {
        let request = try request(e.request)
        let step = try currentStep(of: request, given: e.step)
        switch (step.kind, asHandover) {
        case (.decree, _):
            throw .wrongAction(request.id, step: step.id, kind: step.kind, use: .issueDecree)
        case (.sign, _):
            throw .wrongAction(request.id, step: step.id, kind: step.kind, use: .signDecree)
        case (.handover, _), (.review, false), (.provision, false), (.submit, false):
            break
        case (.review, true), (.provision, true), (.submit, true):
            throw .wrongAction(request.id, step: step.id, kind: step.kind, use: .approveInsteadOfHandover)
        }
        let action = awaited(request, at: step)
        guard action.completesStep else {
            throw .awaitingInitials(request.id, step: step.id, awaited: titles(action.roles))
        }
        try requireStepActor(e.actor, step: step, request: request, at: e.at)
        try requireStrikable(e.struckCandidates, step: step, request: request, completing: true)
        try requireAcceptedEvidence(e.evidence)
        try requireInputs(of: step, request: request.id, onRecord: request.evidence, decree: request.decreeNumber,
                          supplied: e.evidence)
    }

    private func checkInitialled(_ e: StepApproved) throws(WorkflowError) {
        let request = try request(e.request)
        let step = try currentStep(of: request, given: e.step)
        guard !awaited(request, at: step).completesStep else {
            throw .wrongAction(request.id, step: step.id, kind: step.kind,
                               use: .completeInsteadOfInitialling)
        }
        try requireStepActor(e.actor, step: step, request: request, at: e.at)
        try requireStrikable(e.struckCandidates, step: step, request: request, completing: false)
        try requireAcceptedEvidence(e.evidence)
        try requireInputs(of: step, request: request.id, onRecord: request.evidence, decree: request.decreeNumber,
                          supplied: e.evidence)
    }

    private func checkStopped(_ e: RequestStopped, rejecting: Bool) throws(WorkflowError) {
        let request = try request(e.request)
        let step = try currentStep(of: request, given: e.step)
        if rejecting {
            guard step.mayReject else { throw .rejectNotAllowed(request.id, step: step.id) }
            guard awaited(request, at: step).completesStep else {
                throw .notTheApprover(request.id, step: step.id, action: .rejectRequest,
                                      approver: titles(step.executors.completing))
            }
        } else {
            guard step.mayReturn else { throw .returnNotAllowed(request.id, step: step.id) }
        }
        guard !e.reason.trimmed.isEmpty else { throw .emptyReason(action: rejecting ? .rejection : .returning) }
        try requireStepActor(e.actor, step: step, request: request, at: e.at)
    }

    private func checkResubmitted(_ e: RequestResubmitted) throws(WorkflowError) {
        let request = try request(e.request)
        switch request.status {
        case .returned: break
        case .rejected(let reason): throw .rejectedFinal(request.id, reason: reason)
        case .cancelled(let reason): throw .cancelledFinal(request.id, reason: reason)
        case .inProgress, .completed: throw .notReturned(request.id, status: request.status)
        }
        let submit = sop.submitStep
        guard e.step == submit.id else {
            throw .wrongStep(request.id, current: submit.id, currentTitle: submit.title, given: e.step)
        }
        if let candidates = e.candidates { try checkCandidates(candidates, of: request.id) }
        try requireExecutor(e.actor, of: submit)
        try requireTimeOrder(request, at: e.at)
        try requireAcceptedEvidence(e.evidence)
        try requireInputs(of: submit, request: request.id, onRecord: request.evidence, decree: request.decreeNumber,
                          supplied: e.evidence)
        try requireConfirmed([], candidates: (e.candidates ?? []).map(\.person), e.confirmations, nipWarning: e.nipWarning)
    }

    private func checkCancelled(_ e: RequestCancelled) throws(WorkflowError) {
        let request = try request(e.request)
        switch request.status {
        case .inProgress, .returned: break
        case .completed: throw .alreadyCompleted(request.id)
        case .rejected(let reason): throw .rejectedFinal(request.id, reason: reason)
        case .cancelled(let reason): throw .cancelledFinal(request.id, reason: reason)
        }
        guard LoginName.same(e.actor.uid, request.filedBy) || sop.permissions.cancel.contains(where: e.actor.holds) else {
            throw .notPermitted(actor: e.actor.description,
                                action: .cancelRequest(request.id, filedBy: request.filedBy),
                                allowed: sop.permissions.cancel)
        }
        guard !e.reason.trimmed.isEmpty else { throw .emptyReason(action: .cancellation) }
        try requireTimeOrder(request, at: e.at)
    }

    private func checkDecreeIssued(_ e: DecreeIssued) throws(WorkflowError) {
        let request = try request(e.request)
        let step = try currentStep(of: request, given: e.step)
        guard step.kind == .decree else {
            throw .wrongAction(request.id, step: step.id, kind: step.kind, use: Self.hint(for: step.kind))
        }
        let action = awaited(request, at: step)
        guard action.completesStep else {
            throw .awaitingInitials(request.id, step: step.id, awaited: titles(action.roles))
        }
        try requireStepActor(e.actor, step: step, request: request, at: e.at)
        try requireInputs(of: step, request: request.id, onRecord: request.evidence, decree: request.decreeNumber,
                          supplied: [:])
        guard e.decree.requestID == request.id else {
            throw .decreeMismatch(e.decree.number, request.id,
                                  detail: .namesRequest(e.decree.requestID))
        }
        guard e.decree.grants == request.candidates.map(Grant.init(candidate:)) else {
            throw .decreeMismatch(e.decree.number, request.id,
                                  detail: .grantsDiffer)
        }
        try requireRegistrable(e.decree)
        if let sign = sop.signStep, sop.index(of: sign.id) ?? 0 > sop.index(of: step.id) ?? 0 {
            guard e.awaitsSignature == true, !e.decree.isSigned else {
                throw .signature(e.decree.number, .signerTyped(step: sign.id))
            }
        } else {
            // Events recorded before awaitsSignature existed have it nil, and always a signer.
            guard e.awaitsSignature != true, e.decree.isSigned else { throw .signature(e.decree.number, .unsigned) }
        }
    }

    /// The Kadis's signature (the sign step): the step's executor, not a candidate, with a NIP; the signer is the
    /// actor; dated on or after the list's approval and not after today; with the kept scan of the signed SK.
    private func checkDecreeSigned(_ e: DecreeSigned) throws(WorkflowError) {
        let request = try request(e.request)
        let step = try requireSigner(e.actor, request: request, step: e.step, at: e.at)
        guard request.decreeNumber == e.decree, let draft = pendingDecrees[e.decree], !draft.decree.isSigned else {
            throw .missingDecree(request.id, step: step.id, document: step.output ?? DocumentID(rawValue: e.decree.rawValue))
        }
        guard !draft.recordedBy.isSameOfficial(as: e.actor) else {
            throw .signature(e.decree, .signedByDrafter(actor: e.actor.description))
        }
        guard let nip = e.actor.nip else { throw .signature(e.decree, .signerWithoutNIP(actor: e.actor.description)) }
        guard e.signer.nip == nip, e.signer.name.displayName == (try? PersonName(e.actor.displayName))?.displayName else {  // try?: an actor name that is not a person's name never matches: the guard refuses the signature
            throw .signature(e.decree, .signerNotActor(actor: e.actor.description))
        }
        guard e.signer.acting == actingKind(of: e.actor, role: step.executor, at: e.at) else {
            throw .signature(e.decree, .signerNotActor(actor: e.actor.description))
        }
        let offset = sop.office.utcOffset
        let today = CivilDate(e.at, offset: offset)
        guard e.signedOn <= today else { throw .signature(e.decree, .afterRecording(signedOn: e.signedOn, today: today)) }
        if let approval = request.activeRecords.last(where: { record in
            record.outcome == .approved && sop.step(record.step)?.kind == .review
        }) {
            let approvedOn = CivilDate(approval.at, offset: offset)
            guard e.signedOn >= approvedOn else {
                throw .signature(e.decree, .beforeApproval(signedOn: e.signedOn, approvedOn: approvedOn))
            }
        }
        guard e.scan.sha256 != nil else { throw .signature(e.decree, .scanMissing) }
        for earlier in draft.decree.supersedes where decrees[earlier] == nil {
            throw .unknownSupersededDecree(e.decree, superseded: earlier)
        }
    }

    /// What a step of `kind` is done with, for a refusal that names the action to use instead.
    static func hint(for kind: StepKind) -> WorkflowError.Hint {
        switch kind {
        case .decree: .issueDecree
        case .sign: .signDecree
        case .handover: .recordHandover
        case .submit, .review, .provision: .approveWithoutDecree
        }
    }

    /// The current step is the sign step and `actor` may do it (its role, not a candidate, in time order).
    @discardableResult
    func requireSigner(_ actor: WorkflowActor, request: AccessRequest, step given: StepID, at: Date) throws(WorkflowError)
        -> StepDefinition
    {
        let step = try currentStep(of: request, given: given)
        guard step.kind == .sign else {
            throw .wrongAction(request.id, step: step.id, kind: step.kind, use: Self.hint(for: step.kind))
        }
        try requireStepActor(actor, step: step, request: request, at: at)
        return step
    }

    private func checkDecreeImported(_ e: DecreeImported) throws(WorkflowError) {
        guard sop.permissions.importDecree.contains(where: e.actor.holds) else {
            throw .notPermitted(actor: e.actor.description, action: .importDecree(e.decree.number),
                                allowed: sop.permissions.importDecree)
        }
        if let linked = e.decree.requestID {
            throw .decreeMismatch(e.decree.number, linked,
                                  detail: .importedWithRequest)
        }
        try requireRegistrable(e.decree)
        guard e.decree.isSigned else { throw .signature(e.decree.number, .unsigned) }
        try requireConfirmed([], candidates: e.decree.grants.map(\.person), e.confirmations, nipWarning: e.nipWarning)
    }

    /// Four eyes: a role of `permissions.confirmDecree`, not who recorded the SK, not a person it names, with the scan
    /// of the signed SK; the SKs it supersedes are still in the record.
    private func checkDecreeConfirmed(_ e: DecreeConfirmed) throws(WorkflowError) {
        guard let pending = pendingDecrees[e.decree] else {
            throw .noDecreeAwaitingConfirmation(e.decree, recorded: decrees[e.decree] != nil)
        }
        if !pending.decree.isSigned {
            // Whatever the SOP in force now: the draft's own request was filed under a version that signs.
            let request = pending.decree.requestID ?? RequestID(rawValue: "-")
            let step = sop(of: request).signStep?.id ?? StepID(rawValue: "tanda-tangan-sk")
            throw .signature(e.decree, .awaitingSignature(request: request, step: step))
        }
        guard sop.permissions.confirmDecree.contains(where: e.actor.holds) else {
            throw .notPermitted(actor: e.actor.description, action: .confirmDecree(e.decree), allowed: sop.permissions.confirmDecree)
        }
        guard !pending.recordedBy.isSameOfficial(as: e.actor) else {
            throw .confirmedByRecorder(e.decree, actor: e.actor.description)
        }
        guard !pending.decree.grants.contains(where: { $0.person.isSamePerson(as: e.actor) }) else {
            throw .confirmerNamedOnDecree(e.decree, actor: e.actor.description)
        }
        guard e.scan.sha256 != nil else { throw .confirmationScanMissing(e.decree) }
        for earlier in pending.decree.supersedes where decrees[earlier] == nil {
            throw .unknownSupersededDecree(e.decree, superseded: earlier)
        }
    }

    /// An imported SK awaiting confirmation is withdrawn by who recorded it, or refused by a confirming role, with a
    /// reason. An SK issued for a request goes with its request (cancel or return the request).
    private func checkDecreeWithdrawn(_ e: DecreeWithdrawn) throws(WorkflowError) {
        guard let pending = pendingDecrees[e.decree] else {
            throw .noDecreeAwaitingConfirmation(e.decree, recorded: decrees[e.decree] != nil)
        }
        if let request = pending.decree.requestID { throw .withdrawnWithRequest(e.decree, request: request) }
        guard pending.recordedBy.isSameOfficial(as: e.actor) || sop.permissions.confirmDecree.contains(where: e.actor.holds) else {
            throw .notPermitted(actor: e.actor.description, action: .withdrawDecree(e.decree),
                                allowed: sop.permissions.confirmDecree)
        }
        guard !e.reason.trimmed.isEmpty else { throw .emptyReason(action: .withdrawal) }
    }

    private func checkRevoked(_ e: AccessRevoked) throws(WorkflowError) {
        guard sop.permissions.revoke.contains(where: e.actor.holds) else {
            throw .notPermitted(actor: e.actor.description, action: .revokeAccess(e.person),
                                allowed: sop.permissions.revoke)
        }
        guard !e.text.trimmed.isEmpty else { throw .emptyReason(action: .revocation) }
    }
}
