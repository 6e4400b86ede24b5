public import AccessWorkflow

/// Who an access rule lets through, before any relation to the subject is checked.
public enum Audience: Sendable, Hashable {
    /// Anybody, without logging in (health, the login itself).
    case anyone
    /// Any live session, whatever its roles (who am I, logging out).
    case anySession
    /// An official holding at least one of the roles these sources name in the office's SOP.
    case roles([RoleSource])
    /// The office's replica, by a token whose SHA-256 the configuration lists (`api.replicaTokens`); no official.
    case replica

    /// Where a rule's roles come from: always the office's own SOP file, so an office whose SOP gives a duty to
    /// another role gets that role here, with no rule spelt per office.
    public enum RoleSource: Sendable, Hashable {
        /// Every workflow role of the SOP (an official acting in its procedure).
        case official
        /// The roles that execute a step of this kind (a step of the applicant, `pemohon`, means every role).
        case executors(StepKind)
        /// The roles listed under `permissions:` for this.
        case permission(SOPPermission)
    }

    /// The permissions of the SOP file (`permissions:`).
    public enum SOPPermission: String, Sendable, Hashable {
        case cancel, importDecree, revoke, confirmDecree, review, signReview
        /// Recording a Plt./Plh.: the Kadis, or the Sekretaris in his absence (not a setting of the SOP file).
        case assignActing
    }

    /// Any workflow role of the SOP.
    public static let official = Audience.roles([.official])
    /// Who creates SIAK accounts: the executors of the SOP's account-creation step (the ADB).
    public static let accountAdministrators = Audience.roles([.executors(.provision)])
    /// Who needs to see people's NIK and NIP across the office — the roster, the SKs' attachments, the directory's
    /// differences, the files not tied to one request: those who create accounts, make, import, confirm SKs, or
    /// revoke access.
    public static let identityReaders = Audience.roles([
        .executors(.provision), .executors(.decree), .permission(.importDecree), .permission(.confirmDecree),
        .permission(.revoke),
    ])
    /// Who reads the audit log: the head of the office, who answers to an audit (the SK confirmers, the Kadis), and
    /// the account administrators.
    public static let auditors = Audience.roles([.permission(.confirmDecree), .executors(.provision)])
    /// Who may end another official's sessions: the same as the auditors (Kadis, ADB).
    public static let sessionAdministrators = Audience.roles([.permission(.confirmDecree), .executors(.provision)])

    /// The roles of `sop` this audience admits; nil for ``anyone`` and ``anySession`` (no role needed), none for
    /// ``replica`` (no official, whatever his roles).
    public func roles(in sop: SOPDefinition) -> Set<WorkflowRole>? {
        if self == .replica { return [] }
        guard case .roles(let sources) = self else { return nil }
        let all = Set(sop.roles.map(\.id))
        var roles: Set<WorkflowRole> = []
        for source in sources {
            switch source {
            case .official:
                roles.formUnion(all)
            case .executors(let kind):
                for step in sop.steps where step.kind == kind {
                    let executors = step.executors.roles
                    roles.formUnion(executors.contains(.pemohon) ? all : executors)
                }
            case .permission(let permission):
                roles.formUnion(permission.roles(in: sop.permissions))
            }
        }
        return roles.intersection(all)
    }
}

extension Audience.SOPPermission {
    /// The roles the SOP lists for this permission.
    public func roles(in permissions: SOPPermissions) -> [WorkflowRole] {
        switch self {
        case .cancel: permissions.cancel
        case .importDecree: permissions.importDecree
        case .revoke: permissions.revoke
        case .confirmDecree: permissions.confirmDecree
        case .review: permissions.review
        case .signReview: permissions.signReview
        case .assignActing: ["kadis", "sekretaris"]
        }
    }
}
