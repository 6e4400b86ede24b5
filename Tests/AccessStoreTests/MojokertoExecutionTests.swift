import AccessStore
import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

@Suite("Executing Mojokerto's SOP (request-based, single requests)")
struct MojokertoExecutionTests {
    let sop: SOPDefinition
    let cast: MojokertoCast

    init() throws {
        sop = try Fixtures.mojokerto()
        cast = try MojokertoCast()
    }

    @Test("All six steps run through execute; provisioning queues the candidate now and puts her on the roster")
    func endToEnd() throws {
        let store = try AccessStore.inMemory()
        var clock = Fixtures.wib("2025-02-03 08:00")
        let filed = try store.execute(try cast.filing(RequestIDPolicy.placeholder), by: cast.frontDesk, at: clock,
                                      sop: sop)
        let id = try #require(filed.requestID)
        #expect(id == "REQ-2025-0001")
        var results = [filed]
        for (command, actor) in try cast.steps(id) {
            clock.addTimeInterval(600)
            results.append(try store.execute(command, by: actor, at: clock, sop: sop))
            if results.count == 3 {
                #expect(try store.requests(status: .inProgress).first?.currentStep == "kajian-kasi")
            }
        }
        let dewi = try People.dewi().key
        #expect(results.map(\.intents.count) == [0, 0, 0, 0, 1, 0])
        let provisioned = try #require(results[4].records.first)
        let queued = try store.outbox(person: dewi)
        #expect(queued.count == 1)
        #expect(queued.first?.causeSeq == provisioned.seq && queued.first?.notBefore == provisioned.recordedAt)
        #expect(try store.dueOutbox(now: provisioned.recordedAt).map(\.person) == [dewi])

        #expect(try store.state(sop: sop).requests[id]?.status == .completed)
        #expect(try store.requests(status: .completed).map(\.id) == [id])
        let roster = try store.rosterRows()
        #expect(roster.map(\.person) == [dewi])
        #expect(roster.first?.basis == [.request(id)] && roster.first?.uid == "dewi")
        #expect(roster.first?.asOf == (try CivilDate(iso: "2025-02-03")))
        #expect(try store.verify(sop: sop) == .intact(count: 6, head: try store.head().hash))
    }

    @Test("Revoking queues the person now and empties the roster; cancelling a provisioned request queues too")
    func revokeAndCancel() throws {
        let store = try AccessStore.inMemory()
        var clock = Fixtures.wib("2025-02-03 08:00")
        func run(_ command: WorkflowCommand, _ actor: WorkflowActor) throws -> ExecutionResult {
            clock.addTimeInterval(600)
            return try store.execute(command, by: actor, at: clock, sop: sop)
        }
        _ = try run(try cast.filing("REQ-A"), cast.frontDesk)
        for (command, actor) in try cast.steps("REQ-A") { _ = try run(command, actor) }
        let dewi = try People.dewi().key
        let revoked = try run(.revoke(person: dewi, reason: .transfer, text: "mutasi ke Dinas Sosial"), cast.kadis)
        #expect(revoked.intents.map(\.person) == [dewi])
        #expect(revoked.records.first?.subject == dewi.description)
        #expect(try store.rosterRows().isEmpty)

        let eko = try People.eko()
        _ = try run(try cast.filing("REQ-B", person: eko), cast.frontDesk)
        for (command, actor) in try cast.steps("REQ-B").prefix(4) { _ = try run(command, actor) }
        #expect(try store.rosterRows().map(\.person) == [eko.key])
        let cancelled = try run(.cancel(request: "REQ-B", reason: "pemohon pindah tugas"), cast.kadis)
        #expect(cancelled.intents.map(\.person) == [eko.key])
        #expect(try store.rosterRows().isEmpty)
        #expect(try store.requests(status: .cancelled).first?.statusReason == "pemohon pindah tugas")
    }
}
