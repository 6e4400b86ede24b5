import AccessStore
import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

@Suite("A partial approval through the store")
struct PartialApprovalStoreTests {
    @Test("Struck names leave the request's candidate rows and never reach the SK, its grants or the outbox")
    func strike() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("hakakses.sqlite").path
        let store = try AccessStore(path: path, key: try folder.key())
        let sop = try Fixtures.sukamara()
        let cast = try SukamaraCast()
        var at = Fixtures.wib("2025-02-03 08:00")
        let list = [try People.candidate(try People.budi()), try People.candidate(try People.siti(), role: "verifikator"),
                    try People.candidate(try People.rina(), unit: "Kecamatan Sukamara")]
        let filed = try store.execute(try cast.filing(RequestIDPolicy.placeholder, candidates: list), by: cast.kasi, at: at,
                                      sop: sop)
        let id = try #require(filed.requestID)
        for (command, actor) in cast.initials(id) {
            at.addTimeInterval(300)
            try store.execute(command, by: actor, at: at, sop: sop)
        }
        let raw = try RawDatabase(path: path)
        #expect(try raw.int("SELECT COUNT(*) FROM request_candidates") == 3)
        let rina = try People.rina().key
        at.addTimeInterval(300)
        try store.execute(.approve(request: id, note: "disetujui sebagian",
                                   struck: [StruckCandidate(person: rina, reason: "belum bimtek")]),
                          by: cast.kadis, at: at, sop: sop)
        #expect(try raw.int("SELECT COUNT(*) FROM request_candidates") == 2)
        #expect(try raw.int("SELECT COUNT(*) FROM request_candidates WHERE person_key = ?", [rina.description]) == 0)
        #expect(try store.requests().first?.candidateCount == 2)
        at.addTimeInterval(300)
        try store.execute(.issueDecree(request: id, decree: try cast.draft()), by: cast.sekretaris, at: at, sop: sop)
        at.addTimeInterval(300)
        try store.execute(try cast.sign(id), by: cast.kadis, at: at, sop: sop)
        #expect(try raw.int("SELECT COUNT(*) FROM decree_grants") == 2)
        #expect(try store.dueOutbox(now: .distantFuture).map(\.person).sorted() == [try People.budi().key, try People.siti().key].sorted())
        let request = try store.request(id, sop: sop)
        #expect(request.struck.map(\.reason) == ["belum bimtek"])
        #expect(try store.verify(sop: sop) == .intact(count: 6, head: try #require(store.records().last).hash))
    }
}
