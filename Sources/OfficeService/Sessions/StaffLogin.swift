public import AccessWorkflow
import Foundation
public import LDAP

/// Logging staff in: a simple bind as `uid=…,ou=staff`; their workflow roles are the SOP roles whose LDAP group
/// (under `ou=workflow,ou=groups`) lists them as a member, read afresh at every login.
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

    /// The uid rule: what may stand in a staff login name (it becomes an RDN value).
    public static func isPlausibleUID(_ uid: String) -> Bool {
        !uid.isEmpty && uid.utf8.count <= 64 && uid.allSatisfy { !$0.isWhitespace && !$0.isNewline }
    }

    /// Binds as `uid` with `password` and reads their roles.
    public func login(uid: String, password: String) async throws(OfficeError) -> StaffSession {
        guard Self.isPlausibleUID(uid) else { throw .badInput(.notStaffLogin(uid)) }
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
            let entry = try await connection.read(dn, attributes: ["cn", "displayName", "siakNIP"])
            let groups = try await connection.search(
                base: workflowGroups, scope: .oneLevel, filter: .equal("member", dn.description), attributes: ["cn"])
            await connection.close()
            let names = Set(groups.compactMap { $0.string("cn") })
            let roles = Set(sop.roles.filter { names.contains($0.ldapGroup) }.map(\.id))
            let nip = entry?.string("siakNIP").flatMap { try? NIP($0) }
            let display = entry?.string("displayName") ?? entry?.string("cn") ?? uid
            do {
                return StaffSession(actor: try WorkflowActor(uid: uid, displayName: display, nip: nip, roles: roles), dn: dn.description)
            } catch {
                throw OfficeError.badInput(.staffEntryUnusable(uid: uid, error))
            }
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
