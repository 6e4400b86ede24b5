/// Who holds which SIAK roles on a given date, and why.
///
/// For `decrees` offices: the grants of SKs in force on the date that no SK in force has superseded. For
/// `requests` offices: the candidates of requests whose provision step is done (and that were not cancelled or
/// rejected). In both, revoked people are removed unless a newer SK or request grants access again, and people
/// whose NIP/NIK data contradicts itself are left off and reported as conflicts.
public struct Roster: Sendable, Hashable {
    /// The date (office local time).
    public let date: CivilDate
    /// Entries sorted by person key.
    public let entries: [RosterEntry]
    /// Contradictions that kept people off the roster.
    public let conflicts: [RosterConflict]
    /// The entries' keys as ``PersonKey/ordinal``s, in the entries' order (sorted): finding a person searches 8 bytes
    /// per entry instead of reading the entries.
    private let ordinals: [UInt64]

    /// Computes the roster of `state`'s office on `date`.
    public init(state: WorkflowState, on date: CivilDate) {
        self.date = date
        let grants: [RosterGrant] = switch state.sop.rosterSource {
        case .decrees: RosterGrant.fromDecrees(state, on: date)
        case .requests: RosterGrant.fromRequests(state, on: date)
        }
        let offset = state.sop.calendar.utcOffset
        // The revocations in effect on `date`, by the NIP or NIK they name: each grant looks up its own two instead of
        // being matched against every revocation of the office's history.
        var revoked: [PersonKey: [Revocation]] = [:]
        for revocation in state.revocations where CivilDate(revocation.at, offset: offset) <= date {
            revoked[revocation.person, default: []].append(revocation)
        }
        let standing = revoked.isEmpty ? grants : grants.filter { grant in
            // Stands if made after every revocation naming its NIP or its NIK.
            func outlives(_ revocations: [Revocation]?) -> Bool {
                revocations?.allSatisfy { grant.isNewer(than: $0, offset: offset) } ?? true
            }
            return outlives(grant.person.nip.flatMap { revoked[.nip($0)] }) && outlives(grant.person.nik.flatMap { revoked[.nik($0)] })
        }
        let merged = RosterMerge.merge(standing)
        entries = merged.entries
        conflicts = merged.conflicts
        ordinals = merged.entries.map(\.key.ordinal)
    }

    /// A roster read back from a snapshot: the entries must be in key order with each key once (what every roster
    /// holds), else the binary search would miss people.
    init(snapshotDate date: CivilDate, entries: [RosterEntry], conflicts: [RosterConflict]) throws(SnapshotError) {
        let ordinals = entries.map(\.key.ordinal)
        for index in ordinals.indices.dropFirst() where ordinals[index - 1] >= ordinals[index] {
            throw .malformed("roster entries out of key order at entry \(index)")
        }
        self.date = date
        self.entries = entries
        self.conflicts = conflicts
        self.ordinals = ordinals
    }

    /// The entry for a person, if they hold access.
    public func entry(for key: PersonKey) -> RosterEntry? { position(of: key).map { entries[$0] } }

    /// Whether a person holds access (without copying their entry).
    public func contains(_ key: PersonKey) -> Bool { position(of: key) != nil }

    /// The position of a person's entry in ``entries``, if they hold access: a binary search of their keys' integers
    /// (the entries are sorted by key and hold each key once).
    public func position(of key: PersonKey) -> Int? {
        let wanted = key.ordinal
        var low = 0, high = ordinals.count
        while low < high {
            let middle = low + (high - low) / 2
            if ordinals[middle] < wanted { low = middle + 1 } else { high = middle }
        }
        return low < ordinals.count && ordinals[low] == wanted ? low : nil
    }

    /// The people holding a role.
    public func holders(of role: SIAKRoleID) -> [RosterEntry] { entries.filter { $0.roles.contains(role) } }
}
