public import AccessWorkflow

/// A staff member authenticated by an LDAP bind: who they are and their workflow roles, read from their memberships
/// of the workflow groups at login.
public struct StaffSession: Sendable, Hashable {
    public let actor: WorkflowActor
    /// The entry they bound as.
    public let dn: String

    public init(actor: WorkflowActor, dn: String) {
        self.actor = actor
        self.dn = dn
    }

    public var uid: String { actor.uid }
}

/// Who is calling the office: a logged-in staff member, or the service user on the server host (local
/// administration: reads and maintenance, never workflow decisions, which need a person).
public enum OfficeCaller: Sendable, Hashable {
    case staff(StaffSession)
    case host

    /// The staff member, or a refusal saying that this needs a login.
    public func staff(for action: OfficeMessage.StaffAction) throws(OfficeError) -> StaffSession {
        guard case .staff(let session) = self else {
            throw .unauthenticated(.officialOnly(action))
        }
        return session
    }

    /// The name written into audit records for this caller.
    public var auditName: String {
        switch self {
        case .staff(let session): session.uid
        case .host: "host"
        }
    }
}
