import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// A NIP/NIK disagreement (and the other soft checks) blocks the command that records a person until an official
/// confirms each warning with a note; the confirmation is part of the stored event.
@Suite("Confirming identity warnings")
struct ConfirmationTests {
    let cast: MojokertoCast
    let sop: SOPDefinition
    let now = Fixtures.wib("2025-02-03 08:00")
    /// Dewi with a NIP whose birth date (3 February) differs from her NIK's (2 February 1998).
    let corrected: Person
    let warning: WarningID = "birth-date-mismatch:nip:199802032022012001"

    init() throws {
        cast = try MojokertoCast()
        sop = try Fixtures.mojokerto()
        corrected = try People.person("Dewi Anggraini", nip: "19980203 202201 2 001", nik: "3576014202980001", uid: "dewi")
    }

    func filing(_ confirmations: [WarningID: String] = [:]) throws -> WorkflowCommand {
        .file(FileRequest(id: "REQ-1", applicant: corrected, candidates: [try People.candidate(corrected)],
                          evidence: try Fixtures.evidence([("surat-permohonan", "045/1")]), confirmations: confirmations))
    }

    @Test("Unconfirmed, the filing is refused with a message listing each warning and how to confirm it")
    func refused() throws {
        let state = WorkflowState(sop: sop)
        let error = #expect(throws: WorkflowError.self) { try state.decide(try filing(), by: cast.frontDesk, at: now) }
        guard case .unconfirmedWarnings(let warnings)? = error else {
            Issue.record("expected unconfirmedWarnings, got \(String(describing: error))")
            return
        }
        // The applicant is also the candidate: the warning is raised once.
        #expect(warnings.map(\.id) == [warning])
        guard case .file(let filing) = try filing() else { return }
        #expect(filing.warnings.map(\.id) == [warning])
        let message = error?.description ?? ""
        #expect(message.contains("[\(warning)]"))
        #expect(message.contains("--confirm ID=NOTE"))
        #expect(message.contains("--confirm \(warning)="))
    }

    @Test("Confirmed with a note, the filing is recorded and the note is in the stored event and the history")
    func confirmed() throws {
        var state = WorkflowState(sop: sop)
        let note = "tanggal lahir dikoreksi dengan SK BKN 123/2023"
        let events = try state.decide(try filing([warning: note]), by: cast.frontDesk, at: now)
        guard case .requestFiled(let filed)? = events.first else {
            Issue.record("expected a filing")
            return
        }
        #expect(filed.confirmations == [warning: note])
        for event in events { try state.apply(event) }
        #expect(state.requests["REQ-1"]?.records.first?.confirmations == [warning: note])
        let json = String(decoding: try JSONEncoder().encode(events[0]), as: UTF8.self)
        #expect(json.contains(#""confirmations":{"birth-date-mismatch:nip:199802032022012001":"#))
        #expect(try JSONDecoder().decode(WorkflowEvent.self, from: Data(json.utf8)) == events[0])
        #expect(try WorkflowState.replay(events, sop: sop).requests == state.requests)
    }

