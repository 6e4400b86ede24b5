public import AccessStore
public import AccessWorkflow
public import Foundation
import LDAP

/// Handing an operator their initial password: generated here, set by slapd
/// with Password Modify (RFC 3062, hashed with argon2), flagged `pwdReset` so
/// it must be changed at the first bind, shown once to the caller and never
/// stored or logged. Who received it and when goes into the audit log.
public struct Handover: Sendable {
    public let bridge: Bridge

    public init(bridge: Bridge) { self.bridge = bridge }

    /// What the caller shows once.
    public struct Delivery: Sendable {
        public let person: PersonKey
        public let name: String
        public let username: String
        public let dn: String
        public let password: String
    }

    public enum Failure: Error, Sendable, CustomStringConvertible {
        case notOnRoster(PersonKey)
        case notProvisioned(PersonKey, NotReady)
        case bridge(BridgeError)
        /// The password was set, but recording who received it failed: hand over again (a new password) to record it.
        case notRecorded(StoreError)

        /// Why an account is not ready to be handed over.
        public enum NotReady: Sendable, Hashable, CustomStringConvertible {
            /// No username has been assigned yet.
            case noUsername
            /// The entry is not in the directory.
            case notInDirectory(String)
            /// The entry is locked.
            case locked(String)
            /// In a national directory, another office's entry holds the username too (see ``SharedUsername``).
            case usernameShared(username: String, heldBy: String)

            public var description: String {
                switch self {
                case .noUsername: "no username has been assigned yet"
                case .notInDirectory(let dn): "\(dn) is not in the directory"
                case .locked(let dn): "\(dn) is locked"
                case let .usernameShared(username, other):
                    "its username \(username) is also held by \(other) of another office (both written while the providers could not reach each other); `hakakses reconcile --apply` in the office whose entry sorts later gives that one a new username"
                }
            }
        }

        public var description: String {
            switch self {
            case .notOnRoster(let key): "\(key) holds no SIAK role on the roster; an account can be handed over only to someone on an effective SK or completed request"
            case .notProvisioned(let key, let why): "the account of \(key) is not ready: \(why); run `hakakses sync` and try again"
            case .bridge(let error): error.description
            case .notRecorded(let error): "the password was set but the handover could not be recorded (\(error.description)); hand over again to record it"
            }
        }
    }

    public func deliver(to person: PersonKey, receivedBy: String, deliveredBy actor: String, request: RequestID?, now: Date = Date()) async throws(Failure) -> Delivery {
        let context: DayRoster
        do { context = try bridge.verifiedContext(now: now) } catch { throw .bridge(error) }
        guard let entry = context.roster.entry(for: person) else { throw .notOnRoster(person) }
        let assigned: String?
        do { assigned = try bridge.store.username(for: person) } catch { throw .bridge(BridgeError(store: error)) }
        guard let username = assigned else { throw .notProvisioned(person, .noUsername) }
        let dn = bridge.layout.operatorDN(username: username)
        let password = Self.generatePassword()
        do {
            let connection = try await bridge.connect()
            defer { Task { await connection.close() } }
            guard let found = try await connection.read(dn, attributes: ["siakManagedBy", "pwdAccountLockedTime", "pwdReset"]) else {
                throw Failure.notProvisioned(person, .notInDirectory(dn.description))
            }
            if found.string("pwdAccountLockedTime") != nil {
                throw Failure.notProvisioned(person, .locked(dn.description))
            }
            // A username two offices hold is never handed over: the one that was not gives way (SharedUsername).
            if let other = try await heldElsewhere(username, connection: connection) {
                throw Failure.notProvisioned(person, .usernameShared(username: username, heldBy: other.description))
            }
            try await connection.modifyPassword(of: dn, newPassword: password)
            let reset = try await connection.read(dn, attributes: ["pwdReset"])?.string("pwdReset")
            if reset != "TRUE" { try await connection.modify(dn, [.replace("pwdReset", "TRUE")]) }
        } catch let failure as Failure {
            throw failure
        } catch let error as LDAPError {
            throw .bridge(error.isTransient ? .directoryUnavailable(error) : .directory(error))
        } catch {
            throw .bridge(.inconsistent("\(error)"))
        }
        do {
            try bridge.store.append(
                kind: DeliveryRecord.kind, actor: actor, subject: person.description,
                payload: DeliveryRecord(username: username, dn: dn.description, receivedBy: receivedBy, request: request?.rawValue), at: now)
        } catch {
            throw .notRecorded(error)
        }
        return Delivery(person: person, name: entry.person.name.displayName, username: username, dn: dn.description, password: password)
    }

    /// In a national directory, an entry of another office whose `uid` is `username`.
    private func heldElsewhere(_ username: String, connection: LDAPConnection) async throws(LDAPError) -> DN? {
        guard let scope = bridge.layout.usernameScope else { return nil }
        let entries = try await connection.search(SearchRequest(base: scope, scope: .subtree, filter: .equal("uid", username), attributes: ["1.1"]))
        return entries.lazy.compactMap(\.parsedDN).first { !$0.isWithin(bridge.layout.operators) }
    }

    /// 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I),
    /// in groups of four: about 80 bits, easy to read out and type.
    public static func generatePassword() -> String {
        let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return stride(from: 0, to: 16, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }
}

/// The audit payload of a handover (never the password).
struct DeliveryRecord: Codable {
    /// The audit kind it is recorded under.
    static let kind = "handover.delivered"

    let username: String
    let dn: String
    let receivedBy: String
    let request: String?
}
