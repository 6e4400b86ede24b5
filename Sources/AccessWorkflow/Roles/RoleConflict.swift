/// Two SIAK roles one person may not hold together, and why: Permendagri 95/2019 has the verifikator check the
/// operator's work (pasal 46 and 47), so whoever enters data may not also approve it.
public struct RoleConflict: Sendable, Hashable, Codable {
    /// The two roles (ids of the catalogue).
    public let roles: [SIAKRoleID]
    /// Why they conflict, as the regulation says it (shown with every refusal).
    public let reason: String

    /// Creates a conflict; the catalogue checks that the roles are two of its own.
    public init(roles: [SIAKRoleID], reason: String) {
        self.roles = roles
        self.reason = reason
    }

    /// Operator and verifikator: the one whose work the other checks.
    public static let operatorAndVerifikator = RoleConflict(
        roles: ["operator", "verifikator"],
        reason: "Permendagri 95/2019 pasal 46–47: verifikator memeriksa hasil kerja operator")
}
