public import Foundation

/// Time-standard compliance of every step of every request ("Peringatan": a deviation from the standard in time is
/// a failure the executor answers for).
///
/// The submit step is measured whenever its start is known: from the filing of a draft to its submission, from the
/// letter's registration in the office's agenda to the filing, and from a return for revision to the resubmission.
/// An ordinary filing without a registration gives no row for it: the system learns of the request only when it is
/// filed. Deviations in equipment or output recorded with a step count as failures like a breach of time.
/// A step done by a paraf chain is one row, measured from the step's start to its completion, with each official's
/// share; a breach is counted for the official who held the step longest. A standard per person is multiplied by
/// the number of candidates the request named when the step was done.
public struct SLAReport: Sendable, Hashable {
    /// The instant the report was made for.
    public let now: Date
    /// One row per completed or stopped measured step, plus one per pending step; by request id, then in order.
    public let rows: [SLARow]
    /// Breaches per step, including pending steps already over their standard.
    public let breachesByStep: [StepID: Int]
    /// Breaches per actor uid (completed steps only: a pending step has no actor yet).
    public let breachesByExecutor: [String: Int]
    /// Pending steps already over their standard.
    public let runningBreaches: Int
    /// Steps with a deviation in equipment or output recorded, per uid of who recorded it.
    public let deviationsByExecutor: [String: Int]

    /// Measures every request of `state` at `now`.
    public init(state: WorkflowState, now: Date) {
        self.now = now
        var rows: [SLARow] = []
        for request in state.requests.values.sorted(by: { $0.id < $1.id }) {
            var measure = SLAMeasure(request: request, sop: state.sop(of: request.id))
            rows += measure.rows(now: now)
        }
        self.rows = rows
        var byStep: [StepID: Int] = [:]
        var byExecutor: [String: Int] = [:]
        for row in rows where row.breached {
            byStep[row.step, default: 0] += 1
            if !row.isPending, let uid = row.longestHolder { byExecutor[uid, default: 0] += 1 }
        }
        breachesByStep = byStep
        breachesByExecutor = byExecutor
        runningBreaches = rows.filter { $0.breached && $0.isPending }.count
        var deviations: [String: Int] = [:]
        for request in state.requests.values {
            for record in request.records where !record.deviations.isEmpty { deviations[record.actor.uid, default: 0] += 1 }
        }
        deviationsByExecutor = deviations
    }
}
