import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// Issue 20, item 7: a candidate for a SIAK role without a NIP or NI PPPK (not ASN by their numbers) is a warning that
/// an official confirms with a note before the request or SK is recorded; the note is kept in the event.
/// These tests call `decide` directly: the fixtures' `Office.run` confirms the warning for the other tests.
@Suite("A candidate without a NIP")
struct NonASNCandidateTests {
    let sop: SOPDefinition
    let cast: SukamaraCast
    let now = Fixtures.wib("2025-02-03 08:00")
    let rinaWarning: WarningID = "no-nip:nik:6208024507950002"

    init() throws {
        sop = try Fixtures.sukamara()
        cast = try SukamaraCast()
    }

    func list(_ confirmations: [WarningID: String] = [:]) throws -> WorkflowCommand {
        .file(FileRequest(
            id: "REQ-2025-0001", applicant: try People.ahmad(),
            candidates: [try People.candidate(try People.budi()), try People.candidate(try People.rina(), unit: "Kecamatan Sukamara")],
            evidence: try Fixtures.evidence([("konsep-usulan", "470/01/Dukcapil/2025")]), confirmations: confirmations))
    }

    @Test("Unconfirmed, a list naming a NIK-only candidate is refused with the warning's id and what to do, in both languages")
    func refused() throws {
        let state = WorkflowState(sop: sop)
        let error = #expect(throws: WorkflowError.self) { try state.decide(try list(), by: cast.kasi, at: now) }
        guard case .unconfirmedWarnings(let warnings)? = error else {
            Issue.record("expected unconfirmedWarnings, got \(String(describing: error))")
            return
        }
        // Budi has a NIP: only Rina is named.
        #expect(warnings.map(\.id) == [rinaWarning])
        #expect(warnings.first?.kind == .noCivilServantNumber)
        let english = error?.description ?? ""
        #expect(english.contains("without a NIP or NI PPPK") && english.contains("--confirm \(rinaWarning)=\"tenaga kontrak"))
        let indonesian = error?.text(in: .indonesian) ?? ""
        #expect(indonesian.contains("tanpa NIP maupun NI PPPK") && indonesian.contains("misalnya --confirm \(rinaWarning)="))
    }

