/// Who is logged in.
public struct StaffInfo: Codable, Sendable, Hashable {
    public let uid: String
    public let name: String
    public let roles: [String]

    public init(uid: String, name: String, roles: [String]) {
        self.uid = uid
        self.name = name
        self.roles = roles
    }
}

/// A login's answer: the bearer token (shown once), the CSRF token for browser forms, the session's idle limit.
public struct LoginResult: Codable, Sendable, Hashable {
    public let token: String
    public let csrfToken: String
    public let idleMinutes: Double
    public let staff: StaffInfo

    public init(token: String, csrfToken: String, idleMinutes: Double, staff: StaffInfo) {
        self.token = token
        self.csrfToken = csrfToken
        self.idleMinutes = idleMinutes
        self.staff = staff
    }
}

/// The health of the office server.
public struct Health: Codable, Sendable, Hashable {
    /// `ok`, or `read-only` while the database is not the one the directory's anchor names (recover first).
    public let status: String
    public let office: String
    public let rehearsal: Bool
    public let auditHead: Int64
    /// Each configured replica (`api.replicaTokens`): what it held when it last asked, and its lag.
    public let replicas: [ReplicaStatus]

    public init(status: String, office: String, rehearsal: Bool, auditHead: Int64, replicas: [ReplicaStatus] = []) {
        self.status = status
        self.office = office
        self.rehearsal = rehearsal
        self.auditHead = auditHead
        self.replicas = replicas
    }
}

/// The body of `POST /api/v1/session`.
public struct LoginInput: Codable, Sendable {
    public let username: String
    public let password: String

    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}
