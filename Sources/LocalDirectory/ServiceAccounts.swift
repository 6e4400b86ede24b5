public import Foundation
public import LDAP

/// A service account of `ou=services` and its password.
public struct ServiceAccount: Sendable {
    public let dn: DN
    public let password: String
    /// Where the password is kept (mode 0600), for `-y`-style use by tools.
    public let passwordFile: URL

    public var credentials: LDAPCredentials { .simple(dn: dn, password: password) }
}

/// The service accounts every directory has.
public struct ServiceAccounts: Sendable {
    /// `cn=hak-akses-bridge`: writes operators and SIAK role groups.
    public let bridge: ServiceAccount
    /// `cn=siak-server`: reads operators and groups, never passwords.
    public let siakServer: ServiceAccount
    /// `cn=replicator`: reads everything, for the other providers.
    public let replicator: ServiceAccount
    /// `cn=staff-admin`: adds officials under `ou=staff` and sets their workflow groups, for `hakakses staff` against
    /// a directory that is not the embedded one. Nil for a directory made before it existed.
    public let staffAdmin: ServiceAccount?

    init(bridge: ServiceAccount, siakServer: ServiceAccount, replicator: ServiceAccount, staffAdmin: ServiceAccount?) {
        self.bridge = bridge
        self.siakServer = siakServer
        self.replicator = replicator
        self.staffAdmin = staffAdmin
    }

    static func generate(baseDN: DN) throws(LocalDirectoryError) -> ServiceAccounts {
        let services = baseDN.child("ou", "services")
        func account(_ name: String) -> ServiceAccount {
            ServiceAccount(
                dn: services.child("cn", name), password: randomSecret(),
                passwordFile: URL(fileURLWithPath: "/dev/null"))
        }
        return ServiceAccounts(
            bridge: account("hak-akses-bridge"), siakServer: account("siak-server"), replicator: account("replicator"),
            staffAdmin: account("staff-admin"))
    }

    /// The same passwords, filed under `folder`.
    func stored(in folder: URL) -> ServiceAccounts {
        func move(_ account: ServiceAccount) -> ServiceAccount {
            let name = account.dn.rdn?.value ?? "account"
            return ServiceAccount(dn: account.dn, password: account.password, passwordFile: folder.appendingPathComponent("\(name).password"))
        }
        return ServiceAccounts(bridge: move(bridge), siakServer: move(siakServer), replicator: move(replicator),
                               staffAdmin: staffAdmin.map(move))
    }

    /// Writes each password to its file, readable by the owner only.
    func write() throws(LocalDirectoryError) {
        for account in [bridge, siakServer, replicator] + (staffAdmin.map { [$0] } ?? []) {
            let path = account.passwordFile.path
            guard FileManager.default.createFile(
                atPath: path, contents: Data(account.password.utf8), attributes: [.posixPermissions: 0o600])
            else { throw .io("cannot write \(path)") }
        }
    }

    /// Reads the passwords back from `folder` (for an instance started by another process).
    static func load(baseDN: DN, from folder: URL) throws(LocalDirectoryError) -> ServiceAccounts {
        let services = baseDN.child("ou", "services")
        func account(_ name: String) throws(LocalDirectoryError) -> ServiceAccount {
            let file = folder.appendingPathComponent("\(name).password")
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw .io("cannot read \(file.path); was the directory created by hak-akses?")
            }
            return ServiceAccount(dn: services.child("cn", name), password: String(decoding: data, as: UTF8.self), passwordFile: file)
        }
        let staffAdmin = FileManager.default.fileExists(atPath: folder.appendingPathComponent("staff-admin.password").path)
            ? try account("staff-admin") : nil
        return ServiceAccounts(
            bridge: try account("hak-akses-bridge"), siakServer: try account("siak-server"), replicator: try account("replicator"),
            staffAdmin: staffAdmin)
    }
}

/// A random secret of letters and digits (about 190 bits).
func randomSecret(length: Int = 32) -> String {
    let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
    var generator = SystemRandomNumberGenerator()
    return String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
}

/// What `instance.json` holds.
struct InstanceRecord: Codable {
    var pid: Int32?
    var port: Int
    var serverID: Int
    var baseDN: String
    var ldapURI: String
    var ldapiURI: String

    func write(to url: URL) throws(LocalDirectoryError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do { try encoder.encode(self).write(to: url, options: .atomic) } catch {
            throw .io("cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    static func read(from url: URL) throws(LocalDirectoryError) -> InstanceRecord {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .io("no directory instance at \(url.deletingLastPathComponent().path) (missing instance.json)")
        }
        do { return try JSONDecoder().decode(InstanceRecord.self, from: data) } catch {
            throw .io("\(url.path) is damaged: \(error.localizedDescription)")
        }
    }
}
