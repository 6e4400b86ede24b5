import AccessWorkflow
import Testing
import WorkflowFixtures

/// An enum whose cases the test numbers by an exhaustive `switch` (see `WorkflowFixtures.expectEveryCaseSaid`).
protocol CaseCounted {
    static var caseCount: Int { get }
    var caseIndex: Int { get }
}

/// Every case has a sample, said in Bahasa Indonesia and differently from English.
func expectEveryCaseSaid<T: CaseCounted & LocalizedText & CustomStringConvertible>(
    _ samples: [T], sourceLocation: SourceLocation = #_sourceLocation
) {
    WorkflowFixtures.expectEveryCaseSaid(samples, cases: T.caseCount, index: \.caseIndex, sourceLocation: sourceLocation)
}
