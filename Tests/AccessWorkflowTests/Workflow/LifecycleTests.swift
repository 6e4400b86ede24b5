import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("Rejection, return, resubmission, cancellation")
struct LifecycleTests {
    let cast: MojokertoCast
    let atKasi: Office

    init() throws {
        cast = try MojokertoCast()
        var office = Office(try Fixtures.mojokerto())
        try office.run(try cast.filing(), by: cast.frontDesk)
        for (command, actor) in try cast.steps().prefix(2) { try office.run(command, by: actor) }
        atKasi = office
    }

    @Test("A rejection is final: nothing can approve, resubmit, return or cancel it afterwards")
    func rejectionIsTerminal() throws {
        var office = atKasi
        try office.run(.reject(request: "REQ-2025-0001", reason: "bukan pegawai kelurahan"), by: cast.kasi)
        #expect(office.status("REQ-2025-0001") == .rejected(reason: "bukan pegawai kelurahan"))
        let final = WorkflowError.rejectedFinal("REQ-2025-0001", reason: "bukan pegawai kelurahan")
        #expect(throws: final) { try office.run(try cast.steps()[2].0, by: cast.kasi) }
        #expect(throws: final) { try office.run(.approve(request: "REQ-2025-0001", step: "pembuatan-akun"), by: cast.adb) }
        #expect(throws: final) { try office.run(.resubmit(request: "REQ-2025-0001"), by: cast.frontDesk) }
        #expect(throws: final) { try office.run(.returnForRevision(request: "REQ-2025-0001", reason: "x"), by: cast.kasi) }
        #expect(throws: final) { try office.run(.cancel(request: "REQ-2025-0001", reason: "x"), by: cast.kadis) }
        #expect(office.status("REQ-2025-0001") == .rejected(reason: "bukan pegawai kelurahan"))
    }

