import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("SK numbers and decrees")
struct DecreeTests {
    func signer() throws -> Decree.Signer { .init(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP(People.kadisNIP)) }

    func grant(_ person: Person, _ roles: [SIAKRoleID] = ["operator"]) throws -> Grant {
        try Grant(person: person, roles: roles, workUnit: "Bidang PIAK")
    }

    @Test("Numbers: spaces around slashes are dropped; the shape is checked loosely")
    func numbers() throws {
        let number = try DecreeNumber("000.8.3.3/ 240 /Dukcapil/2025")
        #expect(number.rawValue == "000.8.3.3/240/Dukcapil/2025")
        #expect(number.year == 2025)
        #expect(number == (try DecreeNumber("000.8.3.3/240/Dukcapil/2025")))
        #expect(try DecreeNumber("188.4/12/2024").year == 2024)
        for bad in ["240", "000.8.3.3//Dukcapil/2025", "000/240/Dukcapil/25", "000/240/Dukcapil/202A", "/2025", "a/\u{0}b/2025"] {
            #expect(throws: DecreeError.self, "\(bad.debugDescription) should be refused") { try DecreeNumber(bad) }
        }
    }

    @Test("Decree rules: title, dates, grants, supersession of itself")
    func rules() throws {
        let number = try DecreeNumber("1/2025")
        let from = try CivilDate(iso: "2025-01-09")
        let g = try grant(try People.budi())
        #expect(throws: DecreeError.emptyTitle(number)) {
            try Decree(number: number, title: " ", signedOn: from, effectiveFrom: from, signer: try signer(), grants: [g])
        }
        #expect(throws: DecreeError.endNotAfterStart(number, from: from, until: from)) {
            try Decree(number: number, title: "SK", signedOn: from, effectiveFrom: from, effectiveUntil: from, signer: try signer(), grants: [g])
        }
        #expect(throws: DecreeError.noGrants(number)) {
            try Decree(number: number, title: "SK", signedOn: from, effectiveFrom: from, signer: try signer(), grants: [])
        }
        #expect(throws: DecreeError.duplicateGrant(number, try People.budi().key)) {
            try Decree(number: number, title: "SK", signedOn: from, effectiveFrom: from, signer: try signer(), grants: [g, g])
        }
        #expect(throws: DecreeError.grantWithoutRole(number, try People.budi().key)) {
            try Decree(number: number, title: "SK", signedOn: from, effectiveFrom: from, signer: try signer(), grants: [try grant(try People.budi(), [])])
        }
        #expect(throws: DecreeError.supersedesItself(number)) {
            try Decree(number: number, title: "SK", signedOn: from, effectiveFrom: from, signer: try signer(), grants: [g], supersedes: [number])
        }
        let decree = try Decree(number: number, title: "SK", signedOn: from, effectiveFrom: from,
                                effectiveUntil: try CivilDate(iso: "2025-12-31"), signer: try signer(), grants: [g])
        #expect(decree.isInForce(on: from))
        #expect(decree.isInForce(on: try CivilDate(iso: "2025-12-31")))
        #expect(!decree.isInForce(on: try CivilDate(iso: "2026-01-01")))
        #expect(!decree.isInForce(on: try CivilDate(iso: "2025-01-08")))
        let data = try JSONEncoder().encode(decree)
        #expect(try JSONDecoder().decode(Decree.self, from: data) == decree)
    }

    @Test("Issuing at the decree step: right step, right role, unique number, known superseded SKs")
    func issuing() throws {
        let cast = try SukamaraCast()
        var office = Office(try Fixtures.sukamara())
        try office.run(try cast.filing(), by: cast.kasi)
        let early = #expect(throws: WorkflowError.self) {
            try office.run(.issueDecree(request: "REQ-2025-0001", decree: try cast.draft()), by: cast.kadis)
        }
        guard case .wrongAction(_, "persetujuan-kadis", .review, _)? = early else {
            Issue.record("expected wrongAction, got \(String(describing: early))")
            return
        }
        for (command, actor) in cast.initials() { try office.run(command, by: actor) }
        try office.run(.approve(request: "REQ-2025-0001"), by: cast.kadis)
        #expect(throws: WorkflowError.self) { try office.run(.approve(request: "REQ-2025-0001"), by: cast.sekretaris) }
        #expect(throws: WorkflowError.self) {
            try office.run(.issueDecree(request: "REQ-2025-0001", decree: try cast.draft()), by: cast.adb)
        }
        #expect(throws: WorkflowError.unknownSupersededDecree(try DecreeNumber("000.8.3.3/240/Dukcapil/2025"),
                                                              superseded: try DecreeNumber("000/1/Dukcapil/2024"))) {
            try office.run(.issueDecree(request: "REQ-2025-0001",
                                        decree: try cast.draft(supersedes: [try DecreeNumber("000/1/Dukcapil/2024")])),
                           by: cast.sekretaris)
        }
        let import1 = try Decree(number: try DecreeNumber("000.8.3.3/240/Dukcapil/2025"), title: "SK lama",
                                 signedOn: try CivilDate(iso: "2025-01-02"), effectiveFrom: try CivilDate(iso: "2025-01-02"),
                                 signer: try signer(), grants: [try grant(try People.rina())])
        try office.importInForce(.importDecree(import1, note: "lampiran.xlsx"), by: cast.sekretaris)
        #expect(throws: WorkflowError.duplicateDecree(try DecreeNumber("000.8.3.3/240/Dukcapil/2025"))) {
            try office.run(.issueDecree(request: "REQ-2025-0001", decree: try cast.draft()), by: cast.sekretaris)
        }
        try office.run(.issueDecree(request: "REQ-2025-0001", decree: try cast.draft("000.8.3.3/241/Dukcapil/2025",
                                    supersedes: [import1.number])), by: cast.sekretaris)
        #expect(office.state.decrees.count == 1, "the draft awaits the Kadis's signature")
        try office.run(try cast.sign(), by: cast.kadis)
        #expect(office.status("REQ-2025-0001") == .inProgress(step: "pembuatan-hak-akses"))
        #expect(office.state.decrees.count == 2)
    }

    @Test("Importing needs an import role, no request link, and an unused number")
    func importing() throws {
        let cast = try SukamaraCast()
        var office = Office(try Fixtures.sukamara())
        let from = try CivilDate(iso: "2025-01-02")
        let decree = try Decree(number: try DecreeNumber("800/7/Dukcapil/2024"), title: "SK", signedOn: from,
                                effectiveFrom: from, signer: try signer(), grants: [try grant(try People.rina())])
        let error = #expect(throws: WorkflowError.self) { try office.run(.importDecree(decree), by: cast.kasi) }
        guard case .notPermitted(_, _, let allowed)? = error else {
            Issue.record("expected notPermitted, got \(String(describing: error))")
            return
        }
        #expect(allowed == ["sekretaris", "adb"])
        let linked = try Decree(number: try DecreeNumber("800/8/Dukcapil/2024"), title: "SK", signedOn: from,
                                effectiveFrom: from, signer: try signer(), grants: [try grant(try People.rina())], requestID: "REQ-1")
        #expect(throws: WorkflowError.self) { try office.run(.importDecree(linked), by: cast.adb) }
        let badRole = try Decree(number: try DecreeNumber("800/9/Dukcapil/2024"), title: "SK", signedOn: from,
                                 effectiveFrom: from, signer: try signer(), grants: [try grant(try People.rina(), ["root"])])
        #expect(throws: WorkflowError.unknownSIAKRole("root", known: ["administrator", "operator", "verifikator"])) {
            try office.run(.importDecree(badRole), by: cast.adb)
        }
        try office.run(.importDecree(decree), by: cast.adb)
        #expect(throws: WorkflowError.duplicateDecree(decree.number)) { try office.run(.importDecree(decree), by: cast.sekretaris) }
    }
}