    @Test("A confirmation must answer a raised warning and carry a note")
    func badConfirmations() throws {
        let state = WorkflowState(sop: sop)
        let stray: WarningID = "sex-mismatch:nip:199802032022012001"
        #expect(throws: WorkflowError.unknownConfirmation(stray, known: [warning])) {
            try state.decide(try filing([warning: "ok", stray: "ok"]), by: cast.frontDesk, at: now)
        }
        #expect(throws: WorkflowError.emptyConfirmationNote(warning)) {
            try state.decide(try filing([warning: "  "]), by: cast.frontDesk, at: now)
        }
        let clean = try cast.filing()
        guard case .file(let plain) = clean else { return }
        let withStray = FileRequest(id: plain.id, applicant: plain.applicant, candidates: plain.candidates,
                                    evidence: plain.evidence, confirmations: plain.confirmations.merging([warning: "ok"]) { own, _ in own })
        #expect(throws: WorkflowError.unknownConfirmation(warning, known: plain.warnings.map(\.id))) {
            try state.decide(.file(withStray), by: cast.frontDesk, at: now)
        }
    }

    @Test("Events recorded before confirmations existed keep the old rule on replay: a disagreement is refused")
    func legacyEvents() throws {
        let candidate = try People.candidate(corrected)
        let legacy = WorkflowEvent.requestFiled(RequestFiled(
            at: now, actor: cast.frontDesk, request: "REQ-1", kind: .single, step: "pengajuan-tertulis",
            applicant: corrected, candidates: [candidate], note: "", evidence: try Fixtures.evidence([("surat-permohonan", "1")])))
        let json = String(decoding: try JSONEncoder().encode(legacy), as: UTF8.self)
        #expect(!json.contains("confirmations") && !json.contains("draft") && !json.contains("letterDate"))
        let error = #expect(throws: WorkflowError.self) { try WorkflowState.replay([legacy], sop: sop) }
        guard case .eventRefused(1, _, .invalidIdentity(let identity))? = error else {
            Issue.record("expected a refusal of event 1, got \(String(describing: error))")
            return
        }
        #expect(identity.description.contains("gives birth date"))
        // A legacy event without a disagreement replays as it always did.
        guard case .file(let plain) = try cast.filing() else { return }
        let fine = WorkflowEvent.requestFiled(RequestFiled(
            at: now, actor: cast.frontDesk, request: "REQ-2", kind: .single, step: "pengajuan-tertulis",
            applicant: plain.applicant, candidates: plain.candidates, note: "", evidence: plain.evidence))
        #expect(try WorkflowState.replay([fine], sop: sop).requests["REQ-2"]?.status == .inProgress(step: "disposisi-kadis"))
    }

    @Test("The other soft checks block the same way: an appointment at 15")
    func young() throws {
        let state = WorkflowState(sop: sop)
        let young = try People.person("Dewi Muda", nip: "20000101 201501 2 001")
        let command = WorkflowCommand.file(FileRequest(
            id: "REQ-1", applicant: young, candidates: [try People.candidate(young)],
            evidence: try Fixtures.evidence([("surat-permohonan", "1")])))
        let error = #expect(throws: WorkflowError.self) { try state.decide(command, by: cast.frontDesk, at: now) }
        guard case .unconfirmedWarnings(let warnings)? = error else {
            Issue.record("expected unconfirmedWarnings, got \(String(describing: error))")
            return
        }
        #expect(warnings.first?.kind == .youngAtAppointment)
    }

    @Test("Importing an SK and resubmitting a list with new people need the confirmations too")
    func importAndResubmit() throws {
        let sukamara = try Fixtures.sukamara()
        let s = try SukamaraCast()
        var office = Office(sukamara)
        let budi = try People.person("Budi Santoso", nip: "19900115 201503 1 002", nik: "6208011601900003")
        let id: WarningID = "birth-date-mismatch:nip:199001152015031002"
        let decree = try Decree(
            number: try DecreeNumber("800/1/Dukcapil/2024"), title: "SK lama", signedOn: try CivilDate(iso: "2024-02-01"),
            effectiveFrom: try CivilDate(iso: "2024-02-05"),
            signer: .init(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP(People.kadisNIP)),
            grants: [try Grant(person: budi, roles: ["operator"], workUnit: "Bidang PIAK")])
        #expect(throws: WorkflowError.self) { try office.run(.importDecree(decree, note: "lampiran"), by: s.adb) }
        let imported = try office.run(.importDecree(decree, note: "lampiran", confirmations: [id: "KTP lama, NIK benar"]),
                                      by: s.adb)
        guard case .decreeImported(let event)? = imported.first else { return }
        #expect(event.confirmations == [id: "KTP lama, NIK benar"])

        try office.run(try s.filing(), by: s.kasi)
        try office.run(.returnForRevision(request: "REQ-2025-0001", reason: "tambah"), by: s.kabid)
        let list = [try People.candidate(budi)]
        #expect(throws: WorkflowError.self) {
            try office.run(.resubmit(request: "REQ-2025-0001", candidates: list), by: s.kasi)
        }
        try office.run(.resubmit(request: "REQ-2025-0001", candidates: list, confirmations: [id: "sesuai SK CPNS"]), by: s.kasi)
        #expect(office.status("REQ-2025-0001") == .inProgress(step: "persetujuan-kadis"))
    }
}
