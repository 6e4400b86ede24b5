import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("Replay and forged events")
struct ReplayTests {
    let sop: SOPDefinition
    let cast: MojokertoCast
    let history: [WorkflowEvent]

    init() throws {
        sop = try Fixtures.mojokerto()
        cast = try MojokertoCast()
        var office = Office(sop)
        try cast.complete(&office)
        history = office.events
    }

    @Test("Replaying the stored events rebuilds the same state")
    func replay() throws {
        var office = Office(sop)
        try cast.complete(&office)
        let replayed = try WorkflowState.replay(history, sop: sop)
        #expect(replayed.requests == office.state.requests)
        #expect(replayed.eventCount == 6)
    }

    @Test("Events survive a JSON round trip exactly, and the decoded log replays")
    func json() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(history)
        let decoded = try JSONDecoder().decode([WorkflowEvent].self, from: data)
        #expect(decoded == history)
        #expect(try encoder.encode(decoded) == data)
        #expect(try WorkflowState.replay(decoded, sop: sop).requests["REQ-2025-0001"]?.status == .completed)
    }

    @Test("An approval forged with an actor lacking the role is refused, naming the event")
    func forgedRole() throws {
        guard case .stepApproved(let real) = history[1] else {
            Issue.record("unexpected history shape")
            return
        }
        let forged = WorkflowEvent.stepApproved(StepApproved(
            at: real.at, actor: cast.kabid, request: real.request, step: real.step, note: real.note, evidence: real.evidence))
        var events = history
        events[1] = forged
        let error = #expect(throws: WorkflowError.self) { try WorkflowState.replay(events, sop: sop) }
        guard case .eventRefused(let index, let summary, let reason)? = error else {
            Issue.record("expected eventRefused, got \(String(describing: error))")
            return
        }
        #expect(index == 2)
        #expect(summary.hasPrefix("stepApproved by kabid on REQ-2025-0001 step disposisi-kadis"))
        guard case .missingRole = reason else {
            Issue.record("expected missingRole, got \(reason)")
            return
        }
        #expect(error?.description.hasPrefix("stored event #2 (stepApproved by kabid") == true)
    }

    @Test("A removed event makes the next one a skip, which is refused")
    func removedEvent() throws {
        var events = history
        events.remove(at: 2)
        let error = #expect(throws: WorkflowError.self) { try WorkflowState.replay(events, sop: sop) }
        guard case .eventRefused(3, _, .wrongStep)? = error else {
            Issue.record("expected a refused skip at #3, got \(String(describing: error))")
            return
        }
    }

    @Test("An approval injected after a rejection is refused")
    func injectedAfterRejection() throws {
        var office = Office(sop)
        try office.run(try cast.filing(), by: cast.frontDesk)
        for (command, actor) in try cast.steps().prefix(2) { try office.run(command, by: actor) }
        try office.run(.reject(request: "REQ-2025-0001", reason: "ditolak"), by: cast.kasi)
        let injected = WorkflowEvent.stepApproved(StepApproved(
            at: office.clock.addingTimeInterval(60), actor: cast.kasi, request: "REQ-2025-0001", step: "kajian-kasi",
            note: "", evidence: try Fixtures.evidence([("pakta-integritas", "p")])))
        var state = office.state
        #expect(throws: WorkflowError.eventRefused(index: 5, summary: injected.description,
                                                   reason: .rejectedFinal("REQ-2025-0001", reason: "ditolak"))) {
            try state.apply(injected)
        }
        #expect(state.requests == office.state.requests)
    }

    @Test("A forged SK whose grants differ from the request's candidates is refused")
    func forgedDecree() throws {
        let s = try SukamaraCast()
        let sukamara = try Fixtures.sukamara()
        var office = Office(sukamara)
        try s.complete(&office)
        // Events: filed, two paraf, the Kadis's approval, then the SK.
        guard case .decreeIssued(let real) = office.events[4] else {
            Issue.record("unexpected history shape")
            return
        }
        let extra = try Grant(person: try People.rina(), roles: ["administrator"], workUnit: "Dinas")
        let forgedDecree = try Decree(
            number: real.decree.number, title: real.decree.title, signedOn: real.decree.signedOn,
            effectiveFrom: real.decree.effectiveFrom, signer: real.decree.signer, grants: real.decree.grants + [extra],
            requestID: real.request)
        var events = office.events
        events[4] = .decreeIssued(DecreeIssued(at: real.at, actor: real.actor, request: real.request, step: real.step,
                                               decree: forgedDecree, note: real.note))
        let error = #expect(throws: WorkflowError.self) { try WorkflowState.replay(events, sop: sukamara) }
        guard case .eventRefused(5, _, .decreeMismatch)? = error else {
            Issue.record("expected decreeMismatch at #5, got \(String(describing: error))")
            return
        }
    }

    @Test("Stored JSON with invalid data (a 17-digit NIP) does not even decode")
    func invalidStoredData() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(history[0]), as: UTF8.self)
        let tampered = text.replacingOccurrences(of: "3576014202980001", with: "357601420298001")
        #expect(tampered != text)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WorkflowEvent.self, from: Data(tampered.utf8)) }
        let unknownType = text.replacingOccurrences(of: #""type":"requestFiled""#, with: #""type":"requestSigned""#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WorkflowEvent.self, from: Data(unknownType.utf8)) }
    }
}

@Suite("Event JSON shape")
struct EventShapeTests {
    @Test("A stepApproved event has a type discriminator, a UTC millisecond instant and flat fields")
    func golden() throws {
        let actor = try People.actor("imron", ["kadis"], nip: People.kadisNIP)
        let event = WorkflowEvent.stepApproved(StepApproved(
            at: Date(timeIntervalSince1970: 1_738_544_400.1234), actor: actor, request: "REQ-2025-0001",
            step: "disposisi-kadis", note: "setuju", evidence: try Fixtures.evidence([("disposisi-kadis", "disp/30")])))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(event), as: UTF8.self)
        let expected = #"{"actor":{"displayName":"IMRON","nip":"196507091986031020","roles":["kadis"],"uid":"imron"},"#
            + #""at":"2025-02-03T01:00:00.123Z","evidence":{"disposisi-kadis":{"reference":"disp\/30"}},"#
            + #""note":"setuju","request":"REQ-2025-0001","step":"disposisi-kadis","type":"stepApproved"}"#
        #expect(json == expected)
        #expect(event.at == Date(timeIntervalSince1970: 1_738_544_400.123))
    }

    @Test("Each event type has its discriminator", arguments: [
        ("requestFiled", 0), ("stepApproved", 1), ("handoverRecorded", 5),
    ])
    func discriminators(type: String, index: Int) throws {
        var office = Office(try Fixtures.mojokerto())
        try MojokertoCast().complete(&office)
        let data = try JSONEncoder().encode(office.events[index])
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object?["type"] as? String == type)
        #expect(object?["at"] is String)
        #expect(object?["actor"] is [String: Any])
    }
}
