import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// Builds SKs for roster tests.
struct DecreeFactory {
    func make(_ number: String, from: String, until: String? = nil, signed: String? = nil,
              grants: [(Person, [SIAKRoleID])], supersedes: [String] = []) throws -> Decree {
        try Decree(
            number: try DecreeNumber(number), title: "Pengelola SIAK", signedOn: try CivilDate(iso: signed ?? from),
            effectiveFrom: try CivilDate(iso: from), effectiveUntil: try until.map { try CivilDate(iso: $0) },
            signer: .init(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP(People.kadisNIP)),
            grants: try grants.map { try Grant(person: $0.0, roles: $0.1, workUnit: "Dinas Dukcapil") },
            supersedes: try supersedes.map { try DecreeNumber($0) })
    }
}

@Suite("Roster from SKs")
struct DecreeRosterTests {
    let cast: SukamaraCast
    let sk: DecreeFactory

    init() throws {
        cast = try SukamaraCast()
        sk = DecreeFactory()
    }

    func roster(_ office: Office, _ date: String) throws -> Roster { Roster(state: office.state, on: try CivilDate(iso: date)) }

    @Test("A superseding SK replaces the whole earlier SK from its effective date, for good")
    func supersession() throws {
        var office = Office(try Fixtures.sukamara())
        try office.importInForce(.importDecree(try sk.make("100/1/Dukcapil/2025", from: "2025-01-09",
                                                 grants: [(try People.budi(), ["operator"]), (try People.siti(), ["administrator"])])),
                       by: cast.sekretaris)
        try office.importInForce(.importDecree(try sk.make("100/2/Dukcapil/2025", from: "2025-07-01", until: "2025-12-31",
                                                 grants: [(try People.budi(), ["administrator", "operator"]), (try People.rina(), ["operator"])],
                                                 supersedes: ["100/1/Dukcapil/2025"])),
                       by: cast.adb)
        #expect(try roster(office, "2025-01-08").entries.isEmpty)
        let march = try roster(office, "2025-03-01")
        #expect(march.entries.map(\.key) == [try People.budi().key, try People.siti().key])
        #expect(march.entry(for: try People.budi().key)?.roles == ["operator"])
        #expect(march.entry(for: try People.siti().key)?.basis == [.decree(try DecreeNumber("100/1/Dukcapil/2025"))])
        let july = try roster(office, "2025-07-01")
        #expect(Set(july.entries.map(\.key)) == [try People.budi().key, try People.rina().key])
        #expect(july.entry(for: try People.budi().key)?.roles == ["administrator", "operator"])
        #expect(july.entry(for: try People.budi().key)?.endDate == (try CivilDate(iso: "2025-12-31")))
        #expect(!july.holders(of: "administrator").contains { $0.key == (try? People.siti().key) }, "Siti's SK was superseded")
        #expect(try roster(office, "2025-12-31").entries.count == 2)
        // After the superseding SK ends, the superseded one does not come back.
        #expect(try roster(office, "2026-01-01").entries.isEmpty)
    }

    @Test("Several SKs in force for one person give one entry with all roles and bases")
    func union() throws {
        var office = Office(try Fixtures.sukamara())
        try office.importInForce(.importDecree(try sk.make("200/1/2025", from: "2025-01-01", until: "2025-06-30",
                                                 grants: [(try People.budi(), ["operator"])])), by: cast.adb)
        try office.importInForce(.importDecree(try sk.make("200/2/2025", from: "2025-02-01", until: "2025-12-31",
                                                 grants: [(try People.budi(), ["administrator"])])), by: cast.adb)
        let entry = try #require(try roster(office, "2025-03-01").entry(for: try People.budi().key))
        #expect(entry.roles == ["operator", "administrator"])
        #expect(entry.basis == [.decree(try DecreeNumber("200/1/2025")), .decree(try DecreeNumber("200/2/2025"))])
        #expect(entry.endDate == (try CivilDate(iso: "2025-12-31")))
        try office.importInForce(.importDecree(try sk.make("200/3/2025", from: "2025-03-01", grants: [(try People.budi(), ["operator"])])), by: cast.adb)
        #expect(try roster(office, "2025-03-01").entry(for: try People.budi().key)?.endDate == nil)
        #expect(try roster(office, "2025-07-01").entry(for: try People.budi().key)?.roles == ["operator", "administrator"])
    }

    @Test("The SK issued through the workflow puts the request's candidates on the roster")
    func issued() throws {
        var office = Office(try Fixtures.sukamara())
        try cast.complete(&office)
        let roster = try roster(office, "2025-02-10")
        #expect(roster.entries.count == 2)
        #expect(roster.entry(for: try People.siti().key)?.roles == ["administrator"])
        #expect(try self.roster(office, "2025-02-09").entries.isEmpty)
    }

