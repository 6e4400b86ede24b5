public import AccessStore
public import AccessWorkflow
public import Foundation

/// What a reconciliation needs to leave alone the locks that lost records made (``Difference/lockedByLostRecord(_:_:)``):
/// the times whose records the log does not hold (``LostPeriod``: from the end of a restored log to the record of its
/// loss, and from the end of the log on), and when each roster entry's newest basis was recorded — an SK recorded
/// or confirmed, a request's last step — since a lock older than that was overtaken by a new decision.
public struct LostLocks {
    public let periods: [LostPeriod]
    public let renewedAt: (RosterEntry) throws -> Date?

    public init(periods: [LostPeriod], renewedAt: @escaping (RosterEntry) throws -> Date?) {
        self.periods = periods
        self.renewedAt = renewedAt
    }

    /// The newest recording of `entry`'s bases in `state`.
    public static func newestBasis(_ entry: RosterEntry, in state: WorkflowState) -> Date? {
        entry.basis.compactMap { basis -> Date? in
            switch basis {
            case .decree(let number):
                guard let record = state.decreeRecord(number) else { return nil }
                return max(record.recordedAt, record.confirmation?.at ?? record.recordedAt)
            case .request(let id):
                return state.requests[id]?.records.map(\.at).max()
            }
        }.max()
    }
}

extension Bridge {
    /// The lost times of this bridge's log, and the newest basis of a roster entry read from the workflow state
    /// (replayed only when a locked entry within a lost time asks for it).
    func lostLocks() throws(BridgeError) -> LostLocks {
        let log = self.store, sop = self.sop, catalogue = self.catalogue
        let periods = try storeCall { try log.lostPeriods() }
        final class Replayed { var state: WorkflowState? }
        let replayed = Replayed()
        return LostLocks(periods: periods) { entry in
            if replayed.state == nil { replayed.state = try log.state(sop: sop, catalogue: catalogue) }
            return replayed.state.flatMap { LostLocks.newestBasis(entry, in: $0) }
        }
    }
}
