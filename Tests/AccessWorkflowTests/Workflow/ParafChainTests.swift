import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// Sukamara's step 2 is a paraf chain: the Kabid PIAK and the Sekretaris initial the list, then the Kadis decides.
@Suite("Paraf chains and alternative executors")
struct ParafChainTests {
    let cast: SukamaraCast
    let filed: Office
    let id: RequestID = "REQ-2025-0001"

    init() throws {
        cast = try SukamaraCast()
        var office = Office(try Fixtures.sukamara())
        try office.run(try cast.filing(), by: cast.kasi)
        filed = office
    }

    @Test("The links act in order; an official of a later link is told it is not yet their turn")
    func order() throws {
        var office = filed
        let early = #expect(throws: WorkflowError.self) { try office.run(.approve(request: id), by: cast.kadis) }
        guard case .notYourTurn(_, "persetujuan-kadis", _, let awaited, let chain)? = early else {
            Issue.record("expected notYourTurn, got \(String(describing: early))")
            return
        }
        #expect(awaited == "Kabid Pengelolaan Informasi Administrasi Kependudukan (kabid)")
        #expect(chain == "kabid → sekretaris → kadis")
        #expect(early?.description.contains("now waits for Kabid") == true)
        #expect(throws: WorkflowError.self) { try office.run(.approve(request: id), by: cast.sekretaris) }
        #expect(throws: WorkflowError.self) { try office.run(.approve(request: id), by: cast.adb) }

        let paraf = try office.run(.approve(request: id, note: "paraf"), by: cast.kabid)
        #expect(paraf.map(\.type) == ["stepInitialled"])
        #expect(office.status(id) == .inProgress(step: "persetujuan-kadis"))
        #expect(office.state.awaited(id)?.link == 1)
        #expect(office.state.awaited(id)?.initials.map(\.actor.uid) == ["hendra"])
        #expect(throws: WorkflowError.self) { try office.run(.approve(request: id), by: cast.kadis) }
        try office.run(.approve(request: id, note: "paraf"), by: cast.sekretaris)
        let approved = try office.run(.approve(request: id), by: cast.kadis)
        #expect(approved.map(\.type) == ["stepApproved"])
        #expect(office.status(id) == .inProgress(step: "sk-kadis"))
        #expect(office.state.awaited(id)?.roles == ["sekretaris"] && office.state.awaited(id)?.link == 0)
    }

