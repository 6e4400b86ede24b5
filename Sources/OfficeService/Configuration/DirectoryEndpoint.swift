public import Foundation
public import LDAP
import LocalDirectory

/// The directory as configured: URIs, base DN, TLS and the bridge account.
public struct DirectoryEndpoint: Sendable {
    public let options: LDAPConnectionOptions
    /// With several servers: how long each may take to answer the bind before the next is tried.
    public let answerTimeout: Duration
    public let baseDN: DN
    /// In a national directory: its suffix, across which a new username must be free (`directory.nationalSuffix`).
    public let usernameScope: DN?
    public let bridgeDN: DN
    /// Read only when the bridge connects.
    public let bridgePasswordFile: URL

    init(_ settings: OfficeSettings) throws(OfficeError) {
        try self.init(file: settings.file, settings.raw)
    }

    /// The directory `raw` (read from `file`) names, before the rest of the office's configuration is checked.
    init(file: URL, _ config: ConfigFile) throws(OfficeError) {
        let raw = config.directory ?? ConfigFile.Directory()
        let network = Duration.seconds(raw.networkTimeoutSeconds ?? 5)
        let operation = Duration.seconds(raw.operationTimeoutSeconds ?? 60)
        answerTimeout = .seconds(raw.answerTimeoutSeconds ?? 5)
        let configFolder = file.deletingLastPathComponent()
        if let folder = raw.local.map({ OfficeSettings.path($0, in: configFolder) }) {
            let local: LocalDirectory?
            do { local = try LocalDirectory.attach(folder: folder) } catch {
                throw .badInput(.localDirectoryUnusable(String(describing: error)))
            }
            guard let local else {
                throw .unavailable(.localDirectoryNotStarted(folder.path))
            }
            options = LDAPConnectionOptions(uris: [local.ldapURI], networkTimeout: network, operationTimeout: operation)
            baseDN = local.baseDN
            usernameScope = nil
            bridgeDN = local.serviceAccounts.bridge.dn
            bridgePasswordFile = local.serviceAccounts.bridge.passwordFile
            return
        }
        guard let base = raw.baseDN, let parsed = try? DN(parsing: base), !parsed.rdns.isEmpty else {  // try?: the guard's own configuration error names the field
            throw .badInput(.baseDNMissing(file.path))
        }
        guard let bridge = raw.bridgeDN.flatMap({ try? DN(parsing: $0) }), let passwordFile = raw.bridgePasswordFile else {  // try?: the guard's own configuration error names the field
            throw .badInput(.bridgeAccountMissing(file.path))
        }
        options = LDAPConnectionOptions(
            uris: raw.uris ?? [], startTLS: raw.startTLS ?? false, caCertificateFile: raw.caFile,
            networkTimeout: network, operationTimeout: operation)
        baseDN = parsed
        if let suffix = raw.nationalSuffix {
            guard let national = try? DN(parsing: suffix), !national.rdns.isEmpty, parsed.isWithin(national), parsed != national else {  // try?: the guard's own configuration error names the field
                throw .badInput(.said(Phrase(
                    id: "directory.nationalSuffix '\(suffix)' dalam \(file.path) harus berada di atas baseDN \(base) (misalnya baseDN ou=62.08,dc=dukcapil,dc=kemendagri,dc=go,dc=id dengan nationalSuffix dc=dukcapil,dc=kemendagri,dc=go,dc=id)",
                    en: "directory.nationalSuffix '\(suffix)' in \(file.path) must lie above baseDN \(base) (e.g. baseDN ou=62.08,dc=dukcapil,dc=kemendagri,dc=go,dc=id with nationalSuffix dc=dukcapil,dc=kemendagri,dc=go,dc=id)")))
            }
            usernameScope = national
        } else {
            usernameScope = nil
        }
        bridgeDN = bridge
        bridgePasswordFile = passwordFile.hasPrefix("/")
            ? URL(fileURLWithPath: passwordFile) : configFolder.appendingPathComponent(passwordFile)
    }

    /// The staff administrator's account and password file (`directory.staffAdminDN`, `staffAdminPasswordFile`), for
    /// `hakakses staff` on a directory that is not the embedded one; nil when not configured.
    public static func staffAdmin(_ settings: OfficeSettings) throws(OfficeError) -> (dn: DN, passwordFile: URL)? {
        guard let raw = settings.raw.directory, let text = raw.staffAdminDN else { return nil }
        guard let dn = try? DN(parsing: text), !dn.rdns.isEmpty, let file = raw.staffAdminPasswordFile else {  // try?: the guard's own configuration error names the field
            throw .badInput(.said(Phrase(
                id: "directory.staffAdminDN dalam \(settings.file.path) harus berupa DN (misalnya cn=staff-admin,ou=services,<baseDN>) dan directory.staffAdminPasswordFile harus diisi",
                en: "directory.staffAdminDN in \(settings.file.path) must be a DN (e.g. cn=staff-admin,ou=services,<baseDN>) and directory.staffAdminPasswordFile must be set")))
        }
        let folder = settings.file.deletingLastPathComponent()
        return (dn, file.hasPrefix("/") ? URL(fileURLWithPath: file) : folder.appendingPathComponent(file))
    }

    public var staffBase: DN { baseDN.child("ou", "staff") }
    public var workflowGroupsBase: DN { baseDN.child("ou", "groups").child("ou", "workflow") }

    /// The bridge's password, read from its file (first line, trailing newline removed).
    public func bridgePassword() throws(OfficeError) -> String {
        guard let data = FileManager.default.contents(atPath: bridgePasswordFile.path) else {
            throw .badInput(.bridgePasswordUnreadable(bridgePasswordFile.path))
        }
        let text = String(decoding: data, as: UTF8.self)
        return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    }
}
