import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("Happy paths")
struct HappyPathTests {
    @Test("Sukamara: list → paraf Kabid, Sekretaris → Kadis approval → SK drafted → Kadis signs → provision → handover")
    func sukamara() throws {
        let cast = try SukamaraCast()
        var office = Office(try Fixtures.sukamara())
        try office.run(try cast.filing(), by: cast.kasi)
        #expect(office.status("REQ-2025-0001") == .inProgress(step: "persetujuan-kadis"))
        #expect(office.state.awaited("REQ-2025-0001")?.roles == ["kabid"])
        try office.run(.approve(request: "REQ-2025-0001", note: "paraf"), by: cast.kabid)
        #expect(office.status("REQ-2025-0001") == .inProgress(step: "persetujuan-kadis"))
        #expect(office.state.awaited("REQ-2025-0001")?.roles == ["sekretaris"])
        try office.run(.approve(request: "REQ-2025-0001", note: "paraf"), by: cast.sekretaris)
        #expect(office.state.awaited("REQ-2025-0001")?.completesStep == true)
        try office.run(.approve(request: "REQ-2025-0001"), by: cast.kadis)
        #expect(office.status("REQ-2025-0001") == .inProgress(step: "sk-kadis"))
        try office.run(.issueDecree(request: "REQ-2025-0001", decree: try cast.draft()), by: cast.sekretaris)
        #expect(office.status("REQ-2025-0001") == .inProgress(step: "tanda-tangan-sk"))
        let number = try DecreeNumber("000.8.3.3/240/Dukcapil/2025")
        #expect(office.state.decrees[number] == nil, "a draft is not in the record")
        try office.run(try cast.sign(), by: cast.kadis)
        #expect(office.status("REQ-2025-0001") == .inProgress(step: "pembuatan-hak-akses"))
        try office.run(.approve(request: "REQ-2025-0001"), by: cast.adb)
        try office.run(.recordHandover(request: "REQ-2025-0001"), by: cast.adb)
        let request = try office.state.request("REQ-2025-0001")
        #expect(request.status == .completed)
        #expect(request.records.map(\.outcome)
            == [.filed, .initialled, .initialled, .approved, .decreeIssued, .signed, .approved, .handedOver])
        #expect(request.records.map(\.actor.uid)
            == ["ahmad.fauzi", "hendra", "sekretaris", "zainuddin", "sekretaris", "zainuddin", "adb.satu", "adb.satu"])
        #expect(request.decreeNumber == number)
        let decree = try #require(office.state.decrees[number])
        #expect(decree.source == .issued(request: "REQ-2025-0001"))
        #expect(decree.decree.grants.map(\.person) == [try People.budi(), try People.siti()])
        #expect(decree.decree.grants.map(\.roles) == [["operator"], ["administrator"]])
        #expect(decree.decree.signer == Decree.Signer(name: try PersonName("ZAINUDDIN"), nip: try NIP(People.kadisNIP)),
                "the signer is the Kadis who signed, from his directory entry")
        #expect(decree.decree.signedOn == (try CivilDate(iso: "2025-02-03")))
        #expect(office.events.map(\.type) == ["requestFiled", "stepInitialled", "stepInitialled", "stepApproved", "decreeIssued",
                                               "decreeSigned", "stepApproved", "handoverRecorded"])
    }

    @Test("Mojokerto: letter → Kadis → Kabid → Kasi (pakta integritas) → ADB → applicant receives access")
    func mojokerto() throws {
        let cast = try MojokertoCast()
        var office = Office(try Fixtures.mojokerto())
        try office.run(try cast.filing(), by: cast.frontDesk)
        let expected: [StepID] = ["disposisi-kabid", "kajian-kasi", "pembuatan-akun", "penerimaan-akun"]
        for ((command, actor), next) in zip(try cast.steps(), expected) {
            try office.run(command, by: actor)
            #expect(office.status("REQ-2025-0001") == .inProgress(step: next))
        }
        try office.run(try cast.steps()[4].0, by: cast.frontDesk)
        let request = try office.state.request("REQ-2025-0001")
        #expect(request.status == .completed)
        #expect(request.filedBy == "loket")
        #expect(Set(request.evidence.keys) == ["surat-permohonan", "disposisi-kadis", "biodata-operator", "pakta-integritas"])
        #expect(request.evidence["pakta-integritas"]?.reference == "pakta/30")
        #expect(request.completion(of: "pembuatan-akun")?.actor.uid == "adb.satu")
    }

    @Test("Approving a finished request fails")
    func finished() throws {
        let cast = try MojokertoCast()
        var office = Office(try Fixtures.mojokerto())
        try cast.complete(&office)
        let error = #expect(throws: WorkflowError.self) { try office.run(.approve(request: "REQ-2025-0001"), by: cast.kadis) }
        #expect(error == .alreadyCompleted("REQ-2025-0001"))
    }

    @Test("decide does not change the state; only apply does")
    func decideIsPure() throws {
        let cast = try MojokertoCast()
        let state = WorkflowState(sop: try Fixtures.mojokerto())
        let events = try state.decide(try cast.filing(), by: cast.frontDesk, at: Fixtures.wib("2025-02-03 08:00"))
        #expect(events.count == 1)
        #expect(state.requests.isEmpty)
        #expect(state.eventCount == 0)
    }
}
