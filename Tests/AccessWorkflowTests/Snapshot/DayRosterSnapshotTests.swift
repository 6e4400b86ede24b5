import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// A day roster kept beside a checkpoint must read back as exactly the roster and departures computed from the state,
/// whatever the office's roster source, and bytes that are cut, reordered or of another layout are refused.
@Suite("Day roster snapshots")
struct DayRosterSnapshotTests {
    /// Sukamara (SKs) on days before, during and after the SKs of ``SnapshotTests/richState()``, and with people
    /// whose identities contradict each other; Mojokerto (requests) with a completed request.
    static func rosters() throws -> [DayRoster] {
        let rich = try SnapshotTests.richState()
        var rosters = try ["2025-01-02", "2025-02-01", "2026-01-05"].map { DayRoster(state: rich, on: try CivilDate(iso: $0)) }
        var conflicting = Office(try Fixtures.sukamara())
        let cast = try SukamaraCast()
        let budiOtherNIK = try People.person("Budi Santoso", nip: "19900115 201503 1 002", nik: "6208021501900005")
        let budiOtherName = try People.person("Bambang Santoso", nip: "19900115 201503 1 002")
        let rinaNIP1 = try People.person("Rina Lestari", nip: "19950705 202001 2 001", nik: "6208024507950002")
        let rinaNIP2 = try People.person("Rina Lestari", nip: "19950705 202001 2 002", nik: "6208024507950002")
        // An SK names a person once: the contradicting rows come in SKs of their own.
        let lists = [[try People.budi(), try People.siti(), rinaNIP1], [budiOtherNIK], [budiOtherName], [rinaNIP2]]
        for (index, people) in lists.enumerated() {
            let grants = try people.map { try Grant(person: $0, roles: ["operator"], workUnit: "Seksi SIAK") }
            try conflicting.importInForce(.importDecree(try SnapshotTests.decree("400/\(index + 1)/2025", grants: grants), note: "lampiran"),
                                by: cast.adb)
        }
        rosters.append(DayRoster(state: conflicting.state, on: try CivilDate(iso: "2025-02-01")))
        var mojokerto = Office(try Fixtures.mojokerto())
        try MojokertoCast().complete(&mojokerto)
        rosters.append(DayRoster(state: mojokerto.state, on: try CivilDate(iso: "2025-03-01")))
        return rosters
    }

    @Test("Rosters with SK and request bases, end dates, conflicts and every kind of departure read back equal")
    func roundTrip() throws {
        let rosters = try Self.rosters()
        // What the cases cover, so that a fixture change cannot make the test vacuous.
        let departures = rosters.flatMap { $0.departures.reasons.values }
        #expect(departures.contains { if case .revoked = $0 { true } else { false } })
        #expect(departures.contains { if case .expired = $0 { true } else { false } })
        #expect(departures.contains { if case .superseded = $0 { true } else { false } })
        #expect(departures.contains { if case .notYetEffective = $0 { true } else { false } })
        #expect(rosters.contains { !$0.roster.conflicts.isEmpty })
        #expect(rosters.contains { $0.roster.entries.contains { $0.basis.contains { if case .request = $0 { true } else { false } } } })
        #expect(rosters.contains { $0.roster.entries.contains { $0.endDate != nil } })
        #expect(rosters.contains { $0.roster.entries.contains { $0.person.uid != nil } })
        #expect(rosters.contains { $0.roster.entries.contains { $0.roles.count > 1 } })
        for roster in rosters {
            let back = try roster.snapshot().withUnsafeBytes { try DayRoster(snapshot: $0) }
            #expect(back == roster)
            #expect(back.date == roster.date)
            // The read-back roster finds people as the original does.
            for entry in roster.roster.entries { #expect(back.roster.entry(for: entry.key) == entry) }
        }
    }

    @Test("Equal rosters give equal bytes")
    func deterministic() throws {
        #expect(try Self.rosters().map { $0.snapshot() } == (try Self.rosters()).map { $0.snapshot() })
    }

    @Test("Cut, extended, reordered or foreign bytes are refused with a reason, never read as a roster")
    func refused() throws {
        let roster = try #require(try Self.rosters().max { $0.roster.entries.count < $1.roster.entries.count })
        #expect(roster.roster.entries.count >= 3 && !roster.departures.reasons.isEmpty)
        let bytes = roster.snapshot()
        for cut in [0, 1, 3, bytes.count / 2, bytes.count - 1] {
            #expect(throws: SnapshotError.self) { try Array(bytes.prefix(cut)).withUnsafeBytes { try DayRoster(snapshot: $0) } }
        }
        #expect(throws: SnapshotError.self) { try (bytes + [0]).withUnsafeBytes { try DayRoster(snapshot: $0) } }
        var newer = bytes
        newer[0] = UInt8(DayRoster.snapshotVersion + 1)
        let error = #expect(throws: SnapshotError.self) { try newer.withUnsafeBytes { try DayRoster(snapshot: $0) } }
        #expect(error == .version(found: DayRoster.snapshotVersion + 1, expected: DayRoster.snapshotVersion))
        // Two entries swapped: the binary search would miss people, so the order is checked.
        let entries = roster.roster.entries
        var swapped = entries
        swapped.swapAt(0, entries.count - 1)
        #expect(throws: SnapshotError.self) {
            try Roster(snapshotDate: roster.date, entries: swapped, conflicts: [])
        }
        #expect(throws: SnapshotError.self) {
            try Roster(snapshotDate: roster.date, entries: [entries[0], entries[0]], conflicts: [])
        }
    }
}
