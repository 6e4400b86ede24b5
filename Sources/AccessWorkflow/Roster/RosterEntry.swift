/// What gives a person their access: an SK or a completed request.
public enum RosterBasis: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// An effective SK.
    case decree(DecreeNumber)
    /// A request whose provision step is done.
    case request(RequestID)

    /// "SK 000.8.3.3/240/Dukcapil/2025" or "request REQ-2025-0001".
    public var description: String {
        switch self {
        case .decree(let number): "SK \(number)"
        case .request(let id): "request \(id)"
        }
    }

    /// Orders by description.
    public static func < (lhs: RosterBasis, rhs: RosterBasis) -> Bool { lhs.description < rhs.description }
}

/// One person on the roster with all the SIAK roles they hold on the roster's date.
public struct RosterEntry: Sendable, Hashable, Codable {
    /// The person's key (NIP if known, else NIK).
    public let key: PersonKey
    /// The person's most recent data (name, NIP, NIK, uid).
    public let person: Person
    /// The SIAK roles held.
    public let roles: Set<SIAKRoleID>
    /// The work units named in the bases, sorted.
    public let workUnits: [String]
    /// The SKs or requests that give the access, sorted.
    public let basis: [RosterBasis]
    /// The last day of access, or nil if at least one basis is open-ended.
    public let endDate: CivilDate?

    /// Creates an entry.
    public init(key: PersonKey, person: Person, roles: Set<SIAKRoleID>, workUnits: [String], basis: [RosterBasis],
                endDate: CivilDate?) {
        self.key = key
        self.person = person
        self.roles = roles
        self.workUnits = workUnits
        self.basis = basis
        self.endDate = endDate
    }

    private enum CodingKeys: String, CodingKey { case key, person, roles, workUnits, basis, endDate }

    /// Encodes roles as a sorted array so that the JSON is deterministic.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(person, forKey: .person)
        try container.encode(roles.sorted(), forKey: .roles)
        try container.encode(workUnits, forKey: .workUnits)
        try container.encode(basis, forKey: .basis)
        try container.encodeIfPresent(endDate, forKey: .endDate)
    }
}

/// Identity data that contradicts itself across SKs or requests; the people concerned are left off the roster
/// until the data is corrected.
public enum RosterConflict: Sendable, Hashable, CustomStringConvertible {
    /// One NIP appears with different NIKs.
    case nipWithSeveralNIKs(NIP, [NIK])
    /// One NIP appears with names of different people.
    case nipWithSeveralNames(NIP, [String])
    /// One NIK appears with different NIPs.
    case nikWithSeveralNIPs(NIK, [NIP])

    /// One sentence: what contradicts and how to fix it.
    public var description: String {
        switch self {
        case let .nipWithSeveralNIKs(nip, niks):
            return "NIP \(nip) appears with NIKs \(niks.map(\.digits).listed); correct the wrong NIK in the SK or request, then re-run"
        case let .nipWithSeveralNames(nip, names):
            return "NIP \(nip) appears with the names \(names.listed); correct the NIP or name that belongs to someone else"
        case let .nikWithSeveralNIPs(nik, nips):
            return "NIK \(nik) appears with NIPs \(nips.map(\.digits).listed); correct the wrong NIP in the SK or request"
        }
    }
}
