/// What a request waits for: a step and, in a paraf chain, the link whose turn it is.
public struct AwaitedAction: Sendable, Hashable {
    /// The current step.
    public let step: StepDefinition
    /// The position of the awaited link in the step's chain, from 0 (always 0 for a one-link step).
    public let link: Int
    /// The roles that may do the awaited link (alternatives).
    public let roles: [WorkflowRole]
    /// The paraf already given at this step in the current round, in order.
    public let initials: [StepRecord]

    /// True if the awaited action completes the step (the last link); otherwise it initials the step.
    public var completesStep: Bool { link == step.executors.links.count - 1 }
}

extension WorkflowState {
    /// What the request waits for, if it is in progress: its step and the link of the step's chain whose turn it
    /// is. Shells use this for inboxes ("who must act now") instead of the step's completing role.
    public func awaited(_ id: RequestID) -> AwaitedAction? {
        guard let request = requests[id], case .inProgress(let current) = request.status, let step = sop(of: id).step(current)
        else { return nil }
        return awaited(request, at: step)
    }

    /// The awaited link of `step` for a request at that step.
    func awaited(_ request: AccessRequest, at step: StepDefinition) -> AwaitedAction {
        let initials = request.initials(of: step.id)
        let link = min(initials.count, step.executors.links.count - 1)
        return AwaitedAction(step: step, link: link, roles: step.executors.links[link], initials: initials)
    }

    /// True if `actor` may do what request `id` waits for now: the inbox test. For a request in progress: a role of
    /// the awaited link, not the applicant or a candidate (except at the submit step, which is the applicant's), not
    /// initialled already. For a request returned for revision: a role of the submit step, who resubmits it.
    public func isAwaiting(_ id: RequestID, by actor: WorkflowActor) -> Bool {
        guard let request = requests[id] else { return false }
        if case .returned = request.status {
            let roles = sop(of: id).submitStep.executors.links[0]
            return roles == [.pemohon] || roles.contains(where: actor.holds)
        }
        guard let action = awaited(id) else { return false }
        let holds = action.roles == [.pemohon] || action.roles.contains(where: actor.holds)
        let involved = action.step.kind != .submit && request.involves(actor)
        return holds && !involved && !action.initials.contains { $0.actor.isSameOfficial(as: actor) }
    }

    /// "Kabid … (kabid)" or "Kasi SIAK (kasi) or Administrator Database (adb)": roles for messages.
    func titles(_ roles: [WorkflowRole]) -> String {
        roles.map(sop.roleTitle).joined(separator: " or ")
    }
}
