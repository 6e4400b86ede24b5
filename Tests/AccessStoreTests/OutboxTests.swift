import AccessStore
import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

@Suite("The outbox of directory synchronisations")
struct OutboxTests {
    let store: AccessStore
    let budi: PersonKey
    let siti: PersonKey
    let now: Date

    init() throws {
        store = try AccessStore.inMemory()
        budi = try People.budi().key
        siti = try People.siti().key
        now = Fixtures.wib("2025-02-03 08:00")
    }

    @Test("Only events that change access queue rows; system records and other steps do not")
    func onlyFromAccessEvents() throws {
        let sop = try Fixtures.sukamara()
        let cast = try SukamaraCast()
        try store.execute(try cast.filing("REQ-1"), by: cast.kasi, at: now, sop: sop)
        for (command, actor) in cast.initials("REQ-1") { try store.execute(command, by: actor, at: now, sop: sop) }
        try store.execute(.approve(request: "REQ-1", evidence: try Fixtures.evidence([("disposisi-kadis", "d/1")])),
                          by: cast.kadis, at: now, sop: sop)
        try store.append(kind: "handover.delivered", actor: "adb.satu", subject: budi.description, payload: ["x": 1])
        #expect(try store.dueOutbox(now: .distantFuture).isEmpty)
        try store.execute(.issueDecree(request: "REQ-1", decree: try cast.draft("800/2/Dukcapil/2025")),
                          by: cast.sekretaris, at: now, sop: sop)
        #expect(try store.dueOutbox(now: .distantFuture).isEmpty, "a draft awaiting the Kadis's signature queues nothing")
        try store.execute(try cast.sign("REQ-1", on: CivilDate(now, offset: sop.office.utcOffset).description), by: cast.kadis,
                          at: now, sop: sop)
        #expect(try store.dueOutbox(now: .distantFuture).map(\.causeSeq) == [7, 7])
    }

    @Test("Rows are due only from their notBefore instant, earliest first")
    func dueAfterNotBefore() throws {
        let later = now.addingTimeInterval(3600)
        try store.enqueue([SyncIntent(person: budi, notBefore: later, reason: "b"),
                           SyncIntent(person: siti, notBefore: now, reason: "s")], actor: "reconciler", note: "test")
        #expect(try store.dueOutbox(now: now.addingTimeInterval(-1)).isEmpty)
        #expect(try store.dueOutbox(now: now).map(\.person) == [siti])
        #expect(try store.dueOutbox(now: later).map(\.person) == [siti, budi])
        #expect(try store.dueOutbox(now: later, limit: 1).map(\.person) == [siti])
    }

    @Test("Re-enqueueing the same person and instant merges into the pending row, with a sync.queued record each time")
    func mergedOnReenqueue() throws {
        let first = try store.enqueue([SyncIntent(person: budi, notBefore: now, reason: "SK A takes effect")],
                                      actor: "reconciler", note: "run 1", at: now)
        let again = try store.enqueue([SyncIntent(person: budi, notBefore: now, reason: "SK A takes effect"),
                                       SyncIntent(person: budi, notBefore: now, reason: "drift found")],
                                      actor: "reconciler", note: "run 2", at: now)
        #expect(first == EnqueueResult(inserted: 1, merged: 0))
        #expect(again == EnqueueResult(inserted: 0, merged: 2))
        let rows = try store.outbox(person: budi)
        #expect(rows.count == 1)
        #expect(rows.first?.reason == "SK A takes effect; drift found" && rows.first?.causeSeq == 1)
        #expect(try store.records().map(\.kind) == ["sync.queued", "sync.queued"])
    }

    @Test("Completing marks the row done, appends sync.applied, and cannot happen twice")
    func complete() throws {
        try store.enqueue([SyncIntent(person: budi, notBefore: now, reason: "r")], actor: "reconciler", note: "")
        let id = try #require(try store.dueOutbox(now: now).first?.id)
        let record = try store.completeOutbox(id: id, actor: "bridge", detail: ["added": ["operator"]], at: now)
        #expect(record.kind == "sync.applied" && record.subject == budi.description && record.actor == "bridge")
        #expect(record.payload.contains(#""detail":{"added":["operator"]}"#))
        let row = try #require(try store.outbox(person: budi).first)
        #expect(row.state == .done && row.attempts == 1 && row.finishedAt == now)
        #expect(try store.dueOutbox(now: .distantFuture).isEmpty)
        #expect(throws: StoreError.outboxFinished(id, state: "done")) {
            try store.completeOutbox(id: id, actor: "bridge", detail: "again")
        }
        #expect(throws: StoreError.unknownOutbox(999)) { try store.refuseOutbox(id: 999, actor: "b", reason: "r") }
        // A finished row no longer absorbs new intents for the same instant.
        #expect(try store.enqueue([SyncIntent(person: budi, notBefore: now, reason: "r")], actor: "reconciler",
                                  note: "") == EnqueueResult(inserted: 1, merged: 0))
    }

    @Test("A failure keeps the row pending until its retry time; a refusal finishes it; both are audited")
    func failAndRefuse() throws {
        try store.enqueue([SyncIntent(person: budi, notBefore: now, reason: "r"),
                           SyncIntent(person: siti, notBefore: now, reason: "r")], actor: "reconciler", note: "")
        let due = try store.dueOutbox(now: now)
        let retry = now.addingTimeInterval(300)
        try store.failOutbox(id: due[0].id, actor: "bridge", error: "LDAP server down", retryAt: retry, at: now)
        try store.refuseOutbox(id: due[1].id, actor: "bridge", reason: "entry is managed by hand", at: now)
        #expect(try store.dueOutbox(now: retry.addingTimeInterval(-1)).isEmpty)
        let retried = try #require(try store.dueOutbox(now: retry).first)
        #expect(retried.id == due[0].id && retried.attempts == 1 && retried.lastError == "LDAP server down")
        let refused = try #require(try store.outbox(person: due[1].person).first)
        #expect(refused.state == .refused && refused.lastError == "entry is managed by hand")
        #expect(try store.records().map(\.kind) == ["sync.queued", "sync.failed", "sync.refused"])
    }

    @Test("Writes in one transaction commit together or not at all; a cause must be an existing audit record")
    func transactions() throws {
        struct Boom: Error, CustomStringConvertible { var description: String { "the directory went away" } }
        let error = #expect(throws: StoreError.self) {
            try store.transaction { tx in
                let record = try tx.append(kind: "reconcile.applied", actor: "r", subject: "", payload: ["n": 1])
                try tx.enqueue([SyncIntent(person: budi, notBefore: now, reason: "r")], cause: record.seq)
                throw Boom()
            }
        }
        #expect(error == .aborted("the directory went away"))
        #expect(try store.records().isEmpty && store.dueOutbox(now: .distantFuture).isEmpty)
        #expect(throws: StoreError.self) {
            try store.transaction { tx in
                try tx.enqueue([SyncIntent(person: budi, notBefore: now, reason: "r")], cause: 999)
            }
        }
        #expect(throws: StoreError.invalidKind("workflow")) {
            try store.append(kind: "workflow", actor: "x", subject: "", payload: ["forged": true])
        }
        #expect(throws: StoreError.invalidKind("Sync Applied")) {
            try store.append(kind: "Sync Applied", actor: "x", subject: "", payload: ["n": 1])
        }
    }
}
