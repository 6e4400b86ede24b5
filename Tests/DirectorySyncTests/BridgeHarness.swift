import AccessStore
import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import LocalDirectory
import TestSupport
import WorkflowFixtures

/// A store in a temporary file, a real directory, and a bridge between them.
struct BridgeHarness {
    let directory: LocalDirectory
    let store: AccessStore
    let sop: SOPDefinition
    let file: URL
    /// The audit key file beside the store.
    let keyFile: URL
    let bridge: Bridge

    /// `rotation` (over the servers of a cluster whose first is `directory`) makes the bridge connect through it.
    /// `office`: an office's subtree of a national directory, written with that office's bridge account; new
    /// usernames free across the whole suffix.
    init(_ directory: LocalDirectory, sop name: String = "sukamara", settings: BridgeSettings = .init(transactionSize: 200),
         rotation: ServerRotation? = nil, office: NationalOffice? = nil) throws {
        self.directory = directory
        sop = try SyncFixtures.sop(name)
        file = FileManager.default.temporaryDirectory.appendingPathComponent("\(uniqueName("store")).sqlite")
        keyFile = file.deletingPathExtension().appendingPathExtension("key")
        store = try AccessStore(path: file.path, key: try AuditKey.generate(at: keyFile))
        let account = office?.bridge ?? directory.serviceAccounts.bridge
        let options = directory.connectionOptions()
        let layout = office.map { DirectoryLayout(baseDN: $0.baseDN, usernameScope: directory.baseDN) } ?? DirectoryLayout(baseDN: directory.baseDN)
        bridge = Bridge(store: store, sop: sop, layout: layout, settings: settings,
                        rotation: rotation) { () async throws(LDAPError) in
            if let rotation { return try await rotation.connect(credentials: account.credentials) }
            return try await LDAPConnection.connect(options, credentials: account.credentials)
        }
    }

    /// A bridge over the same database and directory as a new process would have it: nothing checked yet.
    func restartedBridge() throws -> Bridge {
        let cold = try AccessStore(path: file.path, key: try AuditKey(contentsOf: keyFile))
        let account = directory.serviceAccounts.bridge
        let options = directory.connectionOptions()
        return Bridge(store: cold, sop: sop, layout: bridge.layout, settings: bridge.settings) { () async throws(LDAPError) in
            try await LDAPConnection.connect(options, credentials: account.credentials)
        }
    }

    func remove() {
        for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: file.path + suffix) }
        try? FileManager.default.removeItem(at: keyFile)
    }

    var today: CivilDate { CivilDate(Date(), offset: sop.office.utcOffset) }

    /// Imports an SK in force since yesterday (or as given) through the workflow.
    @discardableResult
    func importDecree(_ number: String, _ people: [(Person, SIAKRoleID)], from: CivilDate? = nil, until: CivilDate? = nil, supersedes: [String] = []) throws -> Decree {
        let start = from ?? today.adding(days: -1)
        let decree = try Decree(
            number: try DecreeNumber(number), title: "Pengelolaan Aplikasi SIAK", signedOn: start.adding(days: -1),
            effectiveFrom: start, effectiveUntil: until,
            signer: Decree.Signer(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP("19650218 198705 1 003")),
            grants: try people.map { try Grant(person: $0.0, roles: [$0.1], workUnit: "Bidang PIAK") },
            supersedes: try supersedes.map { try DecreeNumber($0) })
        let at = Date()
        try store.execute(.importDecree(decree, note: "test", confirmations: Fixtures.nonASN(decree)), by: try SyncFixtures.sekretaris(), at: at, sop: sop)
        try store.execute(try FourEyesFixture.confirm(decree.number), by: try FourEyesFixture.confirmer(), at: at, sop: sop)
        return decree
    }

    /// The managed operator entries (uid → memberOf group cns, locked time) as the SIAK server sees them.
    func operators() async throws -> [String: (groups: Set<String>, locked: String?)] {
        let admin = try await adminConnection()
        let entries = try await admin.pagedSearch(SearchRequest(
            base: bridge.layout.operators, filter: .equal("siakManagedBy", "hak-akses"),
            attributes: ["uid", "memberOf", "pwdAccountLockedTime"])).collect()
        var result: [String: (Set<String>, String?)] = [:]
        for entry in entries {
            let groups = Set(entry.strings("memberOf").compactMap { try? DN(parsing: $0).rdn?.value })
            result[entry.string("uid") ?? ""] = (groups, entry.string("pwdAccountLockedTime"))
        }
        return result
    }

    /// Members of a managed group.
    func members(_ role: String) async throws -> [String] {
        let admin = try await adminConnection()
        let entry = try await admin.read(bridge.layout.siakGroup(role), attributes: ["member"])
        return (entry?.strings("member") ?? []).filter { !$0.isEmpty }
    }

    /// The local administrator's connection, tried up to five times over about two seconds when the connection
    /// cannot be made. These helpers poll while other suites and separate `hakakses` processes load the machine, and
    /// a connect over ldapi has twice failed there with "Can't contact LDAP server" (not reproduced since); a slapd
    /// that is really gone still fails the test.
    private func adminConnection() async throws -> LDAPConnection {
        var attempt = 0
        while true {
            do {
                return try await directory.adminConnection()
            } catch {
                if !error.isConnectionLost || attempt == 4 { throw error }
            }
            attempt += 1
            try await Task.sleep(for: .milliseconds(500))
        }
    }

    /// Pending outbox rows of everyone.
    func pending() throws -> Int { try store.dueOutbox(now: Date().addingTimeInterval(86_400 * 365), limit: 100_000).count }
}

extension Array where Element == Person {
    static func people(_ range: Range<Int>) throws -> [Person] { try range.map { try SyncFixtures.person($0) } }
}
