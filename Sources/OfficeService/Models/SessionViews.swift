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
    public let status: String
    public let office: String
    public let rehearsal: Bool
    public let auditHead: Int64

    public init(status: String, office: String, rehearsal: Bool, auditHead: Int64) {
        self.status = status
        self.office = office
        self.rehearsal = rehearsal
        self.auditHead = auditHead
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
