/// A role in an office's SOP workflow, identified by the id used in the SOP file: `kadis` (Kepala Dinas, head of
/// office), `sekretaris` (office secretary), `kabid` (Kepala Bidang, head of division), `kasi` (Kepala Seksi, head
/// of section), `adb` (Administrator Database), and the special ``pemohon``.
///
/// Staff hold roles through LDAP group membership, which the caller resolves into ``Actor/roles``.
public struct WorkflowRole: StringIdentifier {
    /// The role id as written in the SOP file.
    public let rawValue: String

    /// Wraps a role id.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Pemohon: the applicant. Not an LDAP group; any authenticated staff member may record a pemohon step on
    /// behalf of the named applicant.
    public static let pemohon: WorkflowRole = "pemohon"

    /// Kadis (Kepala Dinas): the head of the office, who may cancel any request by default.
    public static let kadis: WorkflowRole = "kadis"
}

/// A workflow role as defined by one office's SOP file.
public struct WorkflowRoleDefinition: Sendable, Hashable, Codable {
    /// The role id, e.g. `kasi`.
    public let id: WorkflowRole
    /// The office's title for it, e.g. "Kasi SIAK".
    public let title: String
    /// The common name of the LDAP group whose members hold this role.
    public let ldapGroup: String

    /// Creates a role definition.
    public init(id: WorkflowRole, title: String, ldapGroup: String) {
        self.id = id
        self.title = title
        self.ldapGroup = ldapGroup
    }
}
