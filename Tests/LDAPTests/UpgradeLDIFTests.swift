import Foundation
import LDAP
import LocalDirectory
import Testing

/// The upgrade LDIFs (`ldif/upgrade/`), applied as the README says (`ldapmodify -Y EXTERNAL -H ldapi:/// -f …`, in the
/// order they were published) to a directory set up from the `ldif/` of before the first of them (kept in
/// `Tests/Fixtures/ldif-before-upgrades`, from the commit before `audit-anchor.ldif`), must leave the same access rules,
/// overlays, schema and service accounts as a directory set up from today's `ldif/`. An upgrade file with a wrong rule
/// number, a forgotten change of `config.ldif` without an upgrade file, or a file that no longer applies fails here.
@Suite("Upgrade LDIFs bring an old directory to today's configuration")
struct UpgradeLDIFTests {
    /// In the order they were published (git log of `ldif/upgrade/`); README lists the same order.
    static let upgrades = [
        "audit-anchor.ldif", "staff-authority.ldif", "pwdreset-hidden.ldif", "consumer-lockout.ldif", "pwdhistory-hidden.ldif",
        "staff-admin.ldif", "no-sync-checkpoint.ldif",
    ]

    static var root: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }

    @Test func everyUpgradeInOrderGivesTheConfigurationOfANewDirectory() async throws {
        // Every file in ldif/upgrade/ is in the list, so a new one cannot be forgotten here.
        let shipped = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("ldif/upgrade").path)
            .filter { $0.hasSuffix(".ldif") }.sorted()
        #expect(shipped == Self.upgrades.sorted(), "ldif/upgrade/ holds \(shipped); add a new upgrade to UpgradeLDIFTests.upgrades and README's list")

        var old = LocalDirectoryConfiguration()
        old.ldifDirectory = Self.root.appendingPathComponent("Tests/Fixtures/ldif-before-upgrades")
        let upgraded = try await LocalDirectory.create(old)
        let fresh: LocalDirectory
        do { fresh = try await LocalDirectory.create() } catch {
            await upgraded.destroy()
            throw error
        }
        do {
            try await compare(upgraded: upgraded, fresh: fresh)
        } catch {
            await upgraded.destroy()
            await fresh.destroy()
            throw error
        }
        await upgraded.destroy()
        await fresh.destroy()
    }

    private func compare(upgraded: LocalDirectory, fresh: LocalDirectory) async throws {
        let before = try await configuration(upgraded)
        #expect(before != (try await configuration(fresh)), "the fixture is today's configuration already: it tests nothing")
        for name in Self.upgrades {
            let file = Self.root.appendingPathComponent("ldif/upgrade/\(name)").path
            let result = try await ldapmodify(upgraded, file)
            #expect(result.status == 0, "\(name): ldapmodify exited \(result.status): \(result.output)")
        }
        let after = try await configuration(upgraded), expected = try await configuration(fresh)
        for key in Set(after.keys).union(expected.keys).sorted() where after[key] != expected[key] {
            Issue.record("""
                after the upgrades, \(key) differs from a new directory's:
                  upgraded: \(after[key] ?? [])
                  new:      \(expected[key] ?? [])
                """)
        }
        // Applying the last one again is harmless and says so (README: "no such attribute" means nothing to do).
        let again = try await ldapmodify(upgraded, Self.root.appendingPathComponent("ldif/upgrade/no-sync-checkpoint.ldif").path)
        #expect(again.status == 16, "\(again.output)")
    }

    /// What an upgrade must bring about, by the place it is kept: the database's access rules in order, each overlay's
    /// settings, the hak-akses schema, and which service accounts exist.
    private func configuration(_ directory: LocalDirectory) async throws -> [String: [String]] {
        let admin = try await directory.adminConnection()
        defer { Task { await admin.close() } }
        var result: [String: [String]] = [:]
        let config = try DN(parsing: "cn=config")
        for entry in try await admin.search(base: config, scope: .subtree, filter: .or([
            .equal("objectClass", "olcMdbConfig"), .equal("objectClass", "olcOverlayConfig"), .equal("objectClass", "olcSchemaConfig"),
        ]), attributes: ["*"]) {
            guard entry.dn.contains("{1}mdb") || entry.dn.contains("siak") else { continue }
            for attribute in entry.attributes where attribute.name.hasPrefix("olc") && !Self.local.contains(attribute.name) {
                result["\(entry.dn) \(attribute.name)"] = attribute.values.map { Self.collapsed(String(decoding: $0.bytes, as: UTF8.self)) }
            }
        }
        // Two ways of writing one configuration are made one before comparing (see ``canonicalRules`` and
        // ``expandingMacros``): the upgrade files cannot always write what today's files write.
        for key in result.keys where key.hasSuffix(" olcAccess") {
            result[key] = Self.canonicalRules(result[key] ?? [])
        }
        let macros = result.first { $0.key.hasSuffix(" olcObjectIdentifier") }?.value ?? []
        for key in result.keys where key.hasSuffix(" olcAttributeTypes") || key.hasSuffix(" olcObjectClasses") {
            result[key] = result[key]?.map { Self.expandingMacros($0, macros) }
        }
        let services = try await admin.search(base: directory.baseDN.child("ou", "services"), scope: .oneLevel, filter: .present("objectClass"), attributes: ["1.1"])
        result["ou=services entries"] = services.map(\.dn).sorted()
        return result
    }

    /// Settings that belong to each server (paths, sizes, ids), not to the configuration an upgrade brings.
    static let local: Set<String> = ["olcDbDirectory", "olcDbMaxSize", "olcSyncrepl", "olcMirrorMode", "olcMultiProvider"]

    /// Access rules with their numbers, where a rule that ends `by * break` and the rule after it name the same
    /// entries and attributes are one rule (the first's clauses, then the second's): slapd decides alike for both
    /// forms, since `break` goes on to the next rule that applies, which is that one. `staff-admin.ldif` adds the staff
    /// administrator as such rules in front of existing ones; today's `config.ldif` writes the merged rule.
    static func canonicalRules(_ rules: [String]) -> [String] {
        var merged: [(what: String, clauses: String)] = []
        for rule in rules {
            // "{n}to <what> by …"
            let body = rule.first == "{" ? String(rule.drop { $0 != "}" }.dropFirst()) : rule
            guard let by = body.range(of: " by ") else {
                merged.append((body, ""))
                continue
            }
            let what = String(body[..<by.lowerBound]), clauses = String(body[by.lowerBound...])
            if let last = merged.last, last.what == what, last.clauses.hasSuffix(" by * break") {
                merged[merged.count - 1].clauses = String(last.clauses.dropLast(" by * break".count)) + clauses
            } else {
                merged.append((what, clauses))
            }
        }
        return merged.enumerated().map { "{\($0.offset)}\($0.element.what)\($0.element.clauses)" }
    }

    /// A schema definition with every OID macro of `macros` (`olcObjectIdentifier` values such as
    /// "{1}hakAksesAttr hakAksesOID:1") written out: `audit-anchor.ldif` names its OIDs in full.
    static func expandingMacros(_ definition: String, _ macros: [String]) -> String {
        var table: [(name: String, value: String)] = []
        for macro in macros {
            let parts = (macro.first == "{" ? String(macro.drop { $0 != "}" }.dropFirst()) : macro).split(separator: " ")
            guard parts.count == 2 else { continue }
            var value = String(parts[1])
            for (name, expanded) in table where value.hasPrefix(name + ":") {
                value = expanded + "." + value.dropFirst(name.count + 1)
            }
            table.append((String(parts[0]), value))
        }
        var text = definition
        // Longest names first, so that "hakAksesAttr:" is not read as "hakAksesOID…".
        for (name, value) in table.sorted(by: { $0.name.count > $1.name.count }) {
            text = text.replacingOccurrences(of: "( \(name):", with: "( \(value).")
        }
        return text
    }

    /// One space for every run of white space (ldapmodify and slapd fold long values differently).
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Runs ldapmodify and waits for it without holding a thread of the cooperative pool (the other suites' slapd
    /// starts need them): its output goes to a file, its end is reported by the termination handler.
    private func ldapmodify(_ directory: LocalDirectory, _ file: String) async throws -> (status: Int32, output: String) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ldapmodify-\(UUID().uuidString).out")
        guard FileManager.default.createFile(atPath: output.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldapmodify")
        process.arguments = ["-Q", "-Y", "EXTERNAL", "-H", directory.ldapiURI, "-f", file]
        process.standardOutput = handle
        process.standardError = handle
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        try handle.close()
        return (status, try String(contentsOf: output, encoding: .utf8))
    }
}
