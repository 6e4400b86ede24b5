/// The id of a step in an SOP, e.g. `persetujuan-kadis`.
public struct StepID: StringIdentifier {
    /// The id.
    public let rawValue: String

    /// Wraps an id.
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// One row of an SOP table: an activity, its executor (pelaksana), required inputs (kelengkapan), time standard
/// (waktu) and output.
public struct StepDefinition: Sendable, Hashable, Codable {
    /// The step id.
    public let id: StepID
    /// The activity as written in the SOP table (Indonesian).
    public let title: String
    /// The workflow role that executes the step (``WorkflowRole/pemohon`` for the applicant).
    public let executor: WorkflowRole
    /// Documents that must be on record before the step can be done (equipment never blocks).
    public let inputs: [DocumentID]
    /// The document the step produces, if any.
    public let output: DocumentID?
    /// The time standard.
    public let time: TimeStandard
    /// What completing the step means.
    public let kind: StepKind
    /// Whether the executor may reject the request at this step (final).
    public let mayReject: Bool
    /// Whether the executor may return the request for revision at this step (back to the first step).
    public let mayReturn: Bool

    /// Creates a step definition; ``SOPDefinition`` validates it against the rest of the SOP.
    public init(
        id: StepID, title: String, executor: WorkflowRole, inputs: [DocumentID], output: DocumentID?,
        time: TimeStandard, kind: StepKind, mayReject: Bool = false, mayReturn: Bool = false
    ) {
        self.id = id
        self.title = title
        self.executor = executor
        self.inputs = inputs
        self.output = output
        self.time = time
        self.kind = kind
        self.mayReject = mayReject
        self.mayReturn = mayReturn
    }
}
