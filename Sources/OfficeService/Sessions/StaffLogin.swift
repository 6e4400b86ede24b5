public import AccessWorkflow
import Foundation
public import LDAP

/// Logging staff in: a simple bind as `uid=…,ou=staff` with the login in its comparison form (``LoginName``), then
/// the entry read back: the session's official is the entry's own `uid` as stored, with its `entryUUID`, its NIP
/// (required: segregation of duties recognises officials by it) and the SOP roles whose LDAP group (under
/// `ou=workflow,ou=groups`) lists it. A login with no workflow role is refused.
public struct StaffLogin: Sendable {
    public let options: LDAPConnectionOptions
    public let staffBase: DN
    public let workflowGroups: DN
    public let sop: SOPDefinition

    public init(options: LDAPConnectionOptions, staffBase: DN, workflowGroups: DN, sop: SOPDefinition) {
        self.options = options
        self.staffBase = staffBase
        self.workflowGroups = workflowGroups
        self.sop = sop
    }

    init(endpoint: DirectoryEndpoint, sop: SOPDefinition) {
        self.init(options: endpoint.options, staffBase: endpoint.staffBase, workflowGroups: endpoint.workflowGroupsBase, sop: sop)
    }

    /// The uid rule: what may stand in a staff login name once in its comparison form (it becomes an RDN value).
    public static func isPlausibleUID(_ uid: String) -> Bool {
        !uid.isEmpty && uid.utf8.count <= 64 && uid.allSatisfy { !$0.isWhitespace && !$0.isNewline }
    }

    /// The comparison form of a typed login, refused when it cannot be a staff login: the name bound, and the key
    /// the login throttle counts under.
    public static func loginKey(_ typed: String) throws(OfficeError) -> String {
        let key = LoginName.key(typed)
        guard isPlausibleUID(key) else { throw .badInput(.notStaffLogin(typed)) }
        return key
    }

    /// Binds as `uid` with `password` and reads who that is and their roles.
    public func login(uid typed: String, password: String) async throws(OfficeError) -> StaffSession {
        let uid = try Self.loginKey(typed)
        guard !password.isEmpty else { throw .badInput(.noPassword) }
        let dn = staffBase.child("uid", uid)
        let connection: LDAPConnection
        do {
            connection = try await LDAPConnection.connect(options)
        } catch {
            throw .unavailable(.directoryUnreachable(code: error.code.name, diagnostic: error.diagnostic ?? ""))
        }
        do {
            let policy = try await connection.bind(dn: dn, password: password)
            if policy?.mustChangePassword == true {
                await connection.close()
                throw OfficeError.refused(.mustChangePassword(uid: uid, uri: options.uris.first ?? "URI", dn: dn.description))
            }
            guard let entry = try await connection.read(dn, attributes: StaffEntry.attributes) else {
                await connection.close()
                throw OfficeError.unavailable(.loginFailed(uid: uid, detail: "the entry \(dn) cannot be read after the bind"))
            }
            let groups = try await StaffEntry.groups(of: entry.dn, under: workflowGroups, on: connection)
            await connection.close()
            let session = try StaffEntry.session(entry, groups: groups, sop: sop)
            guard !session.actor.roles.isEmpty else { throw OfficeError.forbidden(.access(.noWorkflowRole(uid: session.uid))) }
            return session
        } catch let error as OfficeError {
            throw error
        } catch let error as LDAPError {
            await connection.close()
            if error.isConnectionLost { throw .unavailable(.directoryUnreachable(code: error.code.name, diagnostic: error.diagnostic ?? "")) }
            if error.passwordPolicy?.isAccountLocked == true { throw .refused(.accountLocked(uid)) }
            if error.code == .invalidCredentials { throw .unauthenticated(.wrongPassword(uid)) }
            throw .refused(.loginRefused(uid: uid, detail: "\(error)"))
        } catch {
            await connection.close()
            throw .unavailable(.loginFailed(uid: uid, detail: "\(error)"))
        }
    }
}