    @Test("Inboxes: isAwaiting names whoever's turn it is, never the applicant or someone who initialled")
    func inbox() throws {
        var office = filed
        #expect(office.state.isAwaiting(id, by: cast.kabid))
        #expect(!office.state.isAwaiting(id, by: cast.kadis))
        #expect(!office.state.isAwaiting(id, by: cast.kasi))
        let both = try People.actor("plt", ["kabid", "sekretaris"])
        try office.run(.approve(request: id), by: both)
        #expect(!office.state.isAwaiting(id, by: both), "one official initials a step once")
        #expect(office.state.isAwaiting(id, by: cast.sekretaris))
        #expect(throws: WorkflowError.initialledTwice(actor: both.description, step: "persetujuan-kadis")) {
            try office.run(.approve(request: id), by: both)
        }
        #expect(office.state.sop.executorTitles(office.state.sop.steps[1])
            == "Kabid Pengelolaan Informasi Administrasi Kependudukan (kabid) → Sekretaris (sekretaris) → Kepala Dinas (kadis)")
        try office.run(.returnForRevision(request: id, reason: "lengkapi"), by: cast.sekretaris)
        #expect(office.state.isAwaiting(id, by: cast.kasi), "a returned list waits for the Kasi to resubmit it")
        #expect(!office.state.isAwaiting(id, by: cast.kabid))
    }

    @Test("Whoever's turn it is may return the list; only the Kadis, the last link, may reject it")
    func stopping() throws {
        var office = filed
        #expect(throws: WorkflowError.notTheApprover(id, step: "persetujuan-kadis", action: .rejectRequest,
                                                     approver: "Kepala Dinas (kadis)")) {
            try office.run(.reject(request: id, reason: "tidak"), by: cast.kabid)
        }
        var returned = office
        try returned.run(.returnForRevision(request: id, reason: "perbaiki"), by: cast.kabid)
        #expect(returned.status(id) == .returned(reason: "perbaiki"))
        try returned.run(.resubmit(request: id), by: cast.kasi)
        #expect(returned.state.awaited(id)?.roles == ["kabid"], "a return voids the paraf: the chain starts again")
        for (command, actor) in cast.initials(id) { try office.run(command, by: actor) }
        try office.run(.reject(request: id, reason: "kuota penuh"), by: cast.kadis)
        #expect(office.status(id) == .rejected(reason: "kuota penuh"))
    }

    @Test("Replay re-checks the chain: a completion without the paraf, or a paraf by the last link, is refused")
    func replay() throws {
        var office = filed
        for (command, actor) in cast.initials(id) { try office.run(command, by: actor) }
        try office.run(.approve(request: id), by: cast.kadis)
        #expect(try WorkflowState.replay(office.events, sop: office.state.sop).requests == office.state.requests)

        let skipped = WorkflowEvent.stepApproved(StepApproved(
            at: office.clock, actor: cast.kadis, request: id, step: "persetujuan-kadis", note: "", evidence: [:]))
        let error = #expect(throws: WorkflowError.self) {
            try WorkflowState.replay([filed.events[0], skipped], sop: office.state.sop)
        }
        guard case .eventRefused(2, _, .awaitingInitials(_, "persetujuan-kadis", let awaited))? = error else {
            Issue.record("expected awaitingInitials, got \(String(describing: error))")
            return
        }
        #expect(awaited.contains("(kabid)"))
        let lastAsParaf = WorkflowEvent.stepInitialled(StepApproved(
            at: office.clock, actor: cast.kadis, request: id, step: "persetujuan-kadis", note: "", evidence: [:]))
        #expect(throws: WorkflowError.self) { try WorkflowState.replay(Array(office.events.prefix(3)) + [lastAsParaf], sop: office.state.sop) }
    }

    @Test("A chain on the decree step: the SK is issued only after the paraf")
    func decreeChain() throws {
        let yaml = try replacing("    executor: sekretaris\n", with: "    executor: {chain: [kabid, sekretaris]}\n",
                                 in: try Fixtures.sukamaraYAML())
        var office = Office(try SOPDefinition(yaml: yaml))
        try office.run(try cast.filing(), by: cast.kasi)
        for (command, actor) in cast.initials(id) { try office.run(command, by: actor) }
        try office.run(.approve(request: id), by: cast.kadis)
        let early = #expect(throws: WorkflowError.self) {
            try office.run(.issueDecree(request: id, decree: try cast.draft()), by: cast.sekretaris)
        }
        guard case .awaitingInitials(_, "sk-kadis", _)? = early else {
            Issue.record("expected awaitingInitials, got \(String(describing: early))")
            return
        }
        try office.run(.approve(request: id, note: "paraf konsep SK"), by: cast.kabid)
        try office.run(.issueDecree(request: id, decree: try cast.draft()), by: cast.sekretaris)
        try office.run(try cast.sign(id), by: cast.kadis)
        #expect(office.status(id) == .inProgress(step: "pembuatan-hak-akses"))
    }

    @Test("Alternatives: any one of the roles does the step; others are told who may")
    func alternatives() throws {
        let yaml = try replacing("    executor: kasi\n", with: "    executor: {anyOf: [kasi, adb]}\n", in: try Fixtures.sukamaraYAML())
        let sop = try SOPDefinition(yaml: yaml)
        #expect(sop.submitStep.executors.links == [["kasi", "adb"]])
        #expect(sop.submitStep.executors.description == "kasi | adb")
        var office = Office(sop)
        let error = #expect(throws: WorkflowError.self) { try office.run(try cast.filing(), by: cast.kabid) }
        guard case .missingRole(_, _, _, let required)? = error else {
            Issue.record("expected missingRole, got \(String(describing: error))")
            return
        }
        #expect(required == "Kasi SIAK (kasi) or Administrator Database Kependudukan (adb)")
        try office.run(try cast.filing(), by: cast.adb)
        #expect(office.status(id) == .inProgress(step: "persetujuan-kadis"))
    }
}
