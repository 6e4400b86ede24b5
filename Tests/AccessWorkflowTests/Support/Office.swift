import Foundation
import WorkflowFixtures
@testable import AccessWorkflow

/// A workflow driven by commands with a test clock, keeping the stored event history.
struct Office {
    var state: WorkflowState
    var events: [WorkflowEvent] = []
    var clock: Date

    init(_ sop: SOPDefinition, start: Date = Fixtures.wib("2025-02-03 08:00")) {
        state = WorkflowState(sop: sop)
        clock = start
    }

    /// Decides and applies a command `minutes` after the previous one (the no-NIP warnings of its people confirmed:
    /// see ``WorkflowCommand/confirmingNonASN``).
    @discardableResult
    mutating func run(_ command: WorkflowCommand, by actor: WorkflowActor, after minutes: Double = 5)
        throws(WorkflowError) -> [WorkflowEvent]
    {
        clock = clock.addingTimeInterval(minutes * 60)
        let new = try state.decide(command.confirmingNonASN, by: actor, at: clock)
        for event in new { try state.apply(event) }
        events += new
        return new
    }

    /// Runs a command at a given WIB local time.
    @discardableResult
    mutating func run(_ command: WorkflowCommand, by actor: WorkflowActor, at local: String)
        throws(WorkflowError) -> [WorkflowEvent]
    {
        clock = Fixtures.wib(local)
        let new = try state.decide(command.confirmingNonASN, by: actor, at: clock)
        for event in new { try state.apply(event) }
        events += new
        return new
    }

    /// Imports an SK and has it confirmed by a second official right after (four eyes), as an office does before
    /// the SK grants anything.
    @discardableResult
    mutating func importInForce(_ command: WorkflowCommand, by actor: WorkflowActor, after minutes: Double = 5) throws -> [WorkflowEvent] {
        guard case .importDecree(let decree, _, _) = command else { throw FixtureError("importInForce takes an importDecree command") }
        let imported = try run(command, by: actor, after: minutes)
        return imported + (try run(try FourEyesFixture.confirm(decree.number), by: try FourEyesFixture.confirmer(), after: 1))
    }

    func status(_ id: RequestID) -> RequestStatus? { state.requests[id]?.status }
}
