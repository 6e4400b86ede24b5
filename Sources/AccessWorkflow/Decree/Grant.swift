/// One row of an SK's attachment: a person, the SIAK roles they are given, and their work unit.
public struct Grant: Sendable, Hashable, Codable {
    /// The person.
    public let person: Person
    /// The SIAK roles, sorted and without duplicates.
    public let roles: [SIAKRoleID]
    /// The work unit (unit kerja).
    public let workUnit: String
    /// The position (jabatan), if given.
    public let position: String?

    /// Creates a grant; roles are sorted and de-duplicated.
    public init(person: Person, roles: [SIAKRoleID], workUnit: String, position: String? = nil) throws(RequestError) {
        self.person = person
        self.roles = Array(Set(roles)).sorted()
        self.workUnit = try FieldCheck.required(workUnit, field: "work unit", owner: person.name.displayName)
        self.position = try FieldCheck.optional(position, field: "position")
    }

    /// The grant an SK gives a request's candidate: the requested role, work unit and position.
    public init(candidate: Candidate) {
        person = candidate.person
        roles = [candidate.role]
        workUnit = candidate.workUnit
        position = candidate.position
    }

    private enum CodingKeys: String, CodingKey { case person, roles, workUnit, position }

    /// Decodes and re-validates.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            person: try container.decode(Person.self, forKey: .person),
            roles: try container.decode([SIAKRoleID].self, forKey: .roles),
            workUnit: try container.decode(String.self, forKey: .workUnit),
            position: try container.decodeIfPresent(String.self, forKey: .position))
    }
}
