/// Who executes a step (pelaksana): one or more links done in order, each link one role or alternative roles.
///
/// - One role: `executor: kadis`.
/// - Alternatives, any one of whom does the step: `executor: {anyOf: [kasi, adb]}`.
/// - A paraf chain, done in order: `executor: {chain: [kabid, sekretaris, kadis]}`. Each link but the last
///   initials (paraf) the step; the last link's action completes it. A link of a chain may itself be alternatives:
///   `{chain: [{anyOf: [kabid, sekretaris]}, kadis]}`.
public struct StepExecutors: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The links in order; each holds the alternative roles, any one of which does that link. Never empty.
    public let links: [[WorkflowRole]]

    /// A step done by one role.
    public static func single(_ role: WorkflowRole) -> StepExecutors { StepExecutors(checked: [[role]]) }

    /// Creates executors, refusing no links, an empty link, a role twice and ``WorkflowRole/pemohon`` outside a
    /// single-role step (any staff member records the applicant's step; it cannot be part of a chain).
    public init(links: [[WorkflowRole]]) throws(ConfigError) {
        guard !links.isEmpty, links.allSatisfy({ !$0.isEmpty }) else {
            throw ConfigError("a step needs at least one executor; name a role, {anyOf: [...]} or {chain: [...]}")
        }
        let all = links.flatMap { $0 }
        guard Set(all).count == all.count else {
            throw ConfigError("a role appears twice among the executors of one step; name each role once")
        }
        guard all == [.pemohon] || !all.contains(.pemohon) else {
            throw ConfigError("pemohon (the applicant) can only execute a step alone; give the step to pemohon or to staff roles")
        }
        self.init(checked: links)
    }

    private init(checked links: [[WorkflowRole]]) { self.links = links }

    private enum CodingKeys: String, CodingKey { case links }

    /// Decodes `links` and validates them as ``init(links:)`` does.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(links: try container.decode([[WorkflowRole]].self, forKey: .links))
        } catch let error as ConfigError {
            throw DecodingError.dataCorruptedError(forKey: .links, in: container, debugDescription: error.description)
        }
    }

    /// True if the step has more than one link (a paraf chain).
    public var isChain: Bool { links.count > 1 }

    /// The roles of the link whose action completes the step (the last link).
    public var completing: [WorkflowRole] { links[links.count - 1] }

    /// The role named first in the completing link: the step's executor where one role must be named.
    public var primary: WorkflowRole { completing[0] }

    /// Every role that acts in the step.
    public var roles: Set<WorkflowRole> { Set(links.flatMap { $0 }) }

    /// "kadis", "kasi | adb", "kabid → sekretaris → kadis".
    public var description: String {
        links.map { $0.map(\.rawValue).joined(separator: " | ") }.joined(separator: " → ")
    }
}
