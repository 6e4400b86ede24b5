public import Foundation

extension WorkflowState {
    /// The roles `actor` holds as Plt./Plh. on the office day of `now`.
    public func actingRoles(of actor: WorkflowActor, at now: Date) -> Set<WorkflowRole> {
        let day = CivilDate(now, offset: sop.office.utcOffset)
        return Set(actingAssignments.filter { $0.covers(actor, on: day) }.map(\.role))
    }

    /// "Plh. Kepala Dinas" for an actor acting on the day of `at`, naming the first acting role; nil otherwise.
    public func actingTitle(of actor: WorkflowActor, at: Date) -> String? {
        let day = CivilDate(at, offset: sop.office.utcOffset)
        guard let role = actor.acting.sorted().first,
              let assignment = actingAssignments.last(where: { $0.role == role && $0.covers(actor, on: day) })
        else { return nil }
        return "\(assignment.kind.prefix) \(sop.role(role)?.title ?? role.rawValue)"
    }

    /// The kind of acting by which `actor` holds `role` on the day of `at`, if they hold it only so.
    public func actingKind(of actor: WorkflowActor, role: WorkflowRole, at: Date) -> ActingKind? {
        guard actor.acting.contains(role) else { return nil }
        let day = CivilDate(at, offset: sop.office.utcOffset)
        return actingAssignments.last { $0.role == role && $0.covers(actor, on: day) }?.kind
    }

    /// An acting assignment is recorded by the Kadis, or by the Sekretaris (in the Kadis's absence), always with the
    /// letter that appoints; for a role of the SOP, a day range, never for oneself.
    func checkActingAssigned(_ e: ActingAssigned) throws(WorkflowError) {
        let allowed: [WorkflowRole] = ["kadis", "sekretaris"]
        // By a role of their own: an acting official never appoints by the role they act in.
        let own = e.actor.roles.subtracting(e.actor.acting)
        guard allowed.contains(where: own.contains) else {
            throw .acting(.notPermitted(actor: e.actor.description))
        }
        guard sop.role(e.role) != nil else { throw .acting(.unknownRole(e.role, known: sop.roles.map(\.id))) }
        guard e.from <= e.until else { throw .acting(.endsBeforeStart(from: e.from, until: e.until)) }
        guard e.until < e.from.adding(months: 12) else { throw .acting(.tooLong(from: e.from, until: e.until)) }
        guard !e.letter.trimmingCharacters(in: .whitespaces).isEmpty else { throw .acting(.letterMissing) }
        guard !LoginName.same(e.uid, e.actor.uid) else { throw .acting(.forOneself(actor: e.actor.description)) }
    }

    /// An actor's acting roles stand only with an assignment covering the day of the event: a record claiming one
    /// without is refused on replay.
    func checkActingClaim(_ event: WorkflowEvent) throws(WorkflowError) {
        let actor = event.actor
        guard !actor.acting.isEmpty else { return }
        let held = actingRoles(of: actor, at: event.at)
        for role in actor.acting.sorted() where !held.contains(role) {
            throw .acting(.notAssigned(actor: actor.description, role: role))
        }
    }
}
