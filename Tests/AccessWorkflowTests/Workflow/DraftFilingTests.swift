import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// Step 1 is timed: a list filed as a draft keeps step 1 open from the filing until it is submitted; a letter date
/// recorded with the filing starts step 1 at that date.
@Suite("Drafts and letter dates: step 1 timed")
struct DraftFilingTests {
    let cast: SukamaraCast
    let id: RequestID = "REQ-2025-0001"

    init() throws { cast = try SukamaraCast() }

    func draft(evidence: [DocumentID: Evidence] = [:], letter: CivilDate? = nil) throws -> WorkflowCommand {
        guard case .file(let filing) = try cast.filing() else { throw FixtureError("the cast files a list") }
        return .file(FileRequest(id: filing.id, applicant: filing.applicant, candidates: filing.candidates,
                                 note: filing.note, evidence: evidence, draft: true, letterDate: letter))
    }

    @Test("A draft waits at step 1 for the Kasi, who submits it with the step's output; the day runs from the filing")
    func draftAndSubmit() throws {
        var office = Office(try Fixtures.sukamara())
        let filed = try office.run(try draft(), by: cast.kasi, at: "2025-02-03 08:00")
        guard case .requestFiled(let event)? = filed.first else { return }
        #expect(event.isDraft && event.draft == true)
        #expect(String(decoding: try JSONEncoder().encode(filed[0]), as: UTF8.self).contains(#""draft":true"#))
        #expect(office.status(id) == .inProgress(step: "konsep-usulan"))
        #expect(office.state.requests[id]?.records.map(\.outcome) == [.drafted])
        #expect(office.state.isAwaiting(id, by: cast.kasi), "the applicant submits his own draft")
        #expect(!office.state.isAwaiting(id, by: cast.kabid))

        let pending = SLAReport(state: office.state, now: Fixtures.wib("2025-02-03 12:00"))
        #expect(pending.rows.map(\.step) == ["konsep-usulan"])
        #expect(pending.rows.first?.isPending == true && pending.rows.first?.elapsed == 4 * 3600)

        #expect(throws: WorkflowError.missingRole(actor: cast.kabid.description, step: "konsep-usulan",
                                                  stepTitle: "membuat surat pengusulan daftar petugas pengelola Aplikasi SIAK",
                                                  required: "Kasi SIAK (kasi)")) {
            try office.run(.approve(request: id), by: cast.kabid)
        }
        #expect(throws: WorkflowError.self) { try office.run(.recordHandover(request: id), by: cast.kasi) }
        try office.run(.approve(request: id, note: "konsep selesai",
                                evidence: try Fixtures.evidence([("konsep-usulan", "470/01/Dukcapil/2025")])),
                       by: cast.kasi, at: "2025-02-04 08:00")
        #expect(office.status(id) == .inProgress(step: "persetujuan-kadis"))
        let report = SLAReport(state: office.state, now: Fixtures.wib("2025-02-04 08:00"))
        let step1 = try #require(report.rows.first)
        #expect(step1.step == "konsep-usulan" && step1.outcome == .approved && step1.actorUID == "ahmad.fauzi")
        // Mon 08:00–16:00 less the break (7 h) + Tue 07:30–08:00: 7.5 h, exactly the 1 hari of 7.5 h.
        #expect(step1.elapsed == 27_000 && step1.standardSeconds == 27_000 && !step1.breached)
        #expect(try WorkflowState.replay(office.events, sop: office.state.sop).requests == office.state.requests)
    }

    @Test("An ordinary filing still completes step 1 and is not timed without a letter date; no draft key is written")
    func ordinary() throws {
        var office = Office(try Fixtures.sukamara())
        let filed = try office.run(try cast.filing(), by: cast.kasi, at: "2025-02-03 08:00")
        let json = String(decoding: try JSONEncoder().encode(filed[0]), as: UTF8.self)
        #expect(!json.contains("draft") && !json.contains("letterDate"))
        #expect(SLAReport(state: office.state, now: Fixtures.wib("2025-02-03 08:10")).rows.map(\.step) == ["persetujuan-kadis"])
    }

    @Test("A letter date alone times nothing (issue 20: from midnight, step 1 was charged to whoever typed the letter in); it may not be after the filing")
    func letterDate() throws {
        let mojokerto = try MojokertoCastFiling()
        var office = Office(try Fixtures.mojokerto())
        try office.run(try mojokerto.filing(letter: try CivilDate(iso: "2025-02-03")), by: mojokerto.cast.frontDesk,
                       at: "2025-02-03 08:00")
        #expect(SLAReport(state: office.state, now: Fixtures.wib("2025-02-03 08:00")).rows.map(\.step) == ["disposisi-kadis"])
        #expect(office.state.requests["REQ-2025-0001"]?.letterDate == (try CivilDate(iso: "2025-02-03")))

        var late = Office(try Fixtures.mojokerto())
        #expect(throws: WorkflowError.letterAfterFiling("REQ-2025-0001", letter: try CivilDate(iso: "2025-02-04"),
                                                        filed: try CivilDate(iso: "2025-02-03"))) {
            try late.run(try mojokerto.filing(letter: try CivilDate(iso: "2025-02-04")), by: mojokerto.cast.frontDesk,
                         at: "2025-02-03 08:00")
        }
    }

    @Test("Step 1 is timed from the letter's registration in the agenda and charged to the official who filed it")
    func registration() throws {
        let mojokerto = try MojokertoCastFiling()
        var office = Office(try Fixtures.mojokerto())
        let registered = try LetterRegistration(agenda: "045/117/Dispenduk/2025", at: Fixtures.wib("2025-02-03 08:10"))
        try office.run(try mojokerto.filing(letter: try CivilDate(iso: "2025-02-01"), registration: registered), by: mojokerto.cast.frontDesk,
                       at: "2025-02-03 08:40")
        let row = try #require(SLAReport(state: office.state, now: Fixtures.wib("2025-02-03 08:40")).rows.first)
        #expect(row.step == "pengajuan-tertulis" && row.started == Fixtures.wib("2025-02-03 08:10"))
        #expect(row.elapsed == 1800 && row.breached, "08:10–08:40 against 15 menit")
        #expect(row.shares.map(\.actorUID) == [mojokerto.cast.frontDesk.uid])
        #expect(office.state.requests["REQ-2025-0001"]?.registration == registered)
        // Recorded in the event only when given, read back the same.
        let json = String(decoding: try JSONEncoder().encode(office.events[0]), as: UTF8.self)
        #expect(json.contains("045\\/117\\/Dispenduk\\/2025") || json.contains("045/117/Dispenduk/2025"))
        #expect(try JSONDecoder().decode(WorkflowEvent.self, from: Data(json.utf8)) == office.events[0])

        var afterFiling = Office(try Fixtures.mojokerto())
        let tooLate = try LetterRegistration(agenda: "045/118", at: Fixtures.wib("2025-02-03 09:00"))
        #expect(throws: WorkflowError.self) {
            try afterFiling.run(try mojokerto.filing(letter: nil, registration: tooLate), by: mojokerto.cast.frontDesk, at: "2025-02-03 08:40")
        }
        var beforeLetter = Office(try Fixtures.mojokerto())
        #expect(throws: WorkflowError.self) {
            try beforeLetter.run(try mojokerto.filing(letter: try CivilDate(iso: "2025-02-03"),
                                                      registration: try LetterRegistration(agenda: "045/119", at: Fixtures.wib("2025-02-02 15:00"))),
                                 by: mojokerto.cast.frontDesk, at: "2025-02-03 08:40")
        }
        #expect(afterFiling.state.requests.isEmpty && beforeLetter.state.requests.isEmpty)
        #expect(throws: RequestError.self) { try LetterRegistration(agenda: "  ", at: Fixtures.wib("2025-02-03 08:00")) }
    }
}

/// Mojokerto's filing with a letter date.
struct MojokertoCastFiling {
    let cast: MojokertoCast

    init() throws { cast = try MojokertoCast() }

    func filing(letter: CivilDate?, registration: LetterRegistration? = nil) throws -> WorkflowCommand {
        guard case .file(let filing) = try cast.filing() else { throw FixtureError("the cast files a request") }
        return .file(FileRequest(id: filing.id, applicant: filing.applicant, candidates: filing.candidates,
                                 evidence: filing.evidence, letterDate: letter, registration: registration))
    }
}
