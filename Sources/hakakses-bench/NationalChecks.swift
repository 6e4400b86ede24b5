import AccessWorkflow
import Crypto
import DirectorySync
import Foundation
import LDAP
import LocalDirectory

/// What the national simulation checks on the servers once the load is over.
enum NationalChecks {
    /// Attributes a server computes for itself on reading; everything else (entryUUID, entryCSN, the password
    /// policy's state, `contextCSN`, the stored members) must be the same on every server.
    static let computed: Set<String> = ["hassubordinates", "entrydn", "subschemasubentry", "numsubordinates"]

    struct Dump: Sendable, Equatable {
        let entries: Int
        let digest: String
        let contextCSN: [String]
        let lines: [String]
    }

    /// Every entry under `suffix` with all user and operational attributes (less ``computed``), each rendered with its
    /// attributes and values sorted, the entries sorted by DN: as two `slapcat`s sorted and compared would show.
    static func dump(_ server: LocalDirectory, suffix: DN) async throws -> Dump {
        let admin = try await server.adminConnection()
        defer { Task { await admin.close() } }
        let entries = try await admin.pagedSearch(SearchRequest(base: suffix, scope: .subtree, filter: .present("objectClass"),
                                                                attributes: ["*", "+"]), pageSize: 1000).collect()
        var lines: [String] = []
        var csn: [String] = []
        for entry in entries {
            var parts: [String] = []
            for attribute in entry.attributes where !computed.contains(attribute.name.lowercased()) {
                let values = attribute.values.map { $0.string ?? "<\($0.bytes.count) bytes>" }.sorted()
                parts.append("\(attribute.name.lowercased()): \(values.joined(separator: " | "))")
                if attribute.name.lowercased() == "contextcsn", (try? DN(parsing: entry.dn)) == suffix { csn = values }  // try?: a DN slapd sent that does not parse is not the suffix
            }
            lines.append("dn: \(entry.dn.lowercased())\n" + parts.sorted().joined(separator: "\n"))
        }
        lines.sort()
        let digest = SHA256.hash(data: Data(lines.joined(separator: "\n\n").utf8)).map { String(format: "%02x", $0) }.joined()
        return Dump(entries: entries.count, digest: digest, contextCSN: csn, lines: lines)
    }

    /// Waits until every server's dump is the same (at most `timeout`); the dumps of the last round.
    static func waitForIdentical(_ servers: [LocalDirectory], suffix: DN, timeout: Duration) async throws -> (dumps: [Dump], waited: Duration) {
        let start = ContinuousClock.now
        while true {
            var dumps: [Dump] = []
            for server in servers { dumps.append(try await dump(server, suffix: suffix)) }
            let same = dumps.allSatisfy { $0.digest == dumps[0].digest }
            if same || ContinuousClock.now - start > timeout { return (dumps, ContinuousClock.now - start) }
            try await Task.sleep(for: .seconds(1))
        }
    }

    /// The first lines where two dumps differ, for the report.
    static func difference(_ a: Dump, _ b: Dump, limit: Int = 5) -> [String] {
        let left = Set(a.lines), right = Set(b.lines)
        return Array((left.subtracting(right).map { "only on the first:\n\($0)" } + right.subtracting(left).map { "only on the second:\n\($0)" })
            .sorted().prefix(limit))
    }

    /// Usernames held by more than one entry under the suffix (compared as slapd does, ignoring case).
    static func duplicateUsernames(_ server: LocalDirectory, suffix: DN) async throws -> (accounts: Int, duplicates: [String]) {
        let admin = try await server.adminConnection()
        defer { Task { await admin.close() } }
        let entries = try await admin.pagedSearch(SearchRequest(base: suffix, scope: .subtree, filter: .equal("objectClass", "siakAccount"),
                                                                attributes: ["uid"]), pageSize: 1000).collect()
        var count: [String: Int] = [:]
        for entry in entries { for uid in entry.strings("uid") { count[uid.lowercased(), default: 0] += 1 } }
        return (entries.count, count.filter { $0.value > 1 }.keys.sorted())
    }

    /// Managed operators of each office, as one server holds them.
    static func operatorsPerOffice(_ server: LocalDirectory, offices: [NationalBenchOffice]) async throws -> [Int] {
        let admin = try await server.adminConnection()
        defer { Task { await admin.close() } }
        var counts: [Int] = []
        for office in offices {
            let entries = try await admin.pagedSearch(SearchRequest(
                base: office.bridge.layout.operators, scope: .oneLevel, filter: .equal("siakManagedBy", DirectoryLayout.managedMarker),
                attributes: ["1.1"]), pageSize: 1000).collect()
            counts.append(entries.count)
        }
        return counts
    }

    /// Each office's bridge tries to write into the next office's subtree (an operator added, a SIAK group given a
    /// member, an operator unlocked); slapd must refuse every one. Returns the writes that were not refused.
    static func crossOfficeWrites(_ offices: [NationalBenchOffice], provider: LocalDirectory) async throws -> (tried: Int, accepted: [String]) {
        guard offices.count > 1 else { return (0, []) }
        var accepted: [String] = []
        var tried = 0
        for (index, office) in offices.enumerated() {
            let other = offices[(index + 1) % offices.count]
            let connection = try await provider.connect(as: office.office.bridge)
            let intruder = other.bridge.layout.operators.child("uid", "penyusup\(index)")
            let someone = try await connection.search(base: other.bridge.layout.operators, scope: .oneLevel,
                                                      filter: .present("uid"), attributes: ["uid"]).first?.parsedDN
            var writes: [(String, LDAPWrite)] = [
                ("add \(intruder)", .add(intruder, [LDAPAttribute("objectClass", "inetOrgPerson", "siakAccount"), LDAPAttribute("uid", "penyusup\(index)"),
                                                    LDAPAttribute("cn", "Penyusup"), LDAPAttribute("sn", "Penyusup")])),
                ("member of \(other.bridge.layout.siakGroup("administrator"))",
                 .modify(other.bridge.layout.siakGroup("administrator"), [.add("member", office.bridge.layout.operators.child("uid", "x").description)])),
            ]
            if let someone { writes.append(("unlock \(someone)", .modify(someone, [.delete("pwdAccountLockedTime")]))) }
            for (what, write) in writes {
                tried += 1
                do {
                    try await connection.perform(write)
                    accepted.append("office \(office.office.regionCode): \(what)")
                } catch {
                    // Anything but "insufficient access" (even "no such attribute") means slapd looked further than the
                    // rules allow.
                    if error.code != .insufficientAccessRights { accepted.append("office \(office.office.regionCode): \(what): \(error.code.name)") }
                }
            }
            await connection.close()
        }
        return (tried, accepted)
    }
}
