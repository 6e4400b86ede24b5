import WorkflowFixtures
@testable import AccessWorkflow

extension SukamaraCast {
    /// Files and completes a request through all six steps (step 2 with the paraf of the Kabid and Sekretaris).
    func complete(_ office: inout Office, _ id: RequestID = "REQ-2025-0001", number: String = SukamaraCast.decreeNumber)
        throws
    {
        try office.run(filing(id), by: kasi)
        for (command, actor) in initials(id) { try office.run(command, by: actor, after: 5) }
        try office.run(.approve(request: id, evidence: try Fixtures.evidence([("disposisi-kadis", "disp/12")])), by: kadis, after: 30)
        try office.run(.issueDecree(request: id, decree: try draft(number)), by: sekretaris, after: 10)
        try office.run(try sign(id, on: CivilDate(office.clock, offset: office.state.sop.office.utcOffset).description), by: kadis, after: 30)
        try office.run(.approve(request: id, note: "akun dibuat"), by: adb, after: 20)
        try office.run(.recordHandover(request: id), by: adb, after: 5)
    }
}

extension MojokertoCast {
    func complete(_ office: inout Office, _ id: RequestID = "REQ-2025-0001", person: Person? = nil) throws {
        try office.run(filing(id, person: person), by: frontDesk)
        for (command, actor) in try steps(id) { try office.run(command, by: actor) }
    }
}
