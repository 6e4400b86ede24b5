public import AccessWorkflow
import Foundation

/// A staff member authenticated by an LDAP bind: who they are — their entry's own `uid` as the directory stores it,
/// whatever spelling they typed — and their workflow roles (as read at login, and afresh by ``StaffAuthority`` for
/// every call).
public struct StaffSession: Sendable, Hashable {
    public let actor: WorkflowActor
    /// The entry they bound as, as the directory stores its name.
    public let dn: String
    /// The entry's `entryUUID`: a new entry under the same name is another official.
    public let entryUUID: String?

    public init(actor: WorkflowActor, dn: String, entryUUID: String? = nil) {
        self.actor = actor
        self.dn = dn
        self.entryUUID = entryUUID
    }

    /// The canonical login (the entry's own `uid`).
    public var uid: String { actor.uid }

    /// The same session with the roles (and name, NIP) the directory gives now.
    func with(actor: WorkflowActor) -> StaffSession { StaffSession(actor: actor, dn: dn, entryUUID: entryUUID) }
}

/// Who is calling the office: a logged-in staff member, the service user on the server host (local administration:
/// reads and maintenance, never workflow decisions, which need a person), or the office's replica.
public enum OfficeCaller: Sendable, Hashable {
    case staff(StaffSession)
    case host
    /// The office's replica on a second machine, by its token (``Audience/replica``): it copies the log and the
    /// archive, nothing else. `id` names which (`sha256:` and the first digits of its token's hash).
    case replica(id: String)
    /// Somebody without a login (the applicant asking where their request stands), from a client `address`: only an
    /// action open to anyone (``Audience/anyone``).
    case anonymous(address: String)

    /// The staff member, or a refusal saying that this needs a login.
    public func staff(for action: OfficeMessage.StaffAction) throws(OfficeError) -> StaffSession {
        guard case .staff(let session) = self else {
            throw .unauthenticated(.officialOnly(action))
        }
        return session
    }

    /// What the throttles of the public pages (status, password, reset) count this caller under: a client address,
    /// an IPv6 one by its /64 (one customer's network hands out many); an official or the host by name.
    public var throttleKey: String {
        switch self {
        case .anonymous(let address): Self.network(address)
        case .staff(let session): "staff:\(session.uid)"
        case .host: "host"
        case .replica(let id): "replica:\(id)"
        }
    }

    /// A client address as the throttles count it: an IPv6 address by its /64, an IPv4 address as it is.
    static func network(_ address: String) -> String {
        var parsed = in6_addr()
        guard address.contains(":"), inet_pton(AF_INET6, address, &parsed) == 1 else { return address }
        let prefix = withUnsafeBytes(of: &parsed) { Array($0.prefix(8)) }
        return prefix.map { String(format: "%02x", $0) }.joined() + "/64"
    }

    /// The name written into audit records for this caller.
    public var auditName: String {
        switch self {
        case .staff(let session): session.uid
        case .host: "host"
        case .replica: "replica"
        case .anonymous: "public"
        }
    }
}
