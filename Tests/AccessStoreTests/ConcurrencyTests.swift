import AccessStore
import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

@Suite("Several stores on one file, as separate CLI processes")
struct ConcurrencyTests {
    let sop: SOPDefinition
    let cast: MojokertoCast
    let start: Date

    init() throws {
        sop = try Fixtures.mojokerto()
        cast = try MojokertoCast()
        start = Fixtures.wib("2025-02-03 08:00")
    }

    /// Opens `count` stores on one new file at the same moment (racing to create and migrate it).
    private func openConcurrently(_ folder: TemporaryFolder, count: Int) async throws -> [AccessStore] {
        let path = folder.path()
        let key = try folder.key()
        return try await withThrowingTaskGroup(of: AccessStore.self) { group in
            for _ in 0..<count { group.addTask { try AccessStore(path: path, key: key) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    @Test("Filings from many tasks on four stores: none lost, ids unique, seq contiguous, chain intact")
    func concurrentFilings() async throws {
        let folder = try TemporaryFolder()
        let stores = try await openConcurrently(folder, count: 4)
        let people = try (0..<40).map { try People.operatorNumber($0) }
        let (sop, cast, start) = (sop, cast, start)
        let ids = try await withThrowingTaskGroup(of: RequestID?.self) { group in
            for (index, person) in people.enumerated() {
                let store = stores[index % stores.count]
                group.addTask {
                    try store.execute(try cast.filing(RequestIDPolicy.placeholder, person: person), by: cast.frontDesk,
                                      at: start.addingTimeInterval(Double(index)), sop: sop).requestID
                }
            }
            return try await group.reduce(into: [RequestID?]()) { $0.append($1) }
        }
        let expected = (1...40).map { RequestID(rawValue: "REQ-2025-" + String(format: "%04d", $0)) }
        #expect(ids.compactMap { $0 }.sorted() == expected)
        let records = try stores[0].records(limit: 100)
        #expect(records.map(\.seq) == Array(1...40))
        #expect(try stores[1].verify(sop: sop) == .intact(count: 40, head: try #require(records.last).hash))
        #expect(try stores[2].requests().count == 40)
        #expect(try stores[3].state(sop: sop).requests.count == 40)
    }

    @Test("Racing approvals of one step: exactly one wins, the losers get a clean wrong-step error, nothing is lost")
    func racingApprovals() async throws {
        let folder = try TemporaryFolder()
        let stores = try await openConcurrently(folder, count: 3)
        let (sop, cast, start) = (sop, cast, start)
        let requestIDs = (1...6).map { RequestID(rawValue: "REQ-RACE-\($0)") }
        for (index, id) in requestIDs.enumerated() {
            try stores[0].execute(try cast.filing(id, person: try People.operatorNumber(index)), by: cast.frontDesk,
                                  at: start, sop: sop)
        }
        let evidence = try Fixtures.evidence([("disposisi-kadis", "disp/1")])
        // Eight contenders per request, spread over the three stores.
        let outcomes = await withTaskGroup(of: (RequestID, StoreError?).self) { group in
            for (index, id) in requestIDs.enumerated() {
                for contender in 0..<8 {
                    let store = stores[(index + contender) % stores.count]
                    group.addTask {
                        do throws(StoreError) {
                            try store.execute(
                                .approve(request: id, step: "disposisi-kadis", evidence: evidence), by: cast.kadis,
                                at: start.addingTimeInterval(60 + Double(contender)), sop: sop)
                            return (id, nil)
                        } catch {
                            return (id, error)
                        }
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        for id in requestIDs {
            let mine = outcomes.filter { $0.0 == id }.map(\.1)
            let wins = mine.filter { $0 == nil }.count
            #expect(mine.count == 8 && wins == 1, "request \(id) was approved \(wins) times")
            for case .some(let error) in mine {
                guard case .workflow(.wrongStep(id, current: "disposisi-kabid", _, given: "disposisi-kadis")) = error
                else {
                    Issue.record("unexpected loser error: \(error)")
                    continue
                }
            }
        }
        let records = try stores[1].records(limit: 100)
        #expect(records.map(\.seq) == Array(1...12))
        #expect(try stores[2].verify(sop: sop) == .intact(count: 12, head: try #require(records.last).hash))
        #expect(try stores[0].requests(status: .inProgress).allSatisfy { $0.currentStep == "disposisi-kabid" })
    }
}
