/// The id of a step in an SOP, e.g. `persetujuan-kadis`.
public struct StepID: StringIdentifier {
    /// The id.
    public let rawValue: String

    /// Wraps an id.
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// One row of an SOP table: an activity, its executors (pelaksana), required inputs (kelengkapan), time standard
/// (waktu) and output.
public struct StepDefinition: Sendable, Hashable, Codable {
    /// The step id.
    public let id: StepID
    /// The activity as written in the SOP table (Indonesian).
    public let title: String
    /// Who executes the step: one role, alternatives, or a paraf chain (see ``StepExecutors``).
    public let executors: StepExecutors
    /// Documents that must be on record before the step can be done (equipment never blocks).
    public let inputs: [DocumentID]
    /// The document the step produces, if any.
    public let output: DocumentID?
    /// The time standard.
    public let time: TimeStandard
    /// Whether the time standard is for the whole request or for each person it names.
    public let timePer: TimeBasis
    /// What completing the step means.
    public let kind: StepKind
    /// Whether the step's approver (the completing link of a chain) may reject the request at this step (final).
    public let mayReject: Bool
    /// Whether whoever's turn it is at this step may return the request for revision (back to the first step); in a
    /// paraf chain this lets an official send the concept back instead of initialling it.
    public let mayReturn: Bool
    /// Whether the step's approver may approve part of a proposal list: struck names leave the request with a
    /// reason, the rest go on (review steps of list requests, before the SK or account creation).
    public let mayStrike: Bool

    /// The role that completes the step (the first role of the last link). Prefer ``executors``: it also says who
    /// initials before and which roles are alternatives.
    public var executor: WorkflowRole { executors.primary }

    /// Creates a step definition; ``SOPDefinition`` validates it against the rest of the SOP.
    public init(
        id: StepID, title: String, executors: StepExecutors, inputs: [DocumentID], output: DocumentID?,
        time: TimeStandard, timePer: TimeBasis = .request, kind: StepKind, mayReject: Bool = false,
        mayReturn: Bool = false, mayStrike: Bool = false
    ) {
        self.id = id
        self.title = title
        self.executors = executors
        self.inputs = inputs
        self.output = output
        self.time = time
        self.timePer = timePer
        self.kind = kind
        self.mayReject = mayReject
        self.mayReturn = mayReturn
        self.mayStrike = mayStrike
    }

    /// Creates a step done by one role.
    public init(
        id: StepID, title: String, executor: WorkflowRole, inputs: [DocumentID], output: DocumentID?,
        time: TimeStandard, kind: StepKind, mayReject: Bool = false, mayReturn: Bool = false
    ) {
        self.init(id: id, title: title, executors: .single(executor), inputs: inputs, output: output, time: time,
                  kind: kind, mayReject: mayReject, mayReturn: mayReturn)
    }

    /// The time allowed for the step when the request names `people` persons, in seconds of office time.
    public func standardSeconds(dayLength: Int, people: Int) -> Int {
        let base = time.seconds(dayLength: dayLength)
        return timePer == .person ? base * max(1, people) : base
    }
}
