import AccessWorkflow
public import Foundation
import LDAP

/// Whether an official may still act: for every call the office re-reads, through the bridge account, the official's
/// entry (still there, the same `entryUUID`, not locked) and the workflow groups that list it, so a Kasi removed
/// from `cn=kasi`, or a locked account, can change nothing with a session or token it already had. Answers are kept
/// for `ttl` (at most 60 seconds) per entry; one connection, reopened when lost.
public actor StaffAuthority {
    private let settings: OfficeSettings
    private let sop: SOPDefinition
    /// How long an answer is reused.
    public nonisolated let ttl: Duration
    /// The directory's `pwdLockoutDuration` (`api.directoryLockoutMinutes`).
    private let lockout: TimeInterval
    private var connection: LDAPConnection?
    private var cache: [String: (session: StaffSession, until: ContinuousClock.Instant)] = [:]

    init(settings: OfficeSettings) {
        self.settings = settings
        self.sop = settings.sop
        let api = settings.raw.api
        self.ttl = .milliseconds(Int64(min(max(api?.authorityCacheSeconds ?? 10, 0), 60) * 1000))
        self.lockout = TimeInterval((api?.directoryLockoutMinutes ?? 15) * 60)
    }

    /// The session with its roles as the directory gives them now; refused if the entry is gone, replaced or locked.
    public func current(_ session: StaffSession, now: Date = Date()) async throws(OfficeError) -> StaffSession {
        let key = session.dn.lowercased()
        if let kept = cache[key], kept.until > ContinuousClock.now, kept.session.entryUUID == session.entryUUID {
            return kept.session
        }
        let fresh = try await read(session, now: now)
        if ttl > .zero { cache[key] = (fresh, ContinuousClock.now + ttl) }
        return fresh
    }

    /// Forgets what is kept for `dn` (after the office itself changed that official).
    public func forget(dn: String) { cache[dn.lowercased()] = nil }

    private func read(_ session: StaffSession, now: Date) async throws(OfficeError) -> StaffSession {
        let endpoint = try DirectoryEndpoint(settings)
        let password = try endpoint.bridgePassword()
        let dn: DN
        do { dn = try DN(parsing: session.dn) } catch { throw .forbidden(.access(.entryGone(uid: session.uid, dn: session.dn))) }
        var found: Lookup?
        for attempt in 1...2 where found == nil {
            do throws(LDAPError) {
                found = try await lookup(dn, endpoint, password: password)
            } catch {
                await connection?.close()
                connection = nil
                if error.isConnectionLost && attempt < 2 { continue }
                throw error.isTransient
                    ? .unavailable(.directoryUnreachable(code: error.code.name, diagnostic: error.diagnostic ?? ""))
                    : .unavailable(.said(Phrase(
                        id: "peran pejabat tidak dapat dibaca dari direktori (\(error))",
                        en: "officials' roles cannot be read from the directory (\(error))")))
            }
        }
        switch found {
        case .entry(let entry, let groups)?:
            guard session.entryUUID == nil || entry.string("entryUUID") == session.entryUUID else {
                throw .forbidden(.access(.entryGone(uid: session.uid, dn: session.dn)))
            }
            if StaffEntry.isLocked(entry.string("pwdAccountLockedTime"), now: now, duration: lockout) {
                throw .forbidden(.access(.locked(uid: session.uid)))
            }
            return try StaffEntry.session(entry, groups: groups, sop: sop)
        case .staffUnreadable?:
            throw .unavailable(.said(Phrase(
                id: "akun bridge tidak dapat membaca \(endpoint.staffBase), jadi server tidak dapat memeriksa peran pejabat: terapkan ldif/upgrade/staff-authority.ldif pada direktori (lihat README)",
                en: "the bridge account cannot read \(endpoint.staffBase), so the server cannot check officials' roles: apply ldif/upgrade/staff-authority.ldif to the directory (see the README)")))
        case .gone?, nil:
            throw .forbidden(.access(.entryGone(uid: session.uid, dn: session.dn)))
        }
    }

    private enum Lookup {
        case entry(LDAPEntry, Set<String>)
        case gone
        /// The bridge cannot even see `ou=staff`: the directory predates the rule that lets it.
        case staffUnreadable
    }

    private func lookup(_ dn: DN, _ endpoint: DirectoryEndpoint, password: String) async throws(LDAPError) -> Lookup {
        let connection = try await open(endpoint, password: password)
        guard let entry = try await connection.read(dn, attributes: StaffEntry.attributes) else {
            return try await connection.read(endpoint.staffBase, attributes: ["ou"]) == nil ? .staffUnreadable : .gone
        }
        let groups = try await StaffEntry.groups(of: entry.dn, under: endpoint.workflowGroupsBase, on: connection)
        return .entry(entry, groups)
    }

    private func open(_ endpoint: DirectoryEndpoint, password: String) async throws(LDAPError) -> LDAPConnection {
        if let connection { return connection }
        let opened = try await LDAPConnection.connect(endpoint.options, credentials: .simple(dn: endpoint.bridgeDN, password: password))
        connection = opened
        return opened
    }
}
