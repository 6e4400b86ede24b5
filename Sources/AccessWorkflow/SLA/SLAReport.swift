public import Foundation

/// How long one step of one request took in office time, against its time standard.
public struct SLARow: Sendable, Hashable {
    /// The request.
    public let request: RequestID
    /// 1 for the first filing, 2 after the first resubmission, and so on.
    public let round: Int
    /// The step.
    public let step: StepID
    /// The role that executes the step.
    public let executor: WorkflowRole
    /// Who acted, or nil while the step is pending.
    public let actorUID: String?
    /// When the step became due: the previous action (or the filing).
    public let started: Date
    /// When it was done, or nil while pending.
    public let completed: Date?
    /// What the action was, or nil while pending.
    public let outcome: StepRecord.Outcome?
    /// Office time from start to completion (or to `now` while pending), in seconds.
    public let elapsed: TimeInterval
    /// The SOP's time standard.
    public let standard: TimeStandard
    /// The standard in seconds of office time.
    public let standardSeconds: Int

    /// True if more office time passed than the standard allows.
    public var breached: Bool { elapsed > Double(standardSeconds) }
    /// True if the step is still pending.
    public var isPending: Bool { completed == nil }
}

/// Time-standard compliance of every step of every request ("Peringatan": a deviation from the standard in time is
/// a failure the executor answers for).
///
/// The submit step is not measured: the system only learns of a request when it is filed.
public struct SLAReport: Sendable, Hashable {
    /// The instant the report was made for.
    public let now: Date
    /// One row per action on a measured step, plus one per pending step; by request id, then in order.
    public let rows: [SLARow]
    /// Breaches per step, including pending steps already over their standard.
    public let breachesByStep: [StepID: Int]
    /// Breaches per actor uid (completed steps only: a pending step has no actor yet).
    public let breachesByExecutor: [String: Int]
    /// Pending steps already over their standard.
    public let runningBreaches: Int

    /// Measures every request of `state` at `now`.
    public init(state: WorkflowState, now: Date) {
        self.now = now
        var rows: [SLARow] = []
        for request in state.requests.values.sorted(by: { $0.id < $1.id }) {
            rows += SLAReport.rows(for: request, sop: state.sop, now: now)
        }
        self.rows = rows
        var byStep: [StepID: Int] = [:]
        var byExecutor: [String: Int] = [:]
        for row in rows where row.breached {
            byStep[row.step, default: 0] += 1
            if let uid = row.actorUID { byExecutor[uid, default: 0] += 1 }
        }
        breachesByStep = byStep
        breachesByExecutor = byExecutor
        runningBreaches = rows.filter { $0.breached && $0.isPending }.count
    }

    private static func rows(for request: AccessRequest, sop: SOPDefinition, now: Date) -> [SLARow] {
        var rows: [SLARow] = []
        var round = 0
        var previous = request.filedAt
        for record in request.records {
            if record.outcome == .filed || record.outcome == .resubmitted {
                round += 1
                previous = record.at
                continue
            }
            if let step = sop.step(record.step) {
                rows.append(row(request.id, round, step, sop, record.actor.uid, previous, record.at, record.outcome))
            }
            previous = record.at
        }
        if case .inProgress(let current) = request.status, let step = sop.step(current) {
            rows.append(row(request.id, round, step, sop, nil, previous, nil, nil, now: now))
        }
        return rows
    }

    private static func row(
        _ id: RequestID, _ round: Int, _ step: StepDefinition, _ sop: SOPDefinition, _ uid: String?, _ started: Date,
        _ completed: Date?, _ outcome: StepRecord.Outcome?, now: Date? = nil
    ) -> SLARow {
        let end = completed ?? now ?? started
        return SLARow(
            request: id, round: round, step: step.id, executor: step.executor, actorUID: uid, started: started,
            completed: completed, outcome: outcome, elapsed: sop.calendar.officeTime(from: started, to: end),
            standard: step.time, standardSeconds: step.time.seconds(dayLength: sop.calendar.dayLength))
    }
}
