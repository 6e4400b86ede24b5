import AccessWorkflow
import ArgumentParser
import Foundation
import LDAP

/// `--user` and `--password-file` on every command that acts in the workflow.
struct StaffOptions: ParsableArguments {
    @Option(name: .long, help: "Your staff login (uid under ou=staff). Default: $HAKAKSES_USER, else $USER.")
    var user: String?

    @Option(name: .long, help: "Read your password from this file (first line), like ldapsearch -y. Default: ask.")
    var passwordFile: String?

    var uid: String? {
        user ?? ProcessInfo.processInfo.environment["HAKAKSES_USER"] ?? ProcessInfo.processInfo.environment["USER"]
    }
}

/// Who is acting: authenticated by an LDAP bind; their workflow roles are
/// their memberships of the workflow groups (ou=workflow,ou=groups).
struct StaffSession {
    let actor: WorkflowActor
    let dn: DN

    static func login(_ options: StaffOptions, settings: Settings) async throws -> StaffSession {
        guard let uid = options.uid, !uid.isEmpty else { throw CLIError.badInput("who are you? pass --user UID") }
        let endpoint = try settings.directory()
        let dn = endpoint.staffBase.child("uid", uid)
        let password = try PasswordInput.read(file: options.passwordFile, prompt: "Password for \(uid): ")
        let connection: LDAPConnection
        do {
            connection = try await LDAPConnection.connect(endpoint.options)
            let policy = try await connection.bind(dn: dn, password: password)
            if policy?.mustChangePassword == true {
                throw CLIError.refused("the password of \(uid) was set by an administrator and must be changed first: ldappasswd -x -H \(endpoint.options.uris.first ?? "URI") -D '\(dn)' -W -S")
            }
        } catch let error as LDAPError {
            if error.isConnectionLost { throw CLIError.unavailable("cannot reach the directory (\(error.code.name)): \(error.diagnostic ?? "")") }
            if error.passwordPolicy?.isAccountLocked == true { throw CLIError.refused("the account \(uid) is locked; ask the directory administrator") }
            if error.code == .invalidCredentials { throw CLIError.refused("login failed for \(uid): wrong user or password") }
            throw CLIError.refused("login failed for \(uid): \(error)")
        }
        do {
            let entry = try await connection.read(dn, attributes: ["cn", "displayName", "siakNIP"])
            let groups = try await connection.search(
                base: endpoint.workflowGroupsBase, scope: .oneLevel, filter: .equal("member", dn.description), attributes: ["cn"])
            await connection.close()
            let names = Set(groups.compactMap { $0.string("cn") })
            let roles = Set(settings.sop.roles.filter { names.contains($0.ldapGroup) }.map(\.id))
            let nip = entry?.string("siakNIP").flatMap { try? NIP($0) }
            let display = entry?.string("displayName") ?? entry?.string("cn") ?? uid
            return StaffSession(actor: try WorkflowActor(uid: uid, displayName: display, nip: nip, roles: roles), dn: dn)
        } catch let error as LDAPError {
            throw CLIError.unavailable("reading the roles of \(uid) failed: \(error)")
        }
    }
}
