import AccessStore
import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

@Suite("Executing Sukamara's SOP (SK-based, list requests)")
struct SukamaraExecutionTests {
    let sop: SOPDefinition
    let cast: SukamaraCast
    let number = "000.8.3.3/240/Dukcapil/2025"

    init() throws {
        sop = try Fixtures.sukamara()
        cast = try SukamaraCast()
    }

    /// Files with an allocated id and runs every step, one per half hour from 2025-02-03 08:00 WIB.
    private func runToCompletion(_ store: AccessStore) throws -> (RequestID, [ExecutionResult]) {
        var clock = Fixtures.wib("2025-02-03 08:00")
        let filed = try store.execute(try cast.filing(RequestIDPolicy.placeholder), by: cast.kasi, at: clock, sop: sop)
        let id = try #require(filed.requestID)
        var results = [filed]
        for (command, actor) in try cast.steps(id, number: number) {
            clock.addTimeInterval(1800)
            results.append(try store.execute(command, by: actor, at: clock, sop: sop))
        }
        return (id, results)
    }

    @Test("All five steps (step 2 with two paraf) and the Kadis's signature run through execute, leaving eight chained workflow records and a completed request")
    func endToEnd() throws {
        let store = try AccessStore.inMemory()
        let (id, results) = try runToCompletion(store)
        #expect(id == "REQ-2025-0001")
        let records = try store.records()
        #expect(records.map(\.seq) == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(records.allSatisfy { $0.kind == AuditKind.workflow && $0.subject == "REQ-2025-0001" })
        #expect(records.map(\.actor) == ["ahmad.fauzi", "hendra", "sekretaris", "zainuddin", "sekretaris", "zainuddin", "adb.satu", "adb.satu"])
        #expect(zip(records, records.dropFirst()).allSatisfy { $1.prevHash == $0.hash })
        let events = try records.map { try $0.decodePayload(WorkflowEvent.self) }
        #expect(events == results.flatMap(\.events))
        let state = try store.state(sop: sop)
        #expect(state.requests[id]?.status == .completed)
        #expect(state.requests == results.last?.state.requests)
        #expect(try store.verify(sop: sop) == .intact(count: 8, head: records[7].hash))
    }

    @Test("Projections follow the events: request row, SK with its grants, roster once the SK is in force")
    func projections() throws {
        let store = try AccessStore.inMemory()
        let (id, _) = try runToCompletion(store)
        let summaries = try store.requests()
        #expect(summaries.map(\.id) == [id])
        let summary = try #require(summaries.first)
        #expect(summary.status == .completed && summary.currentStep == nil && summary.candidateCount == 2)
        let ahmad = try People.ahmad().key
        let decreeNumber = try DecreeNumber(number)
        #expect(summary.filedBy == "ahmad.fauzi" && summary.applicant == ahmad)
        #expect(summary.decreeNumber == decreeNumber)
        #expect(try store.requests(status: .inProgress).isEmpty)
        #expect(try store.requests(status: .completed).count == 1)

        let decrees = try store.decrees()
        #expect(decrees.map(\.number.rawValue) == [number])
        #expect(decrees.first?.grantCount == 2 && decrees.first?.requestID == id)
        #expect(try store.decree(try DecreeNumber(number), sop: sop).decree.grants.count == 2)
        #expect(try store.request(id, sop: sop).records.count == 8)

        // The SK takes effect on 2025-02-10; on the day of the events (2025-02-03) nobody holds access yet.
        #expect(try store.rosterRows().isEmpty)
        try store.refreshRoster(sop: sop, on: try CivilDate(iso: "2025-02-10"))
        let roster = try store.rosterRows()
        #expect(roster.map(\.person) == [try People.budi().key, try People.siti().key].sorted())
        let tenth = try CivilDate(iso: "2025-02-10")
        #expect(roster.allSatisfy { $0.asOf == tenth && $0.basis == [.decree(decreeNumber)] })
        #expect(Set(roster.flatMap(\.roles)) == ["operator", "administrator"])
    }

