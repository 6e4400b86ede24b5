import AccessStore
import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

@Suite("The SK list knows which SK supersedes which")
struct DecreeListTests {
    @Test("A superseded SK's summary names its successor and stands as superseded from the successor's first day")
    func supersededBy() throws {
        let store = try AccessStore.inMemory()
        let sop = try Fixtures.sukamara()
        let cast = try SukamaraCast()
        let at = Fixtures.wib("2025-03-03 09:00")
        let signer = Decree.Signer(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP(People.kadisNIP))
        let old = try Decree(
            number: try DecreeNumber("800/1/Dukcapil/2024"), title: "Pengelola SIAK 2024",
            signedOn: try CivilDate(iso: "2024-01-02"), effectiveFrom: try CivilDate(iso: "2024-01-02"), signer: signer,
            grants: [try Grant(person: try People.rina(), roles: ["operator"], workUnit: "Kecamatan Sukamara")])
        let new = try Decree(
            number: try DecreeNumber("800/9/Dukcapil/2025"), title: "Pengelola SIAK 2025",
            signedOn: try CivilDate(iso: "2025-03-01"), effectiveFrom: try CivilDate(iso: "2025-04-01"), signer: signer,
            grants: [try Grant(person: try People.budi(), roles: ["operator"], workUnit: "Bidang PIAK")],
            supersedes: [old.number])
        try store.importInForce(old, note: "lampiran 2024.xlsx", by: cast.adb, at: at, sop: sop)
        #expect(try store.decrees().first?.supersededBy.isEmpty == true)
        try store.importInForce(new, note: "lampiran 2025.xlsx", by: cast.adb, at: at, sop: sop)

        let listed = try store.decrees()
        #expect(listed.map(\.number) == [old.number, new.number])
        let summary = try #require(listed.first)
        #expect(summary.supersededBy == [DecreeSuccessor(number: new.number, effectiveFrom: new.effectiveFrom)])
        #expect(summary.standing(on: try CivilDate(iso: "2025-03-31")) == .inForce)
        #expect(summary.standing(on: try CivilDate(iso: "2025-04-01")).description
            == "superseded by SK 800/9/Dukcapil/2025 from 2025-04-01")
        #expect(listed[1].supersededBy.isEmpty)
        #expect(listed[1].standing(on: try CivilDate(iso: "2025-03-31")) == .notYetInForce(from: new.effectiveFrom))
        let record = try store.decree(old.number, sop: sop)
        #expect(record.supersededBy == summary.supersededBy)
    }
}
