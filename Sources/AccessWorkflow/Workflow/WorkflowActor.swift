/// A staff member acting in the workflow: their directory login, name, NIP, and the workflow roles they hold.
///
/// The caller resolves roles from LDAP group membership at the time of the action; the roles are stored in every
/// event so that replay can re-check them. (Named `WorkflowActor` rather than `Actor` so that it never shadows
/// Swift's `Actor` protocol in modules that import this one.)
public struct WorkflowActor: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The directory login (LDAP uid).
    public let uid: String
    /// The display name, e.g. "Drs. MUHAMMAD IMRON".
    public let displayName: String
    /// The NIP, if the actor is a civil servant.
    public let nip: NIP?
    /// Workflow roles held (never ``WorkflowRole/pemohon``, which is not a group), including those held by an acting
    /// assignment.
    public let roles: Set<WorkflowRole>
    /// The roles held only as Plt./Plh. (an ``ActingAssignment`` on the day of the action; checked on replay).
    public let acting: Set<WorkflowRole>

    /// Creates an actor, refusing an empty or blank uid and dropping ``WorkflowRole/pemohon`` from the roles; the
    /// `acting` roles are held too.
    public init(uid: String, displayName: String, nip: NIP? = nil, roles: Set<WorkflowRole>, acting: Set<WorkflowRole> = [])
        throws(RequestError)
    {
        guard !uid.isEmpty, !uid.contains(where: { $0.isWhitespace }), !uid.containsControlCharacter else {
            throw .invalidUID(uid)
        }
        self.uid = uid
        self.displayName = try FieldCheck.required(displayName, field: "display name", owner: "actor \(uid)")
        self.nip = nip
        self.acting = acting.subtracting([.pemohon])
        self.roles = roles.union(acting).subtracting([.pemohon])
    }

    /// The same official also acting in `roles` (Plt./Plh.).
    public func acting(in roles: Set<WorkflowRole>) -> WorkflowActor {
        WorkflowActor(checked: uid, displayName: displayName, nip: nip, roles: self.roles.union(roles), acting: acting.union(roles))
    }

    private init(checked uid: String, displayName: String, nip: NIP?, roles: Set<WorkflowRole>, acting: Set<WorkflowRole>) {
        self.uid = uid
        self.displayName = displayName
        self.nip = nip
        self.roles = roles
        self.acting = acting
    }

    /// True if the actor holds the role.
    public func holds(_ role: WorkflowRole) -> Bool { roles.contains(role) }

    /// True if `other` is the same official: the same login (compared as ``LoginName/key(_:)``, as the directory
    /// compares it) or the same NIP (one person with two staff entries). Segregation of duties compares officials
    /// with this, never by the uid as typed.
    public func isSameOfficial(as other: WorkflowActor) -> Bool {
        if let nip, nip == other.nip { return true }
        return LoginName.same(uid, other.uid)
    }

    /// "uid (display name)".
    public var description: String { "\(uid) (\(displayName))" }

    private enum CodingKeys: String, CodingKey { case uid, displayName, nip, roles, acting }

    /// Decodes and re-validates; roles are a JSON array.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            uid: try container.decode(String.self, forKey: .uid),
            displayName: try container.decode(String.self, forKey: .displayName),
            nip: try container.decodeIfPresent(NIP.self, forKey: .nip),
            roles: Set(try container.decode([WorkflowRole].self, forKey: .roles)),
            acting: Set(try container.decodeIfPresent([WorkflowRole].self, forKey: .acting) ?? []))
    }

    /// Encodes roles as a sorted array so that the JSON is deterministic.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(uid, forKey: .uid)
        try container.encode(displayName, forKey: .displayName)
        try container.encodeIfPresent(nip, forKey: .nip)
        try container.encode(roles.sorted(), forKey: .roles)
        if !acting.isEmpty { try container.encode(acting.sorted(), forKey: .acting) }
    }
}
