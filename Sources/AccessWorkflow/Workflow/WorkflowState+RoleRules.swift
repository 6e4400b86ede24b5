import Foundation

extension WorkflowState {
    /// The rules on the SIAK roles a command grants: the roles the SOP covers (``SOPDefinition/siakRoles``), the
    /// role pairs one person may not hold (``RoleCatalogue/conflicts``, Permendagri 95/2019 pasal 46–47), and SKs only
    /// where the roster is made of SKs. Checked when a command is decided, not when a stored record is replayed:
    /// records decided before these rules existed replay as they were decided.
    func checkRoleRules(_ event: WorkflowEvent) throws(WorkflowError) {
        switch event {
        case .requestFiled(let e):
            try checkProposed(e.candidates, at: e.at)
        case .requestResubmitted(let e):
            if let candidates = e.candidates { try checkProposed(candidates, at: e.at) }
        case .decreeIssued(let e):
            try checkGranted(e.decree.grants, superseding: e.decree.supersedes, at: e.at)
        case .decreeSigned(let e):
            // Checked again when it takes effect: another SK may have granted a conflicting role meanwhile.
            guard let draft = pendingDecrees[e.decree]?.decree else { return }
            try checkGranted(draft.grants, superseding: draft.supersedes, at: e.at)
        case .decreeImported(let e):
            guard sop.rosterSource == .decrees else { throw .decreesNotUsed(e.decree.number) }
            try checkGranted(e.decree.grants, superseding: e.decree.supersedes, at: e.at)
        case .stepApproved(let e):
            // Creating access where requests make the roster: checked again against who holds what by then.
            guard sop.rosterSource == .requests, sop.step(e.step)?.kind == .provision, let request = requests[e.request] else { return }
            try checkHeld(request.candidates.map { ($0.person, [$0.role]) }, superseding: [], at: e.at)
        default:
            return
        }
    }

    /// A request's candidates: roles the SOP covers, no person proposed twice for conflicting roles, and (where
    /// requests make the roster) none proposed for a role conflicting with one they hold.
    private func checkProposed(_ candidates: [Candidate], at now: Date) throws(WorkflowError) {
        let proposed = candidates.map { ($0.person, [$0.role]) }
        try checkCovered(proposed)
        try checkTogether(proposed)
        if sop.rosterSource == .requests { try checkHeld(proposed, superseding: [], at: now) }
    }

    /// An SK's grants: roles the SOP covers, no conflicting roles for one person in it, nor with what they hold
    /// through SKs it does not supersede.
    private func checkGranted(_ grants: [Grant], superseding: [DecreeNumber], at now: Date) throws(WorkflowError) {
        let granted = grants.map { ($0.person, $0.roles) }
        try checkCovered(granted)
        try checkTogether(granted)
        try checkHeld(granted, superseding: superseding, at: now)
    }

    private func checkCovered(_ people: [(Person, [SIAKRoleID])]) throws(WorkflowError) {
        guard let covered = sop.siakRoles else { return }
        for (person, roles) in people {
            for role in roles where !covered.contains(role) {
                throw .roleNotCovered(role, person: person.name.displayName, covered: covered)
            }
        }
    }

    /// No person named with conflicting roles, in one row or in rows naming the same NIP or NIK (an SK may name
    /// tens of thousands: looked up by NIP and NIK, not row against row).
    private func checkTogether(_ people: [(Person, [SIAKRoleID])]) throws(WorkflowError) {
        guard !catalogue.conflicts.isEmpty else { return }
        var byNIP: [NIP: Set<SIAKRoleID>] = [:], byNIK: [NIK: Set<SIAKRoleID>] = [:]
        for (person, roles) in people {
            var together = Set(roles)
            if let nip = person.nip { together.formUnion(byNIP[nip] ?? []) }
            if let nik = person.nik { together.formUnion(byNIK[nik] ?? []) }
            if let conflict = catalogue.conflict(among: together) {
                throw .conflictingRoles(person: person.name.displayName, roles: conflict.roles, held: nil, reason: conflict.reason)
            }
            if let nip = person.nip { byNIP[nip] = together }
            if let nik = person.nik { byNIK[nik] = together }
        }
    }

    /// No person given a role that conflicts with one they hold today (on the roster, not through an SK being
    /// superseded).
    private func checkHeld(_ people: [(Person, [SIAKRoleID])], superseding: [DecreeNumber], at now: Date) throws(WorkflowError) {
        guard !catalogue.conflicts.isEmpty else { return }
        let today = CivilDate(now, offset: sop.office.utcOffset)
        let roster = Roster(state: self, on: today)
        var byNIP: [NIP: [RosterGrant]] = [:], byNIK: [NIK: [RosterGrant]] = [:]
        for grant in sop.rosterSource == .decrees ? RosterGrant.fromDecrees(self, on: today) : RosterGrant.fromRequests(self, on: today) {
            if case .decree(let number) = grant.basis, superseding.contains(number) { continue }
            guard roster.contains(grant.person.key) else { continue }  // revoked, or left off for contradicting data
            if let nip = grant.person.nip { byNIP[nip, default: []].append(grant) }
            if let nik = grant.person.nik { byNIK[nik, default: []].append(grant) }
        }
        guard !byNIP.isEmpty || !byNIK.isEmpty else { return }
        for (person, roles) in people {
            let held = (person.nip.flatMap { byNIP[$0] } ?? []) + (person.nik.flatMap { byNIK[$0] } ?? [])
            for grant in held {
                for other in grant.roles {
                    for role in roles {
                        if let conflict = catalogue.conflict(other, role) {
                            throw .conflictingRoles(person: person.name.displayName, roles: [other, role], held: grant.basis,
                                                    reason: conflict.reason)
                        }
                    }
                }
            }
        }
    }
}
