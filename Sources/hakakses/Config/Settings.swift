import AccessWorkflow
import Foundation
import LDAP
import LocalDirectory

/// The configuration, checked and with defaults filled in.
struct Settings {
    let file: URL
    let raw: ConfigFile
    let sop: SOPDefinition
    let catalogue: RoleCatalogue
    let databaseURL: URL
    let usernameRule: UsernameRule
    /// The folder of an embedded local directory, if that is what is configured.
    let localDirectoryFolder: URL?

    var folder: URL { file.deletingLastPathComponent() }

    init(file: URL, _ raw: ConfigFile) throws(CLIError) {
        self.file = file
        self.raw = raw
        let folder = file.deletingLastPathComponent()
        func path(_ value: String) -> URL {
            value.hasPrefix("/") ? URL(fileURLWithPath: value) : folder.appendingPathComponent(value).standardizedFileURL
        }
        let sopURL = path(raw.sop)
        do {
            sop = try SOPDefinition(yaml: try String(contentsOf: sopURL, encoding: .utf8))
        } catch let error as ConfigError {
            throw .badInput("the SOP file \(sopURL.path) is not valid: \(error)")
        } catch {
            throw .badInput("cannot read the SOP file \(sopURL.path): \(error.localizedDescription)")
        }
        if let roles = raw.roles {
            let rolesURL = path(roles)
            do {
                catalogue = try RoleCatalogue(yaml: try String(contentsOf: rolesURL, encoding: .utf8))
            } catch let error as ConfigError {
                throw .badInput("the role catalogue \(rolesURL.path) is not valid: \(error)")
            } catch {
                throw .badInput("cannot read the role catalogue \(rolesURL.path): \(error.localizedDescription)")
            }
        } else {
            catalogue = .standard
        }
        databaseURL = path(raw.database)
        do {
            usernameRule = try UsernameRule(
                pattern: raw.accounts?.usernameRule ?? "{first}.{last}", maxLength: raw.accounts?.maxLength ?? 32)
        } catch {
            throw .badInput("accounts.usernameRule in \(file.path): \(error)")
        }
        localDirectoryFolder = raw.directory.local.map(path)
        if localDirectoryFolder == nil && (raw.directory.uris ?? []).isEmpty {
            throw .badInput("directory in \(file.path) needs either `local: FOLDER` or `uris: [ldap://…]`")
        }
    }

    /// Where the directory is and how the bridge authenticates.
    func directory() throws(CLIError) -> DirectoryEndpoint {
        try DirectoryEndpoint(self)
    }
}

/// The directory as configured: URIs, base DN, TLS and the bridge account.
struct DirectoryEndpoint: Sendable {
    let options: LDAPConnectionOptions
    let baseDN: DN
    let bridgeDN: DN
    /// Read only when the bridge connects.
    let bridgePasswordFile: URL

    init(_ settings: Settings) throws(CLIError) {
        let raw = settings.raw.directory
        let network = Duration.seconds(raw.networkTimeoutSeconds ?? 5)
        let operation = Duration.seconds(raw.operationTimeoutSeconds ?? 60)
        if let folder = settings.localDirectoryFolder {
            let local: LocalDirectory?
            do { local = try LocalDirectory.attach(folder: folder) } catch { throw .badInput(describe(error)) }
            guard let local else {
                throw .unavailable("the local directory in \(folder.path) does not exist yet; run `hakakses directory start`")
            }
            options = LDAPConnectionOptions(uris: [local.ldapURI], networkTimeout: network, operationTimeout: operation)
            baseDN = local.baseDN
            bridgeDN = local.serviceAccounts.bridge.dn
            bridgePasswordFile = local.serviceAccounts.bridge.passwordFile
            return
        }
        guard let base = raw.baseDN, let parsed = try? DN(parsing: base), !parsed.rdns.isEmpty else {
            throw .badInput("directory.baseDN in \(settings.file.path) is missing or not a DN")
        }
        guard let bridge = raw.bridgeDN.flatMap({ try? DN(parsing: $0) }), let passwordFile = raw.bridgePasswordFile else {
            throw .badInput("directory.bridgeDN and directory.bridgePasswordFile are needed in \(settings.file.path)")
        }
        options = LDAPConnectionOptions(
            uris: raw.uris ?? [], startTLS: raw.startTLS ?? false, caCertificateFile: raw.caFile,
            networkTimeout: network, operationTimeout: operation)
        baseDN = parsed
        bridgeDN = bridge
        bridgePasswordFile = passwordFile.hasPrefix("/")
            ? URL(fileURLWithPath: passwordFile) : settings.folder.appendingPathComponent(passwordFile)
    }

    var staffBase: DN { baseDN.child("ou", "staff") }
    var workflowGroupsBase: DN { baseDN.child("ou", "groups").child("ou", "workflow") }
    var siakGroupsBase: DN { baseDN.child("ou", "groups").child("ou", "siak") }
    var operatorsBase: DN { baseDN.child("ou", "operators") }

    /// The bridge's password, read from its file (first line, trailing newline removed).
    func bridgePassword() throws(CLIError) -> String {
        guard let data = FileManager.default.contents(atPath: bridgePasswordFile.path) else {
            throw .badInput("cannot read the bridge password file \(bridgePasswordFile.path)")
        }
        let text = String(decoding: data, as: UTF8.self)
        return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    }
}
