import AccessStore
import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import LocalDirectory
import OfficeService

/// A store, an SK of N invented operators, and a bridge to a local directory.
struct BenchOffice {
    let directory: LocalDirectory
    let store: AccessStore
    let storeFile: URL
    let keyFile: URL
    let sop: SOPDefinition
    let bridge: Bridge

    init(_ directory: LocalDirectory, transactionSize: Int = 500, window: Int = 64, safety: TransactionSafety = .guarded) throws {
        self.directory = directory
        guard let sopFile = Self.locate("config/sop/sukamara.yaml") else { throw BenchError("cannot find config/sop/sukamara.yaml") }
        sop = try SOPDefinition(yaml: String(contentsOf: sopFile, encoding: .utf8))
        storeFile = directory.folder.appendingPathComponent("bench.sqlite")
        keyFile = directory.folder.appendingPathComponent("bench.key")
        let key = FileManager.default.fileExists(atPath: keyFile.path)
            ? try AuditKey(contentsOf: keyFile) : try AuditKey.generate(at: keyFile)
        store = try AccessStore(path: storeFile.path, key: key)
        var options = directory.connectionOptions()
        options.transactionSafety = safety
        let account = directory.serviceAccounts.bridge
        bridge = Bridge(store: store, sop: sop, layout: DirectoryLayout(baseDN: directory.baseDN),
                        settings: BridgeSettings(transactionSize: transactionSize, window: window)) { [options] () async throws(LDAPError) in
            try await LDAPConnection.connect(options, credentials: account.credentials)
        }
    }

    /// A valid NIP for invented person `i` (distinct for every i below 4 million), appointed at 20 to 24 years of
    /// age so that no identity warning asks for a confirmation.
    static func nip(_ i: Int) -> String {
        let day = 1 + i % 28, month = 1 + (i / 28) % 12, year = 1960 + (i / 336) % 40, sequence = 1 + (i / 13_440) % 999
        return String(format: "%04d%02d%02d%04d%02d%d%03d", year, month, day, year + 21 + i % 4, 1 + i % 12, 1 + i % 2, sequence)
    }

    /// `count` invented people; `offset` gives a disjoint set of the same shape.
    static func people(_ count: Int, offset: Int = 0) throws -> [(Person, SIAKRoleID)] {
        let roles: [SIAKRoleID] = ["operator", "operator", "operator", "verifikator", "administrator"]
        return try (offset..<offset + count).map { i in
            (try Person(name: try PersonName("OPERATOR SIAK \(i)"), nip: try NIP(nip(i)), nik: nil), roles[i % roles.count])
        }
    }

    /// Imports one SK with these people, in force since yesterday, confirmed by the Kadis (four eyes).
    func importDecree(_ people: [(Person, SIAKRoleID)], number: String = "800/1/Dukcapil/2026") throws {
        try Self.importDecree(people, number: number, into: store, sop: sop)
    }

    /// ``importDecree(_:number:)`` into any office's store.
    static func importDecree(_ people: [(Person, SIAKRoleID)], number: String, into store: AccessStore, sop: SOPDefinition) throws {
        let today = CivilDate(Date(), offset: sop.office.utcOffset)
        let decree = try Decree(
            number: try DecreeNumber(number), title: "Pengelolaan Aplikasi SIAK", signedOn: today.adding(days: -2), effectiveFrom: today.adding(days: -1),
            signer: Decree.Signer(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP("19650218 198705 1 003")),
            grants: try people.map { try Grant(person: $0.0, roles: [$0.1], workUnit: "Bidang PIAK") })
        let actor = try WorkflowActor(uid: "sekretaris", displayName: "SEKRETARIS", nip: try NIP("19700101 199503 1 001"), roles: ["sekretaris"])
        let now = Date()
        try store.execute(.importDecree(decree, note: "benchmark"), by: actor, at: now, sop: sop)
        let kadis = try WorkflowActor(uid: "kadis", displayName: "KEPALA DINAS", nip: try NIP("19650218 198705 1 003"), roles: ["kadis"])
        let scan = try Evidence(sha256: String(repeating: "5a", count: 32), fileName: "sk.pdf")
        try store.execute(.confirmDecree(decree.number, scan: scan, note: "benchmark"), by: kadis, at: now, sop: sop)
    }

    /// Appends `count` system records about the SK's people, one per person and event as the version before
    /// batched bookkeeping wrote them (a username, then a completed sync): the history of an office whose log has
    /// grown for years, so that benchmarks run on a log of that length.
    func appendHistory(_ count: Int, people: Int) throws {
        var written = 0
        while written < count {
            let chunk = min(5_000, count - written)
            try store.transaction { tx in
                for index in written..<written + chunk {
                    let person = "nip:\(Self.nip(index / 2 % max(people, 1)))"
                    if index % 2 == 0 {
                        try tx.append(kind: "account.assigned", actor: "hak-akses-bridge", subject: person,
                                      payload: ["username": "operator.siak\(index / 2)"])
                    } else {
                        try tx.append(kind: "sync.applied", actor: "hak-akses-bridge", subject: person,
                                      payload: ["reason": "SK 800/1/Dukcapil/2026 takes effect", "person": person])
                    }
                }
            }
            written += chunk
        }
    }

    /// A config file for running the `hakakses` CLI against this office.
    func configFile(sop sopPath: String) throws -> URL {
        let file = directory.folder.appendingPathComponent("bench-config.yaml")
        try """
            sop: \(sopPath)
            database: \(storeFile.path)
            auditKey: \(keyFile.path)
            directory:
              uris: [\(directory.ldapURI)]
              baseDN: \(directory.baseDN)
              bridgeDN: \(directory.serviceAccounts.bridge.dn)
              bridgePasswordFile: \(directory.serviceAccounts.bridge.passwordFile.path)
            reconcile:
              maxChangePercent: 100
            """.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static func locate(_ relative: String) -> URL? { ShippedFiles.locate(relative) }
}
