import Foundation

extension SyncIntent {
    /// The directory synchronisations that newly decided `events` call for, given `state` after applying them.
    ///
    /// - An SK issued or imported (or, if it awaited confirmation or the Kadis's signature, confirmed or signed): each grant's person at the start of `effectiveFrom` (office time), and again at
    ///   the start of the day after `effectiveUntil` if the SK ends; the people of every SK it supersedes at the start
    ///   of its `effectiveFrom`.
    /// - A completed `provision` step in an office whose roster comes from requests: the request's candidates now.
    /// - A revocation: the person now.
    /// - A request cancelled, rejected or returned after its provision step was done: its candidates now.
    ///
    /// The result is sorted by instant, then person, with one intent per person and instant (the first reason wins).
    public static func derive(from events: [WorkflowEvent], after state: WorkflowState) -> [SyncIntent] {
        var intents: [SyncIntent] = []
        for event in events { intents += derive(from: event, after: state) }
        return deduplicated(intents)
    }

    private static func derive(from event: WorkflowEvent, after state: WorkflowState) -> [SyncIntent] {
        switch event {
        case .decreeIssued(let e):
            return e.awaitsConfirmation == true || e.awaitsSignature == true ? [] : decreeIntents(e.decree, state: state)
        case .decreeSigned(let e):
            guard let record = state.decrees[e.decree] else { return [] }
            return decreeIntents(record.decree, state: state)
        case .decreeImported(let e): return e.awaitsConfirmation == true ? [] : decreeIntents(e.decree, state: state)
        case .decreeConfirmed(let e):
            guard let record = state.decrees[e.decree] else { return [] }
            return decreeIntents(record.decree, state: state)
        case .accessRevoked(let e):
            return [SyncIntent(person: e.person, notBefore: e.at, reason: "access revoked (\(e.reason.rawValue))")]
        case .stepApproved(let e):
            guard state.sop.rosterSource == .requests, state.sop(of: e.request).step(e.step)?.kind == .provision else { return [] }
            return candidateIntents(e.request, at: e.at, reason: "request \(e.request) provisioned", state: state)
        case .requestCancelled(let e):
            return stoppedIntents(e.request, at: e.at, action: "cancelled", state: state)
        case .requestRejected(let e):
            return stoppedIntents(e.request, at: e.at, action: "rejected", state: state)
        case .requestReturned(let e):
            return stoppedIntents(e.request, at: e.at, action: "returned", state: state)
        case .reviewSigned(let e):
            // The review's revocations: the removed now, the unconfirmed after the grace period.
            guard let review = state.reviews[e.review] else { return [] }
            let until = state.unconfirmedUntil(e.at, graceDays: e.graceDays)
            return review.removed.map { SyncIntent(person: $0.person.key, notBefore: e.at, reason: "removed in access review \(e.review)") }
                + review.undecided.map { SyncIntent(person: $0.person.key, notBefore: until, reason: "not confirmed in access review \(e.review)") }
        case .requestFiled, .requestResubmitted, .handoverRecorded, .stepInitialled, .decreeWithdrawn, .sopAdopted,
             .reviewStarted, .reviewDecided, .actingAssigned:
            return []
        }
    }

    private static func decreeIntents(_ decree: Decree, state: WorkflowState) -> [SyncIntent] {
        let offset = state.sop.office.utcOffset
        let start = decree.effectiveFrom.start(offset: offset)
        var intents = decree.grants.map {
            SyncIntent(person: $0.person.key, notBefore: start, reason: "SK \(decree.number) takes effect")
        }
        if let until = decree.effectiveUntil {
            let end = until.adding(days: 1).start(offset: offset)
            intents += decree.grants.map {
                SyncIntent(person: $0.person.key, notBefore: end, reason: "SK \(decree.number) ends")
            }
        }
        for number in decree.supersedes {
            guard let earlier = state.decrees[number]?.decree else { continue }
            intents += earlier.grants.map {
                SyncIntent(person: $0.person.key, notBefore: start,
                           reason: "SK \(number) is superseded by SK \(decree.number)")
            }
        }
        return intents
    }

    private static func candidateIntents(_ id: RequestID, at: Date, reason: String, state: WorkflowState)
        -> [SyncIntent]
    {
        guard let request = state.requests[id] else { return [] }
        return request.candidates.map { SyncIntent(person: $0.key, notBefore: at, reason: reason) }
    }

    /// Candidates of a request stopped after its provision step was done (in any round, voided or not).
    private static func stoppedIntents(_ id: RequestID, at: Date, action: String, state: WorkflowState)
        -> [SyncIntent]
    {
        guard let provision = state.sop(of: id).firstStep(ofKind: .provision), let request = state.requests[id],
              request.records.contains(where: { $0.step == provision.id && $0.outcome.completesStep })
        else { return [] }
        return candidateIntents(id, at: at, reason: "provisioned request \(id) \(action)", state: state)
    }

    private static func deduplicated(_ intents: [SyncIntent]) -> [SyncIntent] {
        var seen: Set<PersonInstant> = []
        let unique = intents.filter { seen.insert(PersonInstant(person: $0.person, notBefore: $0.notBefore)).inserted }
        return unique.sorted { ($0.notBefore, $0.person) < ($1.notBefore, $1.person) }
    }

    private struct PersonInstant: Hashable {
        let person: PersonKey
        let notBefore: Date
    }
}