    @Test("Reject and return only where the SOP allows them, with a reason, by the step's role")
    func rejectRules() throws {
        // Mojokerto: the Kabid may return but not reject (issue 11), the ADB neither.
        var office = Office(try Fixtures.mojokerto())
        try office.run(try cast.filing(), by: cast.frontDesk)
        try office.run(try cast.steps()[0].0, by: cast.kadis)
        #expect(throws: WorkflowError.rejectNotAllowed("REQ-2025-0001", step: "disposisi-kabid")) {
            try office.run(.reject(request: "REQ-2025-0001", reason: "tidak"), by: cast.kabid)
        }
        var atADB = atKasi
        try atADB.run(try cast.steps()[2].0, by: cast.kasi)
        #expect(throws: WorkflowError.returnNotAllowed("REQ-2025-0001", step: "pembuatan-akun")) {
            try atADB.run(.returnForRevision(request: "REQ-2025-0001", reason: "tidak"), by: cast.adb)
        }
        var kasiStep = atKasi
        #expect(throws: WorkflowError.emptyReason(action: .rejection)) {
            try kasiStep.run(.reject(request: "REQ-2025-0001", reason: "  "), by: cast.kasi)
        }
        #expect(throws: WorkflowError.self) { try kasiStep.run(.reject(request: "REQ-2025-0001", reason: "x"), by: cast.kabid) }
        #expect(kasiStep.status("REQ-2025-0001") == .inProgress(step: "kajian-kasi"))
    }

    @Test("Return goes back to the first step; earlier approvals are voided but kept; resubmission restarts at step 2")
    func returnAndResubmit() throws {
        var office = atKasi
        try office.run(.returnForRevision(request: "REQ-2025-0001", reason: "biodata belum lengkap"), by: cast.kasi)
        #expect(office.status("REQ-2025-0001") == .returned(reason: "biodata belum lengkap"))
        #expect(throws: WorkflowError.awaitingResubmission("REQ-2025-0001", reason: "biodata belum lengkap")) {
            try office.run(try cast.steps()[2].0, by: cast.kasi)
        }
        let returned = try office.state.request("REQ-2025-0001")
        #expect(returned.records.count == 4)
        #expect(returned.records.allSatisfy { $0.voided })
        #expect(returned.completion(of: "disposisi-kadis") == nil)

        let replacement = try People.candidate(try People.eko(), unit: "Kelurahan Kranggan")
        try office.run(.resubmit(request: "REQ-2025-0001", candidates: [replacement], note: "diganti"), by: cast.frontDesk)
        let resubmitted = try office.state.request("REQ-2025-0001")
        #expect(resubmitted.status == .inProgress(step: "disposisi-kadis"))
        #expect(resubmitted.candidates == [replacement])
        #expect(resubmitted.records.count == 5)
        #expect(resubmitted.activeRecords.map(\.outcome) == [.resubmitted])
        // Every step must be done again, starting with the Kadis.
        #expect(throws: WorkflowError.self) { try office.run(try cast.steps()[2].0, by: cast.kasi) }
        for (command, actor) in try cast.steps().dropLast() { try office.run(command, by: actor) }
        try office.run(.recordHandover(request: "REQ-2025-0001"), by: cast.kadis)
        #expect(office.status("REQ-2025-0001") == .completed)
    }

    @Test("Only a returned request can be resubmitted, by the submit step's role")
    func resubmitRules() throws {
        var office = atKasi
        #expect(throws: WorkflowError.notReturned("REQ-2025-0001", status: .inProgress(step: "kajian-kasi"))) {
            try office.run(.resubmit(request: "REQ-2025-0001"), by: cast.frontDesk)
        }
        var sukamara = Office(try Fixtures.sukamara())
        let s = try SukamaraCast()
        try sukamara.run(try s.filing(), by: s.kasi)
        // The Kabid, whose paraf step 2 waits for first, sends the list back instead of initialling it.
        try sukamara.run(.returnForRevision(request: "REQ-2025-0001", reason: "tambah operator"), by: s.kabid)
        let error = #expect(throws: WorkflowError.self) { try sukamara.run(.resubmit(request: "REQ-2025-0001"), by: s.adb) }
        guard case .missingRole(_, let step, _, _)? = error else {
            Issue.record("expected missingRole, got \(String(describing: error))")
            return
        }
        #expect(step == "konsep-usulan")
        try sukamara.run(.resubmit(request: "REQ-2025-0001", candidates: [try People.candidate(try People.rina())]), by: s.kasi)
        #expect(sukamara.status("REQ-2025-0001") == .inProgress(step: "persetujuan-kadis"))
        _ = office
    }

    @Test("Cancellation by the filer or the Kadis only, with a reason; completed requests cannot be cancelled")
    func cancel() throws {
        var office = atKasi
        let error = #expect(throws: WorkflowError.self) { try office.run(.cancel(request: "REQ-2025-0001", reason: "x"), by: cast.kabid) }
        guard case .notPermitted(_, _, let allowed)? = error else {
            Issue.record("expected notPermitted, got \(String(describing: error))")
            return
        }
        #expect(allowed == ["kadis"])
        #expect(throws: WorkflowError.emptyReason(action: .cancellation)) {
            try office.run(.cancel(request: "REQ-2025-0001", reason: ""), by: cast.frontDesk)
        }
        try office.run(.cancel(request: "REQ-2025-0001", reason: "pemohon mutasi"), by: cast.frontDesk)
        #expect(office.status("REQ-2025-0001") == .cancelled(reason: "pemohon mutasi"))
        #expect(throws: WorkflowError.cancelledFinal("REQ-2025-0001", reason: "pemohon mutasi")) {
            try office.run(try cast.steps()[2].0, by: cast.kasi)
        }
        var byKadis = atKasi
        try byKadis.run(.cancel(request: "REQ-2025-0001", reason: "dibatalkan Kadis"), by: cast.kadis)
        var done = Office(try Fixtures.mojokerto())
        try cast.complete(&done)
        #expect(throws: WorkflowError.alreadyCompleted("REQ-2025-0001")) {
            try done.run(.cancel(request: "REQ-2025-0001", reason: "x"), by: cast.kadis)
        }
    }
}

@Suite("Filing rules")
struct FilingRuleTests {
    @Test("Ids must be new and well formed")
    func ids() throws {
        let cast = try MojokertoCast()
        var office = Office(try Fixtures.mojokerto())
        try office.run(try cast.filing(), by: cast.frontDesk)
        #expect(throws: WorkflowError.duplicateRequest("REQ-2025-0001")) { try office.run(try cast.filing(), by: cast.frontDesk) }
        #expect(throws: WorkflowError.malformedRequestID("REQ 1")) { try office.run(try cast.filing("REQ 1"), by: cast.frontDesk) }
        #expect(throws: WorkflowError.malformedRequestID("")) { try office.run(try cast.filing(""), by: cast.frontDesk) }
    }

