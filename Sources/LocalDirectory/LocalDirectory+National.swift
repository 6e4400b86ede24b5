public import Foundation
public import LDAP

/// One office's subtree of a national directory: `ou=<region code>,<suffix>`, with its own bridge and SIAK-server
/// accounts (the policies and the replicator are national).
public struct NationalOffice: Sendable {
    public let regionCode: String
    /// `ou=<region code>,<suffix>`: the base DN the office's hak-akses is configured with.
    public let baseDN: DN
    /// `cn=hak-akses-bridge,ou=services,<office>`: writes this office's operators and SIAK groups only.
    public let bridge: ServiceAccount
    /// `cn=siak-server,ou=services,<office>`: reads this office's operators and groups only.
    public let siakServer: ServiceAccount
    /// `cn=staff-admin,ou=services,<office>`: manages this office's officials and workflow groups only.
    public let staffAdmin: ServiceAccount?
}

extension LocalDirectory {
    /// The national directory (issue 21): `providers` providers and `consumers` consumers with the national suffix
    /// `configuration.baseDN` (e.g. `dc=dukcapil,dc=kemendagri,dc=go,dc=id`), no office yet. Its `serviceAccounts`
    /// are the national ones: the replicator and the national SIAK server (`siakServer`), which reads every office;
    /// its `bridge` account is never created (each office has its own).
    public static func createNational(
        providers: Int = 1, consumers: Int = 0, _ configuration: LocalDirectoryConfiguration, in parent: URL? = nil
    ) async throws(LocalDirectoryError) -> [LocalDirectory] {
        try await makeCluster(providers: providers, consumers: consumers, configuration, in: parent, detached: false, national: true)
    }

    /// Adds the subtree of the office of `region` (a Kemendagri code such as `62.08`) to this national directory
    /// (a provider; the others receive it by replication): the tree of `dit.ldif` under `ou=<region>,<suffix>`
    /// without the national parts, with new secrets for the office's bridge and SIAK-server accounts (kept in
    /// `secrets/offices/<region>/`).
    public func addOffice(region: String, name: String) async throws(LocalDirectoryError) -> NationalOffice {
        guard !region.isEmpty, region.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else {
            throw .io("region code '\(region)': digits and dots only, e.g. 62.08")
        }
        let templates = try LDIFTemplates.locate(configuration.ldifDirectory)
        let national = configuration.baseDN
        let office = national.child("ou", region)
        let services = office.child("ou", "services")
        let folder = self.folder.appendingPathComponent("secrets/offices/\(region)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .io("cannot create \(folder.path): \(error.localizedDescription)")
        }
        let accounts = ServiceAccounts(
            bridge: ServiceAccount(dn: services.child("cn", "hak-akses-bridge"), password: randomSecret(),
                                   passwordFile: folder.appendingPathComponent("hak-akses-bridge.password")),
            siakServer: ServiceAccount(dn: services.child("cn", "siak-server"), password: randomSecret(),
                                       passwordFile: folder.appendingPathComponent("siak-server.password")),
            replicator: serviceAccounts.replicator,
            staffAdmin: ServiceAccount(dn: services.child("cn", "staff-admin"), password: randomSecret(),
                                       passwordFile: folder.appendingPathComponent("staff-admin.password")))
        for account in [accounts.bridge, accounts.siakServer] + (accounts.staffAdmin.map { [$0] } ?? []) {
            guard FileManager.default.createFile(atPath: account.passwordFile.path, contents: Data(account.password.utf8),
                                                 attributes: [.posixPermissions: 0o600])
            else { throw .io("cannot write \(account.passwordFile.path)") }
        }
        // The office's tree is dit.ldif's, rendered under the office's DN; the suffix entry becomes the office's
        // organizationalUnit, and the national parts (policies, replicator) are left out.
        let text = try templates.render("dit.ldif", [
            "BASE_DN": office.description, "BASE_DC": "", "OFFICE_NAME": name, "REGION_CODE": region,
            "BRIDGE_PASSWORD": accounts.bridge.password, "SIAK_SERVER_PASSWORD": accounts.siakServer.password,
            "REPLICATOR_PASSWORD": "", "STAFF_ADMIN_PASSWORD": accounts.staffAdmin?.password ?? "",
        ]).replacingOccurrences(of: "pwdPolicySubentry: cn=services,ou=policies,\(office)",
                                with: "pwdPolicySubentry: cn=services,ou=policies,\(national)")
        let records: [LDIFRecord]
        do { records = try LDIF.parse(text) } catch { throw .ldif(error) }
        let policies = office.child("ou", "policies")
        let replicator = services.child("cn", "replicator")
        var writes: [LDAPWrite] = [.add(office, [
            LDAPAttribute("objectClass", "organizationalUnit", "siakOffice"), LDAPAttribute("ou", region),
            LDAPAttribute("description", name), LDAPAttribute("siakRegionCode", region),
        ])]
        for record in records {
            guard case .add(let dn, _) = record else { continue }
            if dn == office || dn == replicator || dn.isWithin(policies) { continue }
            writes.append(record.write)
        }
        do {
            let admin = try await adminConnection()
            for write in writes { try await admin.perform(write) }
            await admin.close()
        } catch {
            throw .ldap(error)
        }
        return NationalOffice(regionCode: region, baseDN: office, bridge: accounts.bridge, siakServer: accounts.siakServer,
                              staffAdmin: accounts.staffAdmin)
    }
}
