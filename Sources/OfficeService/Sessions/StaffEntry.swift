import AccessWorkflow
import Foundation
import LDAP

/// Reading an official from their directory entry and the workflow groups that list it: the one place a login and
/// a fresh-authority check turn an entry into a ``StaffSession``.
enum StaffEntry {
    /// The attributes read (the lock state only by the bridge account, which may read it).
    static let attributes = ["uid", "cn", "displayName", "siakNIP", "entryUUID", "pwdAccountLockedTime"]

    /// The session of `entry`, listed as a member by the workflow groups named `groups` (their `cn`s).
    static func session(_ entry: LDAPEntry, groups: Set<String>, sop: SOPDefinition) throws(OfficeError) -> StaffSession {
        let uid = canonicalUID(entry)
        guard let nipText = entry.string("siakNIP") else {
            throw .forbidden(.access(.staffWithoutNIP(uid: uid, dn: entry.dn)))
        }
        let nip: NIP
        do throws(IdentityError) { nip = try NIP(nipText) } catch {
            throw .badInput(.staffEntryUnusable(uid: uid, .identity(error)))
        }
        let roles = Set(sop.roles.filter { groups.contains($0.ldapGroup) }.map(\.id))
        let display = entry.string("displayName") ?? entry.string("cn") ?? uid
        do {
            let actor = try WorkflowActor(uid: uid, displayName: display, nip: nip, roles: roles)
            return StaffSession(actor: actor, dn: entry.dn, entryUUID: entry.string("entryUUID"))
        } catch {
            throw .badInput(.staffEntryUnusable(uid: uid, error))
        }
    }

    /// The entry's own login: the `uid` value of its name as the directory stores it (`WAHYU` typed, `wahyu`
    /// stored: `wahyu`); one of its `uid` values when the name is not `uid=…`.
    static func canonicalUID(_ entry: LDAPEntry) -> String {
        if let rdn = entry.parsedDN?.rdns.first, let ava = rdn.avas.first, ava.type.lowercased() == "uid" {
            return rdn.value ?? entry.string("uid") ?? entry.dn
        }
        return entry.string("uid") ?? entry.dn
    }

    /// The `cn`s of the workflow groups under `base` that list `dn` as a member.
    static func groups(of dn: String, under base: DN, on connection: LDAPConnection) async throws(LDAPError) -> Set<String> {
        let found = try await connection.search(
            base: base, scope: .oneLevel, filter: .equal("member", dn), attributes: ["cn"])
        return Set(found.compactMap { $0.string("cn") })
    }

    /// True if `lockedTime` (an entry's `pwdAccountLockedTime`) locks it at `now`: the permanent value
    /// `000001010000Z`, or a lockout of `duration` (the directory's `pwdLockoutDuration`) not yet over.
    static func isLocked(_ lockedTime: String?, now: Date, duration: TimeInterval) -> Bool {
        guard let lockedTime else { return false }
        guard lockedTime != "000001010000Z", let since = generalizedTime(lockedTime) else { return true }
        return duration <= 0 || now < since.addingTimeInterval(duration)
    }

    /// A GeneralizedTime in UTC ("20261123083000Z", with optional fraction).
    static func generalizedTime(_ text: String) -> Date? {
        let digits = text.prefix { $0.isNumber }
        guard digits.count >= 14, text.hasSuffix("Z") else { return nil }
        let chars = Array(digits)
        func number(_ from: Int, _ count: Int) -> Int? { Int(String(chars[from..<from + count])) }
        guard let year = number(0, 4), let month = number(4, 2), let day = number(6, 2), let hour = number(8, 2),
              let minute = number(10, 2), let second = number(12, 2)
        else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        (components.hour, components.minute, components.second) = (hour, minute, second)
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(identifier: "UTC") else { return nil }
        calendar.timeZone = utc
        return calendar.date(from: components)
    }
}
