public import AccessWorkflow
public import LDAP

/// One way the directory differs from the roster. Every difference names the
/// entry and says what is wrong; ``isFixable`` says whether `--apply` fixes it.
public enum Difference: Sendable, Hashable, CustomStringConvertible {
    /// On the roster, no entry in the directory.
    case missing(DesiredOperator)
    /// Managed attributes differ from the roster (name, NIP, SK number, end date, …).
    case attributeDrift(DesiredOperator, DirectoryOperator, attributes: [String])
    /// Group memberships differ from the person's SIAK roles.
    case roleDrift(DesiredOperator, DirectoryOperator, missing: [DN], extra: [DN])
    /// On the roster but locked by an administrator.
    case lockedOnRoster(DesiredOperator, DirectoryOperator)
    /// On this log's roster, but locked (and taken out of its groups) after the newest record of this log: by a
    /// revocation or a departure this log does not hold — after a restore that lost records. Never unlocked by a
    /// reconciliation: a new SK or request, or a person, decides.
    case lockedByLostRecord(DesiredOperator, DirectoryOperator)
    /// The SK's end date passed; the entry still works.
    case expired(DirectoryOperator, Departure)
    /// Access revoked, superseded, withdrawn or not yet in force; the entry still works.
    case revoked(DirectoryOperator, Departure)
    /// A managed entry nobody on any SK or request stands behind.
    case orphan(DirectoryOperator)
    /// A member of a managed SIAK group who does not hold that role on the roster.
    case unauthorizedMember(group: DN, member: DN)
    /// An entry not made by hak-akses carries the NIP/NIK of a person on the roster.
    case unmanagedCorrelated(DirectoryOperator, DesiredOperator)
    /// Two candidates for one identity (two entries for one person, or contradicting roster data).
    case conflict(String)
    /// Locked and off the roster for longer than the grace period: to be deleted.
    case pastGrace(DirectoryOperator)
    /// In a national directory, another office's entry holds this entry's username too (see ``SharedUsername``).
    case sharedUsername(SharedUsername)

    /// Short machine-readable class, as in `--json`.
    public var kind: String {
        switch self {
        case .missing: "missing"
        case .attributeDrift: "attribute-drift"
        case .roleDrift: "role-drift"
        case .lockedOnRoster: "locked-on-roster"
        case .lockedByLostRecord: "locked-by-lost-record"
        case .expired: "expired"
        case .revoked: "revoked"
        case .orphan: "orphan"
        case .unauthorizedMember: "unauthorized-member"
        case .unmanagedCorrelated: "unmanaged-correlated"
        case .conflict: "conflict"
        case .pastGrace: "past-grace"
        case .sharedUsername: "shared-username"
        }
    }

    /// The entry concerned (the member for an unauthorized membership).
    public var dn: DN? {
        switch self {
        case .missing(let d): d.dn
        case .attributeDrift(_, let e, _), .roleDrift(_, let e, _, _), .lockedOnRoster(_, let e), .lockedByLostRecord(_, let e): e.dn
        case .expired(let e, _), .revoked(let e, _), .orphan(let e), .pastGrace(let e), .unmanagedCorrelated(let e, _): e.dn
        case .unauthorizedMember(_, let member): member
        case .sharedUsername(let shared): shared.entry.dn
        case .conflict: nil
        }
    }

    /// The person concerned, when known.
    public var person: PersonKey? {
        switch self {
        case .missing(let d), .attributeDrift(let d, _, _), .roleDrift(let d, _, _, _), .lockedOnRoster(let d, _),
             .lockedByLostRecord(let d, _), .unmanagedCorrelated(_, let d): d.key
        case .expired(let e, _), .revoked(let e, _), .orphan(let e), .pastGrace(let e): e.personKey
        case .sharedUsername(let shared): shared.entry.personKey
        case .unauthorizedMember, .conflict: nil
        }
    }

    /// What is wrong, in one sentence.
    public var detail: String {
        switch self {
        case .missing(let d): "on the roster (\(d.roster.basis.map(\.description).joined(separator: ", "))) but no entry"
        case .attributeDrift(_, _, let names): "attributes differ from the roster: \(names.joined(separator: ", "))"
        case .roleDrift(_, _, let missing, let extra):
            (missing.isEmpty ? "" : "not in \(missing.map(Self.groupName).joined(separator: ", "))")
                + (missing.isEmpty || extra.isEmpty ? "" : "; ")
                + (extra.isEmpty ? "" : "in \(extra.map(Self.groupName).joined(separator: ", ")) without that role")
        case .lockedOnRoster: "locked by an administrator although on the roster"
        case .lockedByLostRecord(_, let e):
            "locked on \(e.accessEnd ?? "?"), at a time whose records this audit log does not hold (after its newest record, or lost with a restore): by a revocation or departure the log does not hold; it stays locked and out of its groups until an SK or request recorded after the lock grants it again (re-enter the revocation with `hakakses revoke` if it was one)"
        case .expired(_, let why), .revoked(_, let why): "\(why), but the account still works"
        case .orphan: "managed by hak-akses but on no SK or request"
        case .unauthorizedMember(let group, _): "member of \(Self.groupName(group)) without holding that role on the roster"
        case .unmanagedCorrelated(let e, let d): "not made by hak-akses but has the \(d.key) of \(d.roster.person.name.displayName) (uid \(e.uid ?? "?"))"
        case .conflict(let text): text
        case .pastGrace: "locked and off the roster for longer than the grace period"
        case .sharedUsername(let shared):
            "its username \(shared.entry.uid ?? "?") is also held by \(shared.heldBy), written by another office while the providers could not reach each other; "
                + (shared.yields
                    ? "this entry was never handed over and its DN sorts later, so it gives way: it is removed, the username withdrawn, and the entry made again under a free username"
                    : shared.handedOver
                        ? "this entry was handed over, so it keeps the username; if the other one was handed over too, a person decides which operator gets a new username"
                        : "the other entry's DN sorts later: that office's reconciliation gives it a new username")
        }
    }

    /// Whether `reconcile --apply` changes the directory for it (the others need a person to decide).
    public var isFixable: Bool {
        switch self {
        case .unmanagedCorrelated, .conflict, .lockedByLostRecord: false
        case .sharedUsername(let shared): shared.yields
        default: true
        }
    }

    public var description: String { "\(kind) \(dn?.description ?? "-"): \(detail)" }

    static func groupName(_ dn: DN) -> String { dn.rdn?.value ?? dn.description }
}
