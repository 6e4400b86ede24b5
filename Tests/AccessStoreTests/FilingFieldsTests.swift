import AccessStore
import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

@Suite("A filing with an allocated id keeps its confirmations, draft flag and letter date")
struct FilingFieldsTests {
    @Test("The store's id allocation copies every field of the filing")
    func allocatedFilingKeepsFields() throws {
        let store = try AccessStore.inMemory()
        let sop = try Fixtures.mojokerto()
        let cast = try MojokertoCast()
        let person = try People.person("Dewi Anggraini", nip: "19980203 202201 2 001", nik: "3576014202980001")
        let warning: WarningID = "birth-date-mismatch:nip:199802032022012001"
        let letter = try CivilDate(iso: "2025-02-03")
        let filing = FileRequest(
            id: RequestIDPolicy.placeholder, applicant: person, candidates: [try People.candidate(person)],
            evidence: try Fixtures.evidence([("surat-permohonan", "045/1")]), confirmations: [warning: "SK BKN 2023"],
            draft: true, letterDate: letter)
        let result = try store.execute(.file(filing), by: cast.frontDesk, at: Fixtures.wib("2025-02-03 09:00"), sop: sop)
        guard case .requestFiled(let event)? = result.events.first else {
            Issue.record("expected a filing")
            return
        }
        #expect(event.request == "REQ-2025-0001")
        #expect(event.confirmations == [warning: "SK BKN 2023"] && event.isDraft && event.letterDate == letter)
        let stored = try #require(try store.records().first).decodePayload(WorkflowEvent.self)
        #expect(stored == result.events.first)
        #expect(try store.state(sop: sop).requests["REQ-2025-0001"]?.status == .inProgress(step: "pengajuan-tertulis"))
    }
}
