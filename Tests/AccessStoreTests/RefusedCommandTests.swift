import AccessStore
import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

@Suite("Refused commands change nothing")
struct RefusedCommandTests {
    @Test("A command refused by the workflow surfaces its error unchanged and leaves every table as it was")
    func refusedLeavesNoTrace() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let sop = try Fixtures.mojokerto()
        let cast = try MojokertoCast()
        let at = Fixtures.wib("2025-02-03 08:00")
        try store.execute(try cast.filing(RequestIDPolicy.placeholder), by: cast.frontDesk, at: at, sop: sop)
        let raw = try RawDatabase(path: folder.path())
        let before = try raw.counts()
        let head = try store.head()

        // The Kabid tries to do the Kadis's disposition.
        let error = #expect(throws: StoreError.self) {
            try store.execute(.approve(request: "REQ-2025-0001"), by: cast.kabid, at: at.addingTimeInterval(60),
                              sop: sop)
        }
        guard case .workflow(let reason)? = error, case .missingRole = reason else {
            Issue.record("expected a missingRole workflow error, got \(String(describing: error))")
            return
        }
        #expect(error?.description == reason.description)
        #expect(try raw.counts() == before)
        #expect(try store.head() == head)
    }

    @Test("A refused filing allocates no id: the next filing still gets number 0001")
    func refusedFilingKeepsNumbering() throws {
        let store = try AccessStore.inMemory()
        let sop = try Fixtures.sukamara()
        let cast = try SukamaraCast()
        let at = Fixtures.wib("2025-02-03 08:00")
        #expect(throws: StoreError.workflow(.candidateCount("REQ-2025-0001", kind: .list, count: 0))) {
            try store.execute(try cast.filing(RequestIDPolicy.placeholder, candidates: []), by: cast.kasi, at: at,
                              sop: sop)
        }
        #expect(try store.records().isEmpty)
        let filed = try store.execute(try cast.filing(RequestIDPolicy.placeholder), by: cast.kasi, at: at, sop: sop)
        #expect(filed.requestID == "REQ-2025-0001")
    }

    @Test("A second filing with the same id is refused as a duplicate")
    func duplicateID() throws {
        let store = try AccessStore.inMemory()
        let sop = try Fixtures.sukamara()
        let cast = try SukamaraCast()
        let at = Fixtures.wib("2025-02-03 08:00")
        try store.execute(try cast.filing("REQ-X"), by: cast.kasi, at: at, sop: sop)
        #expect(throws: StoreError.workflow(.duplicateRequest("REQ-X"))) {
            try store.execute(try cast.filing("REQ-X"), by: cast.kasi, at: at, sop: sop)
        }
        #expect(try store.records().count == 1)
    }
}
