import Foundation

extension WorkflowState {
    /// Folds an already checked event into the state.
    mutating func fold(_ event: WorkflowEvent) {
        switch event {
        case .requestFiled(let e):
            var request = AccessRequest(
                id: e.request, kind: e.kind, applicant: e.applicant, candidates: e.candidates, filedBy: e.actor.uid,
                filedAt: e.at, letterDate: e.letterDate, registration: e.registration, status: .completed)
            request.records.append(StepRecord(
                step: e.step, actor: e.actor, at: e.at, outcome: e.isDraft ? .drafted : .filed, note: e.note,
                evidence: e.evidence, candidateCount: e.candidates.count, confirmations: e.confirmations ?? [:]))
            request.evidence.merge(e.evidence) { _, new in new }
            request.status = e.isDraft ? .inProgress(step: e.step) : status(after: e.step)
            request.sopVersion = sopVersions.count - 1
            requests[e.request] = request
        case .stepApproved(let e):
            update(e.request) { request in
                WorkflowState.strike(e.struckCandidates, from: &request, step: e.step, actor: e.actor, at: e.at)
            }
            complete(e.request, step: e.step, actor: e.actor, at: e.at, outcome: .approved, note: e.note,
                     evidence: e.evidence, struck: e.struckCandidates, deviations: e.deviations ?? [])
        case .stepInitialled(let e):
            update(e.request) { request in
                request.records.append(StepRecord(
                    step: e.step, actor: e.actor, at: e.at, outcome: .initialled, note: e.note, evidence: e.evidence,
                    candidateCount: request.candidates.count, deviations: e.deviations ?? []))
                request.evidence.merge(e.evidence) { _, new in new }
            }
        case .handoverRecorded(let e):
            complete(e.request, step: e.step, actor: e.actor, at: e.at, outcome: .handedOver, note: e.note,
                     evidence: e.evidence, deviations: e.deviations ?? [])
        case .requestRejected(let e):
            update(e.request) { request in
                request.records.append(StepRecord(step: e.step, actor: e.actor, at: e.at, outcome: .rejected,
                                                  note: e.reason, evidence: [:], candidateCount: request.candidates.count))
                request.status = .rejected(reason: e.reason)
            }
            dropPendingDecree(of: e.request)
        case .requestReturned(let e):
            update(e.request) { request in
                request.records.append(StepRecord(step: e.step, actor: e.actor, at: e.at, outcome: .returned,
                                                  note: e.reason, evidence: [:], candidateCount: request.candidates.count))
                for index in request.records.indices { request.records[index].voided = true }
                request.status = .returned(reason: e.reason)
            }
            dropPendingDecree(of: e.request)
        case .requestResubmitted(let e):
            update(e.request) { request in
                if let candidates = e.candidates { request.candidates = candidates }
                request.evidence.merge(e.evidence) { _, new in new }
                request.records.append(StepRecord(
                    step: e.step, actor: e.actor, at: e.at, outcome: .resubmitted, note: e.note, evidence: e.evidence,
                    candidateCount: request.candidates.count, confirmations: e.confirmations ?? [:]))
            }
            let next = status(after: e.step)
            update(e.request) { $0.status = next }
        case .requestCancelled(let e):
            update(e.request) { $0.status = .cancelled(reason: e.reason) }
            dropPendingDecree(of: e.request)
        case .decreeIssued(let e):
            record(e.decree, source: .issued(request: e.request), by: e.actor, at: e.at,
                   pending: e.awaitsConfirmation == true || e.awaitsSignature == true)
            update(e.request) { $0.decreeNumber = e.decree.number }
            complete(e.request, step: e.step, actor: e.actor, at: e.at, outcome: .decreeIssued, note: e.note,
                     evidence: [:], deviations: e.deviations ?? [])
        case .decreeSigned(let e):
            if var signed = pendingDecrees.removeValue(forKey: e.decree) {
                signed.decree = signed.decree.signed(by: e.signer, on: e.signedOn)
                register(signed)
            }
            complete(e.request, step: e.step, actor: e.actor, at: e.at, outcome: .signed, note: e.note,
                     evidence: [Decree.signedScanDocument: e.scan], deviations: e.deviations ?? [])
        case .decreeImported(let e):
            record(e.decree, source: .imported(note: e.note), by: e.actor, at: e.at, pending: e.awaitsConfirmation == true)
        case .decreeConfirmed(let e):
            guard var confirmed = pendingDecrees.removeValue(forKey: e.decree) else { break }
            confirmed.confirmation = DecreeConfirmation(actor: e.actor, at: e.at, scan: e.scan, note: e.note)
            register(confirmed)
        case .decreeWithdrawn(let e):
            pendingDecrees[e.decree] = nil
        case .accessRevoked(let e):
            revocations.append(Revocation(person: e.person, reason: e.reason, text: e.text, actor: e.actor, at: e.at))
        case .sopAdopted:
            // Folded by ``apply(_:)``, which parses the text once.
            break
        case .reviewStarted, .reviewDecided, .reviewSigned:
            foldReview(event)
        case .actingAssigned(let e):
            actingAssignments.append(ActingAssignment(
                uid: e.uid, role: e.role, kind: e.kind, from: e.from, until: e.until, letter: e.letter, recordedBy: e.actor, at: e.at))
        }
    }

    /// A request stopped (cancelled, rejected, returned) takes its SK still awaiting confirmation with it: never to be
    /// confirmed.
    private mutating func dropPendingDecree(of id: RequestID) {
        for (number, record) in pendingDecrees where record.decree.requestID == id { pendingDecrees[number] = nil }
    }

    /// Records an SK: awaiting confirmation, or in the record (``register(_:)``).
    private mutating func record(_ decree: Decree, source: DecreeSource, by actor: WorkflowActor, at: Date, pending: Bool) {
        let record = DecreeRecord(decree: decree, source: source, recordedBy: actor, recordedAt: at)
        if pending { pendingDecrees[decree.number] = record } else { register(record) }
    }

    /// Puts an SK in the record and notes it on every SK it supersedes.
    mutating func register(_ record: DecreeRecord) {
        let decree = record.decree
        decrees[decree.number] = record
        let successor = DecreeSuccessor(number: decree.number, effectiveFrom: decree.effectiveFrom)
        for earlier in decree.supersedes { decrees[earlier]?.supersededBy.append(successor) }
    }

    private mutating func complete(
        _ id: RequestID, step: StepID, actor: WorkflowActor, at: Date, outcome: StepRecord.Outcome, note: String,
        evidence: [DocumentID: Evidence], struck: [StruckCandidate] = [], deviations: [Deviation] = []
    ) {
        let next = status(after: step)
        update(id) { request in
            request.records.append(StepRecord(step: step, actor: actor, at: at, outcome: outcome, note: note,
                                              evidence: evidence, candidateCount: request.candidates.count,
                                              struck: struck, deviations: deviations))
            request.evidence.merge(evidence) { _, new in new }
            request.status = next
        }
    }

    private mutating func update(_ id: RequestID, _ change: (inout AccessRequest) -> Void) {
        guard var request = requests[id] else { return }
        change(&request)
        requests[id] = request
    }

    /// In progress at the step after `step`, or completed after the last step.
    private func status(after step: StepID) -> RequestStatus {
        guard let next = sop.step(after: step) else { return .completed }
        return .inProgress(step: next.id)
    }
}
