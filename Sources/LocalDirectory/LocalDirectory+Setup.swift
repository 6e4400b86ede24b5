import Foundation
import LDAP

/// Rendering of the `ldif/` templates and loading of the tree.
extension LocalDirectory {
    func configTokens(_ templates: LDIFTemplates) throws(LocalDirectoryError) -> [String: String] {
        guard let first = configuration.baseDN.rdn?.avas.first, first.type.lowercased() == "dc", let dc = first.value.string else {
            throw .io("the base DN '\(configuration.baseDN)' must start with a dc= RDN, e.g. dc=sukamarakab,dc=go,dc=id")
        }
        let admin = Self.adminDN
        return [
            "RUN_DIR": folder.appendingPathComponent("run").path,
            "DATA_DIR": folder.appendingPathComponent("data").path,
            "SERVER_ID": String(serverID),
            "LOG_LEVEL": configuration.logLevel,
            "SIZE_LIMIT": String(configuration.sizeLimit),
            "MODULE_PATH": configuration.modulePath,
            "ARGON2_PARAMS": configuration.argon2Parameters,
            "SCHEMA_DIR": configuration.schemaDirectory,
            "LDIF_DIR": templates.directory.path,
            "ADMIN_DN": admin,
            "BASE_DN": configuration.baseDN.description,
            "BASE_DC": dc,
            "DB_MAX_SIZE": String(configuration.databaseMaxSize),
        ]
    }

    /// The authorization DN of this process's user over ldapi (peer credentials).
    static var adminDN: String {
        "gidNumber=\(getgid())+uidNumber=\(getuid()),cn=peercred,cn=external,cn=auth"
    }

    func treeTokens() -> [String: String] {
        [
            "BASE_DN": configuration.baseDN.description,
            "BASE_DC": configuration.baseDN.rdn?.value ?? "",
            "OFFICE_NAME": configuration.officeName,
            "REGION_CODE": configuration.regionCode,
            "BRIDGE_PASSWORD": serviceAccounts.bridge.password,
            "SIAK_SERVER_PASSWORD": serviceAccounts.siakServer.password,
            "REPLICATOR_PASSWORD": serviceAccounts.replicator.password,
            "STAFF_ADMIN_PASSWORD": serviceAccounts.staffAdmin?.password ?? "",
        ]
    }

    func tlsTokens(_ tls: TLSMaterial) -> [String: String] {
        ["TLS_CA_FILE": tls.caFile, "TLS_CERTIFICATE_FILE": tls.certificateFile, "TLS_KEY_FILE": tls.keyFile]
    }

    func replicationTokens(_ others: [LocalDirectory]) -> [String: String] {
        let base = configuration.baseDN.description
        let values = others.map { other in
            "olcSyncrepl: rid=\(String(format: "%03d", other.serverID)) provider=\(other.ldapURI) "
                + "bindmethod=simple binddn=\"cn=replicator,ou=services,\(base)\" "
                + "credentials=\(serviceAccounts.replicator.password) searchbase=\"\(base)\" "
                + "type=refreshAndPersist retry=\"1 +\" timeout=3 network-timeout=3" + syncreplTLS
        }
        return ["SYNCREPL_VALUES": values.joined(separator: "\n"), "BASE_DN": base, "SERVER_ID": String(serverID)]
    }

    /// With TLS material: StartTLS required on every replication and chain connection, the peer's certificate checked
    /// against the CA (` starttls=critical tls_cacert=… tls_reqcert=demand`); nothing without it.
    private var syncreplTLS: String {
        guard let tls = configuration.tls else { return "" }
        return " starttls=critical tls_cacert=\"\(tls.caFile)\" tls_reqcert=demand"
    }

    /// The tokens of `consumer.ldif` for this directory as a consumer of `providers`.
    func consumerTokens(_ providers: [LocalDirectory]) -> [String: String] {
        var tokens = replicationTokens(providers)
        let base = configuration.baseDN.description
        let chainTLS = configuration.tls.map { "\nolcDbStartTLS: start tls_cacert=\"\($0.caFile)\" tls_reqcert=demand" } ?? ""
        tokens["CHAIN_DATABASES"] = providers.enumerated().map { index, provider in
            """
            dn: olcDatabase={\(index)}ldap,olcOverlay={0}chain,olcDatabase={-1}frontend,cn=config
            changetype: add
            objectClass: olcLDAPConfig
            objectClass: olcChainDatabase
            olcDatabase: {\(index)}ldap
            olcDbURI: \(provider.ldapURI)
            olcDbIDAssertBind: bindmethod=simple binddn="cn=replicator,ou=services,\(base)" credentials=\(serviceAccounts.replicator.password) mode=none\(syncreplTLS)\(chainTLS)
            olcDbNetworkTimeout: 2
            olcDbTimeout: 3
            """
        }.joined(separator: "\n\n")
        tokens["UPDATE_REFS"] = providers.map { "olcUpdateRef: \($0.ldapURI)" }.joined(separator: "\n")
        return tokens
    }

    /// Applies a change-record template as the local administrator.
    func apply(_ templates: LDIFTemplates, _ name: String, _ tokens: [String: String]) async throws(LocalDirectoryError) {
        let text = try templates.render(name, tokens)
        let records: [LDIFRecord]
        do { records = try LDIF.parse(text) } catch { throw .ldif(error) }
        do {
            let admin = try await adminConnection()
            for record in records { try await admin.perform(record.write) }
            await admin.close()
        } catch {
            throw .ldap(error)
        }
    }

    /// Adds the entries of `dit.ldif` (base, OUs, policies, service accounts, groups).
    func loadTree(_ templates: LDIFTemplates) async throws(LocalDirectoryError) {
        try await apply(templates, "dit.ldif", treeTokens())
    }

    /// Waits until `dn` exists here (it arrives by replication).
    func waitForEntry(_ dn: DN, timeout: Duration = .seconds(30)) async throws(LocalDirectoryError) {
        let deadline = ContinuousClock.now + timeout
        var last: LDAPError?
        while ContinuousClock.now < deadline {
            do {
                let admin = try await adminConnection()
                let found = try await admin.read(dn, attributes: ["1.1"])
                await admin.close()
                if found != nil { return }
            } catch {
                last = error
            }
            try? await Task.sleep(for: .milliseconds(50))  // try?: a polling pause; cancellation only ends the wait sooner
        }
        throw .notReady("\(dn) did not replicate to provider \(serverID) within \(timeout)\(last.map { " (\($0))" } ?? "")", log: tailOfLog())
    }

    /// `instance.json`: what `hakakses directory status|stop` need to find this instance.
    func writeInstanceRecord() throws(LocalDirectoryError) {
        let record = InstanceRecord(
            pid: pid, port: port, serverID: serverID, baseDN: configuration.baseDN.description,
            ldapURI: ldapURI, ldapiURI: ldapiURI)
        try record.write(to: folder.appendingPathComponent("instance.json"))
    }
}
