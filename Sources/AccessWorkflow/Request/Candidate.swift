/// A person proposed for a SIAK role in a request: who, which role, where they work.
public struct Candidate: Sendable, Hashable, Codable {
    /// The person (name, NIP and/or NIK).
    public let person: Person
    /// The SIAK role requested, e.g. `operator`.
    public let role: SIAKRoleID
    /// The work unit (unit kerja), e.g. "Kecamatan Sukamara" or "Bidang PIAK".
    public let workUnit: String
    /// The position (jabatan), if given.
    public let position: String?

    /// Creates a candidate, refusing an empty work unit.
    public init(person: Person, role: SIAKRoleID, workUnit: String, position: String? = nil) throws(RequestError) {
        self.person = person
        self.role = role
        self.workUnit = try FieldCheck.required(workUnit, field: "work unit", owner: person.name.displayName)
        self.position = try FieldCheck.optional(position, field: "position")
    }

    /// The soft checks that fail for this candidate, to be confirmed (see
    /// ``IdentityCrossCheck/candidateWarnings(of:)``).
    public var warnings: [IdentityWarning] { IdentityCrossCheck.candidateWarnings(of: person) }

    /// The person's key (NIP if present, else NIK).
    public var key: PersonKey { person.key }

    private enum CodingKeys: String, CodingKey { case person, role, workUnit, position }

    /// Decodes and re-validates.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            person: try container.decode(Person.self, forKey: .person),
            role: try container.decode(SIAKRoleID.self, forKey: .role),
            workUnit: try container.decode(String.self, forKey: .workUnit),
            position: try container.decodeIfPresent(String.self, forKey: .position))
    }
}
