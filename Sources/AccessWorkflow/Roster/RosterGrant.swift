import Foundation

/// One person's access from one basis, before merging and conflict checks.
struct RosterGrant {
    let person: Person
    let roles: [SIAKRoleID]
    let workUnit: String
    let basis: RosterBasis
    /// For SKs: the signing date; a revocation is overridden only by an SK signed after the day it was decided.
    let signedOn: CivilDate?
    /// For requests: when the provision step was done; overrides a revocation only if later than it.
    let provisionedAt: Date?
    let endDate: CivilDate?

    /// True if this grant was made after the revocation was decided, so the revocation does not remove it.
    func isNewer(than revocation: Revocation, offset: UTCOffset) -> Bool {
        if let signedOn { return signedOn > CivilDate(revocation.decided, offset: offset) }
        if let provisionedAt { return provisionedAt > revocation.decided }
        return false
    }

    /// Seconds since 1970 of the grant, for choosing the most recent personal data.
    var recency: Double {
        if let signedOn { return Double(signedOn.daysSinceEpoch) * 86_400 }
        return provisionedAt?.timeIntervalSince1970 ?? 0
    }

    /// Grants of SKs in force on `date` and not superseded by an SK in force by then.
    static func fromDecrees(_ state: WorkflowState, on date: CivilDate) -> [RosterGrant] {
        let all = state.decrees.values.map(\.decree)
        return all.filter { decree in
            decree.isInForce(on: date)
                && !all.contains { later in later.supersedes.contains(decree.number) && later.effectiveFrom <= date }
        }
        .sorted { $0.number < $1.number }
        .flatMap { decree in
            decree.grants.map { grant in
                RosterGrant(person: grant.person, roles: grant.roles, workUnit: grant.workUnit,
                            basis: .decree(decree.number), signedOn: decree.signedOn, provisionedAt: nil,
                            endDate: decree.effectiveUntil)
            }
        }
    }

    /// Candidates of requests whose provision step was done on or before `date` and that are still standing.
    static func fromRequests(_ state: WorkflowState, on date: CivilDate) -> [RosterGrant] {
        let offset = state.sop.calendar.utcOffset
        return state.requests.values.sorted { $0.id < $1.id }.flatMap { request -> [RosterGrant] in
            switch request.status {
            case .inProgress, .completed: break
            case .returned, .rejected, .cancelled: return []
            }
            // The provision step of the SOP version the request was filed under.
            guard let provision = state.sop(of: request.id).firstStep(ofKind: .provision), let done = request.completion(of: provision.id), CivilDate(done.at, offset: offset) <= date else {
                return []
            }
            return request.candidates.map { candidate in
                RosterGrant(person: candidate.person, roles: [candidate.role], workUnit: candidate.workUnit,
                            basis: .request(request.id), signedOn: nil, provisionedAt: done.at, endDate: nil)
            }
        }
    }
}
