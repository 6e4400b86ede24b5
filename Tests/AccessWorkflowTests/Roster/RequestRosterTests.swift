import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("Roster from requests")
struct RequestRosterTests {
    let cast: MojokertoCast

    init() throws { cast = try MojokertoCast() }

    func roster(_ office: Office, _ date: String) throws -> Roster { Roster(state: office.state, on: try CivilDate(iso: date)) }

    @Test("A candidate holds access from the day the provision step is done")
    func provision() throws {
        var office = Office(try Fixtures.mojokerto(), start: Fixtures.wib("2025-02-03 08:00"))
        try office.run(try cast.filing(), by: cast.frontDesk)
        for (command, actor) in try cast.steps().prefix(3) { try office.run(command, by: actor) }
        #expect(try roster(office, "2025-02-03").entries.isEmpty, "not before the ADB creates the account")
        try office.run(try cast.steps()[3].0, by: cast.adb)
        let entry = try #require(try roster(office, "2025-02-03").entry(for: try People.dewi().key))
        #expect(entry.roles == ["operator"])
        #expect(entry.basis == [.request("REQ-2025-0001")])
        #expect(entry.person.uid == "dewi")
        #expect(entry.workUnits == ["Kelurahan Gunung Gedangan"])
        #expect(entry.endDate == nil)
        #expect(try roster(office, "2025-02-02").entries.isEmpty)
    }

    @Test("Cancelled requests give no access, even after provisioning")
    func cancelled() throws {
        var office = Office(try Fixtures.mojokerto())
        try office.run(try cast.filing(), by: cast.frontDesk)
        for (command, actor) in try cast.steps().prefix(4) { try office.run(command, by: actor) }
        try office.run(.cancel(request: "REQ-2025-0001", reason: "pemohon mengundurkan diri"), by: cast.kadis)
        #expect(try roster(office, "2025-02-04").entries.isEmpty)
    }

    @Test("After a revocation only a request provisioned later gives access again")
    func revocation() throws {
        var office = Office(try Fixtures.mojokerto(), start: Fixtures.wib("2025-02-03 08:00"))
        try cast.complete(&office)
        try office.run(.revoke(person: try People.dewi().key, reason: .resignation, text: "surat pengunduran diri"),
                       by: cast.kadis, at: "2025-03-03 09:00")
        #expect(try roster(office, "2025-03-02").entries.count == 1)
        #expect(try roster(office, "2025-03-03").entries.isEmpty)
        office.clock = Fixtures.wib("2025-03-05 08:00")
        try cast.complete(&office, "REQ-2025-0002")
        let entry = try #require(try roster(office, "2025-03-05").entry(for: try People.dewi().key))
        #expect(entry.basis == [.request("REQ-2025-0002")])
    }

    @Test("SKs do not decide access in a requests office: entering one is refused by name; one already in a log grants nothing")
    func decreesIgnored() throws {
        var office = Office(try Fixtures.mojokerto())
        let decree = try DecreeFactory().make("500/1/2025", from: "2025-01-01", grants: [(try People.eko(), ["operator"])])
        #expect(throws: WorkflowError.decreesNotUsed(decree.number)) {
            try office.run(.importDecree(decree), by: cast.adb)
        }
        #expect(office.state.decrees.isEmpty && office.state.pendingDecrees.isEmpty)
        // A log written before the rule may hold such an SK: it replays, and still grants nothing.
        let imported = WorkflowEvent.decreeImported(DecreeImported(at: office.clock, actor: cast.adb, decree: decree, note: "",
                                                                   confirmations: [:], awaitsConfirmation: nil))
        try office.state.apply(imported)
        #expect(office.state.decrees.count == 1)
        #expect(try roster(office, "2025-02-01").entries.isEmpty)
    }
}
