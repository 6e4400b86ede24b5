public import Foundation

extension WorkflowState {
    /// How many people would lose access, or one of their SIAK roles, if `decree` took effect as written: the roster
    /// with it against the roster without it, on its first day and on the day after its last (an SK that supersedes
    /// another and ends soon takes everyone's access with it). What four eyes weighs: an SK that revokes more than
    /// the office lets a reconciliation change unconfirmed must be confirmed by a second official.
    public func loss(ifInForce decree: Decree, recordedBy actor: WorkflowActor, at instant: Date) -> Int {
        var with = self
        with.pendingDecrees[decree.number] = nil
        with.register(DecreeRecord(decree: decree, source: .imported(note: ""), recordedBy: actor, recordedAt: instant))
        var days = [decree.effectiveFrom]
        if let until = decree.effectiveUntil { days.append(until.adding(days: 1)) }
        var lost: Set<PersonKey> = []
        for day in days {
            let after = Roster(state: with, on: day)
            for entry in Roster(state: self, on: day).entries {
                guard let kept = after.entry(for: entry.key), entry.roles.isSubset(of: kept.roles) else {
                    lost.insert(entry.key)
                    continue
                }
            }
        }
        return lost.count
    }
}
