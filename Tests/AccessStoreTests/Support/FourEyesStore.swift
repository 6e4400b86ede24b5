import AccessStore
import AccessWorkflow
import Foundation
import WorkflowFixtures

extension AccessStore {
    /// Imports an SK and records its confirmation by a second official a minute later (four eyes), as an office does
    /// before the SK grants anything; the confirmation's result (its directory changes).
    @discardableResult
    func importInForce(_ decree: Decree, note: String, by actor: WorkflowActor, at: Date, sop: SOPDefinition) throws -> ExecutionResult {
        try execute(.importDecree(decree, note: note, confirmations: Fixtures.nonASN(decree)), by: actor, at: at, sop: sop)
        return try execute(try FourEyesFixture.confirm(decree.number), by: try FourEyesFixture.confirmer(),
                           at: at.addingTimeInterval(60), sop: sop)
    }
}