    @Test("The roster table is recomputed when the date moves, and left alone for the date it is already computed for")
    func rosterRefreshByDate() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        _ = try runToCompletion(store)
        let tenth = try CivilDate(iso: "2025-02-10"), eleventh = try CivilDate(iso: "2025-02-11")
        #expect(try store.refreshRoster(sop: sop, on: tenth))
        let onTenth = try store.rosterRows()
        #expect(onTenth.count == 2 && onTenth.allSatisfy { $0.asOf == tenth })
        #expect(try store.refreshRoster(sop: sop, on: tenth) == false)
        #expect(try store.rosterRows() == onTenth)
        #expect(try store.refreshRoster(sop: sop, on: eleventh))
        #expect(try store.rosterRows().map(\.asOf) == [eleventh, eleventh])
        // The date the table was computed for is kept in the database, so a new process knows it too.
        let raw = try RawDatabase(path: folder.path())
        #expect(try raw.int("SELECT COUNT(*) FROM projection_dates WHERE projection = 'roster' AND as_of = '2025-02-11'") == 1)
    }

    @Test("Projections wiped behind the store's back are rebuilt from the log")
    func rebuild() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        _ = try runToCompletion(store)
        let tenth = try CivilDate(iso: "2025-02-10")
        try store.refreshRoster(sop: sop, on: tenth)
        let before = (try store.requests(), try store.decrees(), try store.rosterRows())
        let raw = try RawDatabase(path: folder.path())
        for table in ["roster", "request_candidates", "requests", "decree_grants", "decrees"] {
            try raw.execute("DELETE FROM \(table)")
        }
        #expect(try store.requests().isEmpty && store.decrees().isEmpty)
        try store.rebuildProjections(sop: sop, rosterOn: tenth)
        #expect(try store.requests() == before.0)
        #expect(try store.decrees() == before.1)
        #expect(try store.rosterRows() == before.2)
        #expect(try raw.int("SELECT COUNT(*) FROM request_candidates") == 2)
        #expect(try raw.int("SELECT COUNT(*) FROM decree_grants") == 2)
    }

    @Test("The Kadis's signature queues each grant at the SK's effective date (office time); no other step, not the draft, queues anything")
    func outboxFromDecree() throws {
        let store = try AccessStore.inMemory()
        let (_, results) = try runToCompletion(store)
        #expect(results.map(\.intents.count) == [0, 0, 0, 0, 0, 2, 0, 0])
        let effective = try CivilDate(iso: "2025-02-10").start(offset: .wib)
        #expect(try store.dueOutbox(now: effective.addingTimeInterval(-0.001)).isEmpty)
        let due = try store.dueOutbox(now: effective)
        #expect(Set(due.map(\.person)) == [try People.budi().key, try People.siti().key])
        #expect(due.allSatisfy { $0.causeSeq == 6 && $0.notBefore == effective && $0.state == .pending })
    }

    @Test("Request ids are allocated per office year and continue after given ids")
    func requestIDs() throws {
        let store = try AccessStore.inMemory()
        let at = Fixtures.wib("2025-12-31 23:30")
        let first = try store.execute(try cast.filing(RequestIDPolicy.placeholder), by: cast.kasi, at: at, sop: sop)
        _ = try store.execute(try cast.filing("REQ-2025-0041"), by: cast.kasi, at: at, sop: sop)
        let third = try store.execute(try cast.filing(RequestIDPolicy.placeholder), by: cast.kasi, at: at, sop: sop)
        // 2025-12-31 17:30 UTC is already 2026-01-01 00:30 in WIB.
        let nextYear = try store.execute(try cast.filing(RequestIDPolicy.placeholder), by: cast.kasi,
                                         at: at.addingTimeInterval(3600), sop: sop)
        let custom = try store.execute(try cast.filing(RequestIDPolicy.placeholder), by: cast.kasi,
                                       at: at.addingTimeInterval(3600), sop: sop,
                                       requestIDs: try RequestIDPolicy(prefix: "SKM"))
        #expect([first, third, nextYear, custom].map(\.requestID) == ["REQ-2025-0001", "REQ-2025-0042",
                                                                      "REQ-2026-0001", "SKM-2026-0001"])
        #expect(throws: StoreError.invalidRequestIDPrefix("R-Q")) { try RequestIDPolicy(prefix: "R-Q") }
    }

    @Test("A superseding SK queues the people of the SK it replaces at its own effective date")
    func supersession() throws {
        let store = try AccessStore.inMemory()
        let at = Fixtures.wib("2025-03-03 09:00")
        let old = try Decree(
            number: try DecreeNumber("800/1/Dukcapil/2024"), title: "Pengelola SIAK 2024",
            signedOn: try CivilDate(iso: "2024-01-02"), effectiveFrom: try CivilDate(iso: "2024-01-02"),
            signer: .init(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP(People.kadisNIP)),
            grants: [try Grant(person: try People.rina(), roles: ["operator"], workUnit: "Kecamatan Sukamara")])
        try store.importInForce(old, note: "lampiran 2024.xlsx", by: cast.adb, at: at, sop: sop)
        let new = try Decree(
            number: try DecreeNumber("800/9/Dukcapil/2025"), title: "Pengelola SIAK 2025",
            signedOn: try CivilDate(iso: "2025-03-01"), effectiveFrom: try CivilDate(iso: "2025-04-01"),
            effectiveUntil: try CivilDate(iso: "2025-12-31"),
            signer: .init(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP(People.kadisNIP)),
            grants: [try Grant(person: try People.budi(), roles: ["operator"], workUnit: "Bidang PIAK")],
            supersedes: [old.number])
        let result = try store.importInForce(new, note: "lampiran 2025.xlsx", by: cast.adb, at: at, sop: sop)
        let april = try CivilDate(iso: "2025-04-01").start(offset: .wib)
        let january = try CivilDate(iso: "2026-01-01").start(offset: .wib)
        let budi = try People.budi().key, rina = try People.rina().key
        // Sorted by instant, then person key ("nik:…" before "nip:…").
        #expect(result.intents.map(\.person) == [rina, budi, budi])
        #expect(result.intents.map(\.notBefore) == [april, april, january])
        #expect(result.intents.map(\.reason) == ["SK 800/1/Dukcapil/2024 is superseded by SK 800/9/Dukcapil/2025",
                                                 "SK 800/9/Dukcapil/2025 takes effect", "SK 800/9/Dukcapil/2025 ends"])
        #expect(result.records.first?.subject == "800/9/Dukcapil/2025")
        // The old SK's own intent (effective 2024) is due at once; the new ones from their dates.
        #expect(try store.dueOutbox(now: at).map(\.person) == [rina])
        #expect(try store.dueOutbox(now: april).count == 3)
        #expect(try store.dueOutbox(now: january).count == 4)
    }
}