    @Test("Single offices take exactly one candidate; list offices at least one, each person once")
    func counts() throws {
        let mojokerto = WorkflowState(sop: try Fixtures.mojokerto())
        let now = Fixtures.wib("2025-02-03 08:00")
        let front = try MojokertoCast().frontDesk
        let two = FileRequest(id: "R1", applicant: try People.dewi(),
                              candidates: [try People.candidate(People.dewi()), try People.candidate(People.eko())],
                              evidence: try Fixtures.evidence([("surat-permohonan", "1")]))
        #expect(throws: WorkflowError.candidateCount("R1", kind: .single, count: 2)) { try mojokerto.decide(.file(two), by: front, at: now) }

        let sukamara = WorkflowState(sop: try Fixtures.sukamara())
        let kasi = try SukamaraCast().kasi
        #expect(throws: WorkflowError.candidateCount("R1", kind: .list, count: 0)) {
            try sukamara.decide(try SukamaraCast().filing("R1", candidates: []), by: kasi, at: now)
        }
        let rinaAgain = try People.person("Rina L.", nik: "6208024507950002")
        let duplicate = try SukamaraCast().filing("R1", candidates: [try People.candidate(People.rina()), try People.candidate(rinaAgain, role: "verifikator")])
        #expect(throws: WorkflowError.duplicateCandidate("R1", identifier: "NIK 6208024507950002")) {
            try sukamara.decide(duplicate, by: kasi, at: now)
        }
        let unknownRole = try SukamaraCast().filing("R1", candidates: [try People.candidate(People.rina(), role: "superadmin")])
        #expect(throws: WorkflowError.unknownSIAKRole("superadmin", known: ["administrator", "operator", "verifikator"])) {
            try sukamara.decide(unknownRole, by: kasi, at: now)
        }
    }

    @Test("Filing needs the submit step's role, except pemohon steps which any staff records")
    func filerRole() throws {
        let sukamara = WorkflowState(sop: try Fixtures.sukamara())
        let cast = try SukamaraCast()
        let now = Fixtures.wib("2025-02-03 08:00")
        #expect(throws: WorkflowError.self) { try sukamara.decide(try cast.filing(), by: cast.kadis, at: now) }
        #expect(try sukamara.decide(try cast.filing(), by: cast.kasi, at: now).count == 1)
        let mojokerto = WorkflowState(sop: try Fixtures.mojokerto())
        #expect(try mojokerto.decide(try MojokertoCast().filing(), by: cast.stranger, at: now).count == 1)
    }

    @Test("Request data validates: NIP/NIK cross-check, missing identifiers, empty work unit, bad evidence")
    func data() throws {
        #expect(throws: RequestError.identity(.missingIdentifier(name: "Budi"))) {
            try Person(name: try PersonName("Budi"), nip: nil, nik: nil)
        }
        // A NIP and NIK that disagree make a person with a warning, not an error (issue 11; see ConfirmationTests).
        let mismatched = try People.person("Budi", nip: "19900115 201503 1 002", nik: "6208011601900003")
        #expect(mismatched.warnings.map(\.kind) == [.birthDateMismatch])
        #expect(throws: RequestError.emptyField(field: "work unit", owner: "Rina Lestari")) {
            try Candidate(person: try People.rina(), role: "operator", workUnit: " ")
        }
        #expect(throws: RequestError.emptyEvidence) { try Evidence() }
        #expect(throws: RequestError.invalidHash("abc")) { try Evidence(sha256: "abc") }
        #expect(throws: RequestError.fileNameWithoutHash("scan.pdf")) { try Evidence(reference: "1", fileName: "scan.pdf") }
        let hashed = try Evidence(sha256: String(repeating: "AB", count: 32), fileName: "scan.pdf")
        #expect(hashed.sha256 == String(repeating: "ab", count: 32))
        #expect(throws: RequestError.invalidUID("a b")) { try People.actor("a b", []) }
        #expect(try People.actor("x", ["pemohon", "kasi"]).roles == ["kasi"])
    }

    @Test("Person keys print and parse as nip:/nik:")
    func personKeys() throws {
        let budi = try People.budi()
        #expect(budi.key.description == "nip:199001152015031002")
        #expect(try People.rina().key.description == "nik:6208024507950002")
        #expect(try PersonKey("nip:19900115 201503 1 002") == budi.key)
        #expect(throws: RequestError.malformedPersonKey("npwp:1")) { try PersonKey("npwp:1") }
        #expect(throws: RequestError.self) { try PersonKey("nip:123") }
        let data = try JSONEncoder().encode([budi.key])
        #expect(String(decoding: data, as: UTF8.self) == #"["nip:199001152015031002"]"#)
    }
}