    @Test("Confirmed with a note, the list is filed; the event keeps the note and says the check was made")
    func confirmed() throws {
        var state = WorkflowState(sop: sop)
        #expect(throws: WorkflowError.emptyConfirmationNote(rinaWarning)) {
            try state.decide(try list([rinaWarning: " "]), by: cast.kasi, at: now)
        }
        let events = try state.decide(try list([rinaWarning: "tenaga kontrak kecamatan, surat tugas Camat 800/12"]), by: cast.kasi, at: now)
        guard case .requestFiled(let filed)? = events.first else {
            Issue.record("expected requestFiled, got \(events)")
            return
        }
        #expect(filed.confirmations == [rinaWarning: "tenaga kontrak kecamatan, surat tugas Camat 800/12"])
        #expect(filed.nipWarning == true)
        for event in events { try state.apply(event) }
        #expect(try WorkflowState.replay(events, sop: sop).requests["REQ-2025-0001"] == state.requests["REQ-2025-0001"])
    }

    @Test("An applicant without a NIP raises nothing: the warning is about who gets access")
    func applicantOnly() throws {
        let state = WorkflowState(sop: sop)
        let command = WorkflowCommand.file(FileRequest(
            id: "REQ-2025-0001", applicant: try People.rina(), candidates: [try People.candidate(try People.budi())],
            evidence: try Fixtures.evidence([("konsep-usulan", "470/01/Dukcapil/2025")])))
        let events = try state.decide(command, by: cast.kasi, at: now)
        #expect(events.count == 1)
    }

    @Test("Importing an SK that names a NIK-only person needs the confirmation too")
    func imported() throws {
        let state = WorkflowState(sop: sop)
        let decree = try Decree(
            number: try DecreeNumber("800/1/Dukcapil/2024"), title: "SK lama", signedOn: try CivilDate(iso: "2024-02-01"),
            effectiveFrom: try CivilDate(iso: "2024-02-05"),
            signer: .init(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP(People.kadisNIP)),
            grants: [try Grant(person: try People.rina(), roles: ["operator"], workUnit: "Kecamatan Sukamara")])
        let error = #expect(throws: WorkflowError.self) { try state.decide(.importDecree(decree, note: "lampiran"), by: cast.adb, at: now) }
        guard case .unconfirmedWarnings(let warnings)? = error else {
            Issue.record("expected unconfirmedWarnings, got \(String(describing: error))")
            return
        }
        #expect(warnings.map(\.id) == [rinaWarning])
        let events = try state.decide(.importDecree(decree, note: "lampiran", confirmations: [rinaWarning: "honorer kecamatan"]),
                                      by: cast.adb, at: now)
        guard case .decreeImported(let event)? = events.first else { return }
        #expect(event.nipWarning == true && event.confirmations == [rinaWarning: "honorer kecamatan"])
    }

    @Test("Replay: events from before the check replay unconfirmed; an event that says it checked must carry the note")
    func replay() throws {
        guard case .file(let filing) = try list() else { return }
        let before = RequestFiled(
            at: now, actor: cast.kasi, request: filing.id, kind: .list, step: sop.submitStep.id, applicant: filing.applicant,
            candidates: filing.candidates, note: "", evidence: filing.evidence, confirmations: [:])
        // Written by the previous version: no `nipWarning` key, no confirmation of Rina; it replays as it did.
        let json = try JSONEncoder().encode(WorkflowEvent.requestFiled(before))
        #expect(!String(decoding: json, as: UTF8.self).contains("nipWarning"))
        let decoded = try JSONDecoder().decode(WorkflowEvent.self, from: json)
        #expect(try WorkflowState.replay([decoded], sop: sop).requests[filing.id] != nil)
        // The same event claiming the check without the confirmation is refused on replay.
        let forged = RequestFiled(
            at: now, actor: cast.kasi, request: filing.id, kind: .list, step: sop.submitStep.id, applicant: filing.applicant,
            candidates: filing.candidates, note: "", evidence: filing.evidence, confirmations: [:], nipWarning: true)
        let error = #expect(throws: WorkflowError.self) { try WorkflowState.replay([.requestFiled(forged)], sop: sop) }
        let message = error?.description ?? ""
        #expect(message.contains("refused on replay") && message.contains("[\(rinaWarning)]"))
    }

    @Test("A resubmitted list with a new NIK-only candidate needs the confirmation")
    func resubmitted() throws {
        var office = Office(sop)
        try office.run(try cast.filing(), by: cast.kasi)
        try office.run(.returnForRevision(request: "REQ-2025-0001", reason: "tambah Rina"), by: cast.kabid)
        let candidates = [try People.candidate(try People.budi()), try People.candidate(try People.rina(), unit: "Kecamatan Sukamara")]
        let error = #expect(throws: WorkflowError.self) {
            try office.state.decide(.resubmit(request: "REQ-2025-0001", candidates: candidates), by: cast.kasi, at: office.clock.addingTimeInterval(60))
        }
        guard case .unconfirmedWarnings(let warnings)? = error else {
            Issue.record("expected unconfirmedWarnings, got \(String(describing: error))")
            return
        }
        #expect(warnings.map(\.id) == [rinaWarning])
        let events = try office.state.decide(.resubmit(request: "REQ-2025-0001", candidates: candidates, confirmations: [rinaWarning: "surat tugas Camat"]),
                                             by: cast.kasi, at: office.clock.addingTimeInterval(60))
        guard case .requestResubmitted(let event)? = events.first else { return }
        #expect(event.nipWarning == true)
    }
}
