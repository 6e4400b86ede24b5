import AccessStore
import AccessWorkflow
import Foundation

/// The sessions of the office server, in memory: an opaque random token per login, kept only as its SHA-256 (a
/// memory dump or a log line never holds a usable token), ending after `idle` without use, after `maxAge` in any
/// case, and at logout. A restart of the server ends every session (staff log in again).
public actor SessionStore {
    public struct Issued: Sendable {
        /// The bearer token (and cookie value), shown once to the client.
        public let token: String
        /// The token a browser form must echo on writes (cookie-authenticated requests only).
        public let csrfToken: String
        public let session: StaffSession
    }

    public struct Found: Sendable {
        public let session: StaffSession
        public let csrfToken: String
    }

    private struct Entry {
        let session: StaffSession
        let csrfToken: String
        let created: ContinuousClock.Instant
        var lastSeen: ContinuousClock.Instant
    }

    private var entries: [String: Entry] = [:]
    public nonisolated let idle: Duration
    public nonisolated let maxAge: Duration

    public init(idle: Duration, maxAge: Duration) {
        self.idle = idle
        self.maxAge = maxAge
    }

    /// A new session for `session`.
    public func create(_ session: StaffSession) -> Issued {
        purge()
        let token = Self.randomToken()
        let csrf = Self.randomToken()
        let now = ContinuousClock.now
        entries[Self.digest(token)] = Entry(session: session, csrfToken: csrf, created: now, lastSeen: now)
        return Issued(token: token, csrfToken: csrf, session: session)
    }

    /// The live session of `token`, marked as used now; nil for an unknown, ended or expired token.
    public func find(_ token: String) -> Found? {
        let key = Self.digest(token)
        guard var entry = entries[key] else { return nil }
        let now = ContinuousClock.now
        guard now - entry.lastSeen <= idle, now - entry.created <= maxAge else {
            entries[key] = nil
            return nil
        }
        entry.lastSeen = now
        entries[key] = entry
        return Found(session: entry.session, csrfToken: entry.csrfToken)
    }

    /// Ends the session of `token` (logout).
    public func end(_ token: String) {
        entries[Self.digest(token)] = nil
    }

    /// Ends every session of the official `uid` (compared as the directory compares logins); how many there were.
    @discardableResult
    public func endAll(uid: String) -> Int {
        let key = LoginName.key(uid)
        let before = entries.count
        entries = entries.filter { LoginName.key($0.value.session.uid) != key }
        return before - entries.count
    }

    /// How many sessions are alive.
    public var count: Int {
        purge()
        return entries.count
    }

    private func purge() {
        let now = ContinuousClock.now
        entries = entries.filter { now - $0.value.lastSeen <= idle && now - $0.value.created <= maxAge }
    }

    /// 32 random bytes from the system's cryptographic generator, base64url without padding.
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func digest(_ token: String) -> String {
        Digests.sha256(Data(token.utf8))
    }
}
