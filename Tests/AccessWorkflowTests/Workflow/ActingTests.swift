import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// Issue 20, item 8: acting officials (Plt./Plh.). The Kadis (or the Sekretaris) appoints by letter for a date range;
/// the acting official's acts carry the acting role, checked against the assignment on replay; it ends by itself;
/// segregation applies to the person.
@Suite("Acting officials (Plt./Plh.)")
struct ActingTests {
    let cast: SukamaraCast
    init() throws { cast = try SukamaraCast() }

    func assign(_ uid: String = "hendra", role: WorkflowRole = "kadis", from: String = "2025-02-03", until: String = "2025-02-07",
                letter: String = "800/12/Dukcapil/2025") throws -> WorkflowCommand {
        .assignActing(uid: uid, role: role, kind: .plh, from: try CivilDate(iso: from), until: try CivilDate(iso: until), letter: letter)
    }

    @Test("the Plh. Kadis approves and signs in the Kadis's place; the SK names him as Plh.; after the last day he may not")
    func actsInPlace() throws {
        var office = Office(try Fixtures.sukamara())
        try office.run(try assign("rudi"), by: cast.kadis)
        try office.run(try assign("hendra", from: "2025-02-03", until: "2025-02-03"), by: cast.kadis)
        let plh = try People.actor("rudi.lain", ["kabid"], nip: "19721105 199803 1 004")
        // Rudi's login: his own entry, acting as Kadis on these days.
        let kabidPlh = try People.actor("rudi", [], nip: "19721105 199803 1 004").acting(in: ["kadis"])
        #expect(office.state.actingRoles(of: kabidPlh, at: Fixtures.wib("2025-02-05 09:00")) == ["kadis"])
        #expect(office.state.actingRoles(of: plh, at: Fixtures.wib("2025-02-05 09:00")).isEmpty, "another login is not appointed")

        try office.run(try cast.filing(), by: cast.kasi)
        try office.run(.approve(request: "REQ-2025-0001", note: "paraf"), by: cast.kabid)
        try office.run(.approve(request: "REQ-2025-0001", note: "paraf"), by: cast.sekretaris)
        // Segregation applies to the person: the Kabid who initialled may not approve as Plh. Kadis.
        let hendraPlh = try People.actor("hendra", ["kabid"]).acting(in: ["kadis"])
        #expect(throws: WorkflowError.initialledTwice(actor: hendraPlh.description, step: "persetujuan-kadis")) {
            try office.run(.approve(request: "REQ-2025-0001"), by: hendraPlh)
        }
        try office.run(.approve(request: "REQ-2025-0001"), by: kabidPlh)
        try office.run(.issueDecree(request: "REQ-2025-0001", decree: try cast.draft()), by: cast.sekretaris)
        try office.run(try cast.sign(), by: kabidPlh)
        let signer = try #require(office.state.decrees[try DecreeNumber(SukamaraCast.decreeNumber)]?.decree.signer)
        let nip = try NIP("19721105 199803 1 004")
        #expect(signer.acting == .plh)
        #expect(signer.nip == nip)
        #expect(office.state.actingTitle(of: kabidPlh, at: office.clock) == "Plh. Kepala Dinas")
        #expect(try WorkflowState.replay(office.events, sop: try Fixtures.sukamara()) == office.state)

        // After the last day the claim is refused, on deciding and on replay.
        var later = Office(try Fixtures.sukamara(), start: Fixtures.wib("2025-02-10 08:00"))
        try later.run(try assign("rudi"), by: cast.kadis)
        try later.run(try cast.filing(), by: cast.kasi)
        for (command, actor) in cast.initials() { try later.run(command, by: actor) }
        #expect(throws: WorkflowError.acting(.notAssigned(actor: kabidPlh.description, role: "kadis"))) {
            try later.run(.approve(request: "REQ-2025-0001"), by: kabidPlh)
        }
    }

    @Test("only the Kadis or the Sekretaris appoints, with a letter, never himself nor as an acting official; an act claiming an acting role without an assignment is refused")
    func refusals() throws {
        var office = Office(try Fixtures.sukamara())
        #expect(throws: WorkflowError.acting(.notPermitted(actor: cast.kasi.description))) { try office.run(try assign(), by: cast.kasi) }
        #expect(throws: WorkflowError.acting(.letterMissing)) { try office.run(try assign(letter: " "), by: cast.kadis) }
        #expect(throws: WorkflowError.acting(.forOneself(actor: cast.kadis.description))) { try office.run(try assign("zainuddin"), by: cast.kadis) }
        #expect(throws: WorkflowError.acting(.endsBeforeStart(from: try CivilDate(iso: "2025-02-07"), until: try CivilDate(iso: "2025-02-03")))) {
            try office.run(try assign(from: "2025-02-07", until: "2025-02-03"), by: cast.kadis)
        }
        #expect(throws: WorkflowError.acting(.tooLong(from: try CivilDate(iso: "2025-02-03"), until: try CivilDate(iso: "2099-12-31")))) {
            try office.run(try assign(until: "2099-12-31"), by: cast.kadis)
        }
        try office.run(try assign("budi.plt", until: "2026-02-02"), by: cast.kadis)  // a full year is allowed
        let unknown = #expect(throws: WorkflowError.self) { try office.run(try assign(role: "bupati"), by: cast.kadis) }
        guard case .acting(.unknownRole)? = unknown else { Issue.record("expected unknownRole, got \(String(describing: unknown))"); return }
        try office.run(try assign(), by: cast.sekretaris)
        let plhKadis = try People.actor("hendra", ["kabid"]).acting(in: ["kadis"])
        #expect(throws: WorkflowError.acting(.notPermitted(actor: plhKadis.description))) {
            try office.run(try assign("ahmad.fauzi", role: "kabid"), by: plhKadis)
        }
        // A forged claim: acting as Kadis with no assignment for this login.
        let forged = try People.actor("tamu", []).acting(in: ["kadis"])
        #expect(throws: WorkflowError.acting(.notAssigned(actor: forged.description, role: "kadis"))) {
            try office.run(try cast.filing(), by: forged)
        }
    }
}
