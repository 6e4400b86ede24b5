import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("Where an SK stands: in force, not yet, ended, superseded by …")
struct DecreeStandingTests {
    func date(_ text: String) throws -> CivilDate { try CivilDate(iso: text) }

    @Test("A recorded SK knows the SK that supersedes it and says so from the successor's first day")
    func supersededBy() throws {
        let cast = try SukamaraCast()
        var office = Office(try Fixtures.sukamara())
        let old = try DecreeNumber("000.8.3.3/118/Dukcapil/2024")
        let decree = try Decree(
            number: old, title: "SK 2024", signedOn: try date("2024-02-01"), effectiveFrom: try date("2024-02-05"),
            signer: .init(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP(People.kadisNIP)),
            grants: [try Grant(person: try People.rina(), roles: ["operator"], workUnit: "Kecamatan Sukamara")])
        try office.importInForce(.importDecree(decree, note: "lampiran 2024"), by: cast.adb)
        #expect(office.state.decrees[old]?.standing(on: try date("2025-01-01")) == .inForce)
        try cast.complete(&office)   // the 2025 SK, in force from 2025-02-10, does not supersede it
        #expect(office.state.decrees[old]?.supersededBy.isEmpty == true)

        var superseding = Office(try Fixtures.sukamara())
        try superseding.importInForce(.importDecree(decree, note: "lampiran 2024"), by: cast.adb)
        try superseding.run(try cast.filing(), by: cast.kasi)
        for (command, actor) in cast.initials() { try superseding.run(command, by: actor) }
        try superseding.run(.approve(request: "REQ-2025-0001"), by: cast.kadis)
        try superseding.run(.issueDecree(request: "REQ-2025-0001", decree: try cast.draft(supersedes: [old])),
                            by: cast.sekretaris)
        #expect(superseding.state.decrees[old]?.supersededBy.isEmpty == true, "a draft supersedes nothing until signed")
        try superseding.run(try cast.sign(), by: cast.kadis)
        let record = try #require(superseding.state.decrees[old])
        let new = try DecreeNumber(SukamaraCast.decreeNumber)
        #expect(record.supersededBy == [DecreeSuccessor(number: new, effectiveFrom: try date("2025-02-10"))])
        #expect(record.standing(on: try date("2025-02-09")) == .inForce)
        #expect(record.standing(on: try date("2025-02-10")) == .superseded(by: new, from: try date("2025-02-10")))
        #expect(record.standing(on: try date("2025-02-10")).description
            == "superseded by SK 000.8.3.3/240/Dukcapil/2025 from 2025-02-10")
        #expect(!record.standing(on: try date("2025-03-01")).isInForce)
        #expect(record.isInForce(on: try date("2025-03-01")), "by its own dates it would still run")
        #expect(superseding.state.decrees[new]?.standing(on: try date("2025-02-09")) == .notYetInForce(from: try date("2025-02-10")))
    }

    @Test("The earliest successor in effect decides; an SK past its last day has ended")
    func index() throws {
        let a = try DecreeNumber("800/1/Dukcapil/2024"), b = try DecreeNumber("800/2/Dukcapil/2025")
        let c = try DecreeNumber("800/3/Dukcapil/2025")
        let index = DecreeSuccessor.index([
            (number: a, effectiveFrom: try date("2024-01-02"), supersedes: []),
            (number: c, effectiveFrom: try date("2025-06-01"), supersedes: [a]),
            (number: b, effectiveFrom: try date("2025-03-01"), supersedes: [a]),
        ])
        #expect(index[a]?.map(\.number) == [b, c])
        #expect(index[b] == nil)
        struct Listed: SupersedableDecree {
            let effectiveFrom: CivilDate
            let effectiveUntil: CivilDate?
            let supersededBy: [DecreeSuccessor]
        }
        let listed = Listed(effectiveFrom: try date("2024-01-02"), effectiveUntil: try date("2025-12-31"),
                            supersededBy: index[a] ?? [])
        #expect(listed.standing(on: try date("2025-02-28")) == .inForce)
        #expect(listed.standing(on: try date("2025-07-01")) == .superseded(by: b, from: try date("2025-03-01")))
        let ended = Listed(effectiveFrom: try date("2024-01-02"), effectiveUntil: try date("2024-12-31"), supersededBy: [])
        #expect(ended.standing(on: try date("2025-01-01")) == .ended(on: try date("2024-12-31")))
    }
}
