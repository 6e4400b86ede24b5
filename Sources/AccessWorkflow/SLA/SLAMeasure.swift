import Foundation

/// Walks one request's history and turns it into SLA rows (see ``SLAReport`` for what is measured).
struct SLAMeasure {
    let request: AccessRequest
    let sop: SOPDefinition
    private var rows: [SLARow] = []
    private var round = 0
    /// When the step now due became due.
    private var stepStart: Date
    /// The latest action on the step now due (its start until someone initials it).
    private var lastAction: Date
    /// Shares of the officials who initialled the step now due.
    private var shares: [SLARow.Share] = []
    /// Deviations recorded by those who initialled the step now due.
    private var deviations: [Deviation] = []

    init(request: AccessRequest, sop: SOPDefinition) {
        self.request = request
        self.sop = sop
        stepStart = request.filedAt
        lastAction = request.filedAt
    }

    mutating func rows(now: Date) -> [SLARow] {
        // The submit step is timed from the letter's registration in the office's agenda, charged to the official who
        // filed it (the office held the letter from then on); a letter's date alone times nothing (issue 20: from
        // midnight of that date, the time was charged to someone who did not yet hold the letter).
        let registered = request.registration?.at
        for record in request.records {
            switch record.outcome {
            case .filed:
                round += 1
                if let registered, let step = sop.step(record.step) {
                    add(step, from: registered, record, shares: [share(record, since: registered)])
                }
                restart(at: record.at)
            case .drafted:
                round += 1
                restart(at: min(registered ?? record.at, record.at))
            case .resubmitted:
                // The submit step of the next round became due when the request was returned.
                round += 1
                if let step = sop.step(record.step) { add(step, from: stepStart, record, shares: [share(record, since: lastAction)]) }
                restart(at: record.at)
            case .initialled:
                shares.append(share(record, since: lastAction))
                deviations += record.deviations
                lastAction = record.at
            case .approved, .decreeIssued, .signed, .handedOver, .rejected, .returned:
                if let step = sop.step(record.step) {
                    add(step, from: stepStart, record, shares: shares + [share(record, since: lastAction)])
                }
                restart(at: record.at)
            }
        }
        if case .inProgress(let current) = request.status, let step = sop.step(current) {
            rows.append(row(step, from: stepStart, to: nil, now: now, actor: nil, outcome: nil, shares: shares,
                            people: request.candidates.count, deviations: deviations))
        }
        return rows
    }

    private mutating func restart(at instant: Date) {
        stepStart = instant
        lastAction = instant
        shares = []
        deviations = []
    }

    private func share(_ record: StepRecord, since start: Date) -> SLARow.Share {
        SLARow.Share(actorUID: record.actor.uid, elapsed: sop.calendar.officeTime(from: start, to: record.at))
    }

    private mutating func add(_ step: StepDefinition, from start: Date, _ record: StepRecord, shares: [SLARow.Share]) {
        // A strike leaves fewer candidates after the approval than before it: the approver handled them all.
        let people = record.candidateCount + record.struck.count
        rows.append(row(step, from: start, to: record.at, now: nil, actor: record.actor.uid, outcome: record.outcome,
                        shares: shares, people: people, deviations: deviations + record.deviations))
    }

    private func row(
        _ step: StepDefinition, from start: Date, to completed: Date?, now: Date?, actor: String?,
        outcome: StepRecord.Outcome?, shares: [SLARow.Share], people: Int, deviations: [Deviation]
    ) -> SLARow {
        let end = completed ?? now ?? start
        let counted = step.timePer == .person ? max(1, people) : 1
        return SLARow(
            request: request.id, round: max(1, round), step: step.id, executor: step.executor,
            executors: step.executors, actorUID: actor, started: start, completed: completed, outcome: outcome,
            elapsed: sop.calendar.officeTime(from: start, to: end), shares: shares, standard: step.time,
            timePer: step.timePer, people: counted,
            standardSeconds: step.standardSeconds(dayLength: sop.calendar.dayLength, people: counted), deviations: deviations)
    }
}
