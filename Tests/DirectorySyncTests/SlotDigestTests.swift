import AccessWorkflow
@testable import DirectorySync
import Foundation
import LDAP
import Testing

/// The comparison digests the values an entry should hold without building them; the digests must be exactly those
/// of the values ``OperatorMapping/desired(_:username:)`` writes, for every shape of person and basis.
@Suite("Slot digests computed without building the values")
struct SlotDigestTests {
    @Test func digestsEqualThoseOfTheWrittenValues() throws {
        let sop = try SyncFixtures.sop()
        let mapping = SyncFixtures.mapping(sop)
        let people: [(Person, SIAKRoleID)] = [
            (try SyncFixtures.person(1), "operator"),
            (try SyncFixtures.person(2, name: "Hj. SITI AMINAH, S.E., M.Si."), "verifikator"),
            (try SyncFixtures.person(3, name: "ZAINUDDIN"), "administrator"),
            (try SyncFixtures.person(4, name: "Ni Luh Putu Ayu Ṣaraswatī"), "operator"),
            (try Person(name: try PersonName("RINA LESTARI"), nip: nil, nik: try NIK("6208024507950002")), "operator"),
            (try SyncFixtures.person(5, name: "Drs. H.M. ZAINUDDIN AL-FARUQ"), "operator"),
        ]
        // Two SKs in force: the second also names persons 1 and 2 (two bases, two work units), and ends.
        let first = try SyncFixtures.decree("800/1/Dukcapil/2025", people: people)
        let second = try Decree(
            number: try DecreeNumber("800/2/Dukcapil/2025"), title: "Tambahan", signedOn: try CivilDate(iso: "2025-01-08"),
            effectiveFrom: try CivilDate(iso: "2025-01-09"), effectiveUntil: try CivilDate(iso: "2025-12-31"),
            signer: Decree.Signer(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP("19650218 198705 1 003")),
            grants: [try Grant(person: people[0].0, roles: ["verifikator"], workUnit: "Kecamatan Arut"),
                     try Grant(person: people[1].0, roles: ["operator"], workUnit: "Bidang PIAK; Seksi SIAK")])
        let third = try SyncFixtures.decree("800/3/Dukcapil/2025", people: [(try SyncFixtures.person(9), "operator")], until: "2025-03-31")
        let state = try SyncFixtures.state([first, second, third], sop: sop)
        let roster = Roster(state: state, on: try CivilDate(iso: "2025-02-01"))
        #expect(roster.entries.count == people.count + 1)
        #expect(roster.entries.contains { $0.basis.count == 2 && $0.workUnits.count == 2 && $0.endDate == nil })
        #expect(roster.entries.contains { $0.endDate != nil })
        var cache = SlotDigestCache()
        for entry in roster.entries {
            let expected = mapping.slots(for: entry).map(DirectoryOperator.digest)
            let computed = mapping.slotDigests(for: entry, cache: &cache)
            #expect((0..<SlotDigests.count).map { computed[$0] } == expected, "\(entry.person.name)")
        }
    }

    @Test func aDigestIsNeverZeroForAPresentValueAndZeroForAnAbsentOne() {
        #expect(DirectoryOperator.digest(nil) == 0)
        #expect(DirectoryOperator.digest("") != 0)
        var hasher = SlotHasher()
        hasher.add("uid=a")
        #expect(hasher.finish() == DirectoryOperator.digest("uid=a"))
        #expect(hasher.finish(present: false) == 0)
    }
}