    @Test("Revocation removes access from its date; only an SK signed after it grants access again")
    func revocation() throws {
        var office = Office(try Fixtures.sukamara())
        try office.importInForce(.importDecree(try sk.make("300/1/2025", from: "2025-01-09",
                                                 grants: [(try People.budi(), ["operator"]), (try People.siti(), ["operator"])])), by: cast.adb)
        try office.run(.revoke(person: try People.budi().key, reason: .transfer, text: "SK mutasi 821/55/BKPSDM/2025"),
                       by: cast.kadis, at: "2025-04-10 10:00")
        #expect(office.state.revocations.map(\.reason) == [.transfer])
        #expect(try roster(office, "2025-04-09").entry(for: try People.budi().key) != nil)
        #expect(try roster(office, "2025-04-10").entry(for: try People.budi().key) == nil)
        #expect(try roster(office, "2025-04-10").entry(for: try People.siti().key) != nil)
        try office.importInForce(.importDecree(try sk.make("300/2/2025", from: "2025-04-10", grants: [(try People.budi(), ["operator"])])), by: cast.adb)
        #expect(try roster(office, "2025-04-11").entry(for: try People.budi().key) == nil, "an SK of the revocation day does not re-grant")
        try office.importInForce(.importDecree(try sk.make("300/3/2025", from: "2025-04-11", grants: [(try People.budi(), ["verifikator"])])), by: cast.adb)
        let regranted = try #require(try roster(office, "2025-04-11").entry(for: try People.budi().key))
        #expect(regranted.roles == ["verifikator"])
        #expect(regranted.basis == [.decree(try DecreeNumber("300/3/2025"))])
        // Revoking by NIK reaches a person recorded with NIP and NIK.
        try office.run(.revoke(person: .nik(try NIK("6208016003920001")), reason: .death, text: "meninggal dunia"), by: cast.adb)
        #expect(try roster(office, "2025-12-01").entry(for: try People.siti().key) == nil)
    }

    @Test("Only revoke roles may revoke, with a text")
    func revocationRules() throws {
        var office = Office(try Fixtures.sukamara())
        let error = #expect(throws: WorkflowError.self) {
            try office.run(.revoke(person: try People.budi().key, reason: .dataLeak, text: "x"), by: cast.kasi)
        }
        guard case .notPermitted(_, _, let allowed)? = error else {
            Issue.record("expected notPermitted, got \(String(describing: error))")
            return
        }
        #expect(allowed == ["kadis", "adb"])
        #expect(throws: WorkflowError.emptyReason(action: .revocation)) {
            try office.run(.revoke(person: try People.budi().key, reason: .other, text: " "), by: cast.kadis)
        }
    }

    @Test("Contradicting identities are left off and reported; everyone else stays")
    func conflicts() throws {
        var office = Office(try Fixtures.sukamara())
        let budiOtherNIK = try People.person("Budi Santoso", nip: "19900115 201503 1 002", nik: "6208021501900005")
        let budiOtherName = try People.person("Bambang Santoso", nip: "19900115 201503 1 002")
        let budiCaps = try People.person("BUDI SANTOSO, S.Kom", nip: "19900115 201503 1 002")
        let rinaNIP1 = try People.person("Rina Lestari", nip: "19950705 202001 2 001", nik: "6208024507950002")
        let rinaNIP2 = try People.person("Rina Lestari", nip: "19950705 202001 2 002", nik: "6208024507950002")
        try office.importInForce(.importDecree(try sk.make("400/1/2025", from: "2025-01-01",
                                                 grants: [(try People.budi(), ["operator"]), (try People.siti(), ["operator"]), (rinaNIP1, ["operator"])])), by: cast.adb)
        try office.importInForce(.importDecree(try sk.make("400/2/2025", from: "2025-01-01", grants: [(budiCaps, ["administrator"])])), by: cast.adb)
        let clean = try roster(office, "2025-02-01")
        #expect(clean.conflicts.isEmpty, "the same name in capitals with titles is the same person")
        #expect(clean.entry(for: try People.budi().key)?.roles == ["administrator", "operator"])

        try office.importInForce(.importDecree(try sk.make("400/3/2025", from: "2025-02-01", grants: [(budiOtherNIK, ["operator"])])), by: cast.adb)
        try office.importInForce(.importDecree(try sk.make("400/4/2025", from: "2025-03-01", grants: [(budiOtherName, ["operator"])])), by: cast.adb)
        try office.importInForce(.importDecree(try sk.make("400/5/2025", from: "2025-04-01", grants: [(rinaNIP2, ["operator"])])), by: cast.adb)
        let feb = try roster(office, "2025-02-01")
        #expect(feb.conflicts == [.nipWithSeveralNIKs(try NIP("19900115 201503 1 002"),
                                                      [try NIK("6208011501900003"), try NIK("6208021501900005")])])
        #expect(feb.entry(for: try People.budi().key) == nil)
        #expect(feb.entry(for: try People.siti().key) != nil)
        #expect(feb.conflicts.first?.description.contains("6208021501900005") == true)
        let april = try roster(office, "2025-04-01")
        #expect(april.conflicts.contains(.nipWithSeveralNames(try NIP("19900115 201503 1 002"), ["Bambang Santoso", "Budi Santoso"])))
        #expect(april.conflicts.contains(.nikWithSeveralNIPs(try NIK("6208024507950002"),
                                                             [try NIP("19950705 202001 2 001"), try NIP("19950705 202001 2 002")])))
        #expect(april.entries.map(\.key) == [try People.siti().key])
    }
}
