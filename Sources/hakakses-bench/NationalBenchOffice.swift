import AccessStore
import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import LocalDirectory

/// One office of the national simulation: its own database and audit key, and its own bridge writing its subtree of
/// the national directory through its own account, over every provider in turn (``ServerRotation``).
struct NationalBenchOffice: Sendable {
    let index: Int
    let office: NationalOffice
    let store: AccessStore
    let storeFile: URL
    let rotation: ServerRotation
    let bridge: Bridge

    init(index: Int, office: NationalOffice, providers: [LocalDirectory], suffix: DN, sop: SOPDefinition, folder: URL,
         timeout: Duration) throws {
        self.index = index
        self.office = office
        storeFile = folder.appendingPathComponent("office-\(office.regionCode).sqlite")
        let key = try AuditKey.generate(at: folder.appendingPathComponent("office-\(office.regionCode).key"))
        store = try AccessStore(path: storeFile.path, key: key)
        var options = providers[0].connectionOptions()
        options.uris = providers.map(\.ldapURI)
        options.networkTimeout = timeout
        // The answer timeout (below) is what leaves a frozen provider; this one only bounds a single long operation.
        options.operationTimeout = .seconds(60)
        let rotation = ServerRotation(options: options, answerTimeout: timeout)
        self.rotation = rotation
        let credentials = office.bridge.credentials
        bridge = Bridge(store: store, sop: sop, layout: DirectoryLayout(baseDN: office.baseDN, usernameScope: suffix),
                        settings: BridgeSettings(transactionSize: 200), rotation: rotation) { () async throws(LDAPError) in
            try await rotation.connect(credentials: credentials)
        }
    }

    /// The office's people: distinct NIPs across offices; every tenth has a name every office has too (BUDI SANTOSO
    /// with the same number), so that offices race for the same usernames, as offices with common names do.
    static func people(office: Int, count: Int) throws -> [(Person, SIAKRoleID)] {
        let roles: [SIAKRoleID] = ["operator", "operator", "operator", "verifikator", "administrator"]
        return try (0..<count).map { i in
            let name = i % 10 == 0 ? "BUDI SANTOSO \(i)" : "PEGAWAI\(office) SIAK \(i)"
            return (try Person(name: try PersonName(name), nip: try NIP(BenchOffice.nip(office * count + i)), nik: nil), roles[i % roles.count])
        }
    }

    /// Rows of the outbox not yet applied (due or waiting for a retry).
    func pending() throws -> Int { try store.outboxBacklog().pending }
}
