/// The roster of one office day and why everyone else the workflow ever named is off it: what a reconciliation
/// compares the directory with. Computed from a verified ``WorkflowState``; an office server keeps it, authenticated,
/// beside its checkpoint (see the store's day rosters), so that a one-shot reconciliation on the same day need not
/// rebuild the state and the roster.
public struct DayRoster: Sendable, Hashable {
    public let roster: Roster
    public let departures: Departures

    /// The roster of `state`'s office on `date`, and its departures.
    public init(state: WorkflowState, on date: CivilDate) {
        let roster = Roster(state: state, on: date)
        self.init(roster: roster, departures: Departures(state: state, roster: roster))
    }

    init(roster: Roster, departures: Departures) {
        self.roster = roster
        self.departures = departures
    }

    /// The office day it is the roster of.
    public var date: CivilDate { roster.date }
}
