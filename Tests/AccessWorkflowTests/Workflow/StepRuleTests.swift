import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("Step rules: roles, order, segregation")
struct StepRuleTests {
    let cast: MojokertoCast
    let office: Office

    init() throws {
        cast = try MojokertoCast()
        var office = Office(try Fixtures.mojokerto())
        try office.run(try cast.filing(), by: cast.frontDesk)
        self.office = office
    }

    @Test("The wrong role is refused, naming the role needed")
    func wrongRole() throws {
        var office = self.office
        let error = #expect(throws: WorkflowError.self) { try office.run(.approve(request: "REQ-2025-0001"), by: cast.kabid) }
        guard case .missingRole(let actor, let step, _, let required)? = error else {
            Issue.record("expected missingRole, got \(String(describing: error))")
            return
        }
        #expect(actor.hasPrefix("kabid"))
        #expect(step == "disposisi-kadis")
        #expect(required == "Kepala Dinas (kadis)")
        #expect(office.status("REQ-2025-0001") == .inProgress(step: "disposisi-kadis"))
    }

    @Test("A step cannot be skipped: naming a later step fails with the current one")
    func skip() throws {
        var office = self.office
        let error = #expect(throws: WorkflowError.self) {
            try office.run(.approve(request: "REQ-2025-0001", step: "disposisi-kabid"), by: cast.kabid)
        }
        #expect(error?.description == "request REQ-2025-0001 is at step disposisi-kadis (Menerima dan mendisposisi surat permohonan username dan password operator SIAK), not disposisi-kabid")
        // Nor by holding a later role without naming the step.
        #expect(throws: WorkflowError.self) { try office.run(.approve(request: "REQ-2025-0001"), by: cast.adb) }
    }

    @Test("An applicant or candidate never acts on their own request beyond filing it (by uid and by NIP)")
    func selfApproval() throws {
        var office = self.office
        // Dewi (uid dewi) is applicant and candidate; give her the kadis role.
        let dewiAsKadis = try People.actor("dewi", ["kadis"])
        let error = #expect(throws: WorkflowError.self) { try office.run(.approve(request: "REQ-2025-0001"), by: dewiAsKadis) }
        #expect(error == .selfDealing(actor: dewiAsKadis.description, request: "REQ-2025-0001"))
        // The Kadis (matched by NIP) applying for himself.
        let imron = try People.person("Drs. MUHAMMAD IMRON", nip: People.kadisNIP)
        try office.run(try cast.filing("REQ-2025-0002", person: imron), by: cast.frontDesk)
        let byNIP = #expect(throws: WorkflowError.self) { try office.run(.approve(request: "REQ-2025-0002"), by: cast.kadis) }
        #expect(byNIP == .selfDealing(actor: cast.kadis.description, request: "REQ-2025-0002"))
        // Filing for oneself is allowed.
        let dewi = try People.actor("dewi", [])
        try office.run(try cast.filing("REQ-2025-0003"), by: dewi)
        #expect(office.status("REQ-2025-0003") == .inProgress(step: "disposisi-kadis"))
    }

    @Test("Consecutive steps need different people when the SOP says so")
    func consecutive() throws {
        var office = self.office
        let kabidKasi = try People.actor("rangkap", ["kabid", "kasi"])
        try office.run(try cast.steps()[0].0, by: cast.kadis)
        try office.run(try cast.steps()[1].0, by: kabidKasi)
        let error = #expect(throws: WorkflowError.self) { try office.run(try cast.steps()[2].0, by: kabidKasi) }
        #expect(error == .consecutiveSteps(actor: kabidKasi.description, previous: "disposisi-kabid", step: "kajian-kasi"))
        try office.run(try cast.steps()[2].0, by: cast.kasi)
        try office.run(try cast.steps()[3].0, by: cast.adb)
        // Steps 5–6 as Mojokerto's SOP writes them: the ADB who made the account hands it over (issue 20).
        try office.run(.recordHandover(request: "REQ-2025-0001"), by: cast.adb)
        #expect(office.status("REQ-2025-0001") == .completed)
    }

    @Test("The submit step does not count for consecutive-step segregation")
    func submitExempt() throws {
        var office = self.office
        let kadisFiler = try People.actor("imron2", ["kadis"])
        try office.run(try cast.filing("REQ-2025-0002", person: try People.eko()), by: kadisFiler)
        try office.run(.approve(request: "REQ-2025-0002", evidence: try Fixtures.evidence([("disposisi-kadis", "d")])), by: kadisFiler)
        #expect(office.status("REQ-2025-0002") == .inProgress(step: "disposisi-kabid"))
    }

    @Test("Inputs must be on record; the error says how to record them")
    func missingInput() throws {
        var office = self.office
        try office.run(.approve(request: "REQ-2025-0001"), by: cast.kadis)  // no disposition evidence given
        let error = #expect(throws: WorkflowError.self) { try office.run(.approve(request: "REQ-2025-0001"), by: cast.kabid) }
        #expect(error == .missingInput("REQ-2025-0001", step: "disposisi-kabid", document: "disposisi-kadis",
                                       title: "Surat permohonan yang telah didisposisi oleh Kadis"))
        #expect(error?.description.contains("--evidence disposisi-kadis=NUMBER or --file disposisi-kadis=PATH") == true)
        // Supplying the missing input with the approval is enough.
        try office.run(.approve(request: "REQ-2025-0001", evidence: try Fixtures.evidence([("disposisi-kadis", "d/1"), ("biodata-operator", "b/1")])), by: cast.kabid)
        #expect(office.status("REQ-2025-0001") == .inProgress(step: "kajian-kasi"))
    }

    @Test("Filing without the applicant's letter is refused")
    func filingInput() throws {
        var office = self.office
        let filing = FileRequest(id: "REQ-2025-0009", applicant: try People.eko(), candidates: [try People.candidate(try People.eko())])
        let error = #expect(throws: WorkflowError.self) { try office.run(.file(filing), by: cast.frontDesk) }
        #expect(error?.description.contains("--evidence surat-permohonan=NUMBER") == true)
    }

    @Test("Evidence only for documents, never for equipment, SKs or credentials")
    func evidenceKinds() throws {
        var office = self.office
        let credentials = #expect(throws: WorkflowError.self) {
            try office.run(.approve(request: "REQ-2025-0001", evidence: try Fixtures.evidence([("user-password", "secret")])), by: cast.kadis)
        }
        guard case .evidenceNotAccepted(let document, _)? = credentials else {
            Issue.record("expected evidenceNotAccepted, got \(String(describing: credentials))")
            return
        }
        #expect(document == "user-password")
        #expect(throws: WorkflowError.self) {
            try office.run(.approve(request: "REQ-2025-0001", evidence: try Fixtures.evidence([("ktp", "x")])), by: cast.kadis)
        }
        let sukamara = WorkflowState(sop: try Fixtures.sukamara())
        let filing = try SukamaraCast().filing()
        guard case .file(let request) = filing else { return }
        var withATK = request.evidence
        withATK["atk"] = try Evidence(reference: "pena")
        let atk = FileRequest(id: request.id, applicant: request.applicant, candidates: request.candidates, evidence: withATK)
        #expect(throws: WorkflowError.self) { try sukamara.decide(.file(atk), by: try SukamaraCast().kasi, at: Date(timeIntervalSince1970: 1.7e9)) }
    }

    @Test("Events may not go back in time")
    func timeOrder() throws {
        var office = self.office
        let error = #expect(throws: WorkflowError.self) { try office.run(.approve(request: "REQ-2025-0001"), by: cast.kadis, after: -60) }
        guard case .outOfOrder? = error else {
            Issue.record("expected outOfOrder, got \(String(describing: error))")
            return
        }
    }

    @Test("Unknown requests are reported")
    func unknown() throws {
        var office = self.office
        #expect(throws: WorkflowError.unknownRequest("REQ-404")) { try office.run(.approve(request: "REQ-404"), by: cast.kadis) }
    }
}

@Suite("Segregation setting in Sukamara")
struct SukamaraSegregationTests {
    @Test("As shipped, one ADB may provision and record the handover; with the setting on, a second ADB is needed")
    func adbTwice() throws {
        let cast = try SukamaraCast()
        var shipped = Office(try Fixtures.sukamara())
        try cast.complete(&shipped)
        #expect(shipped.status("REQ-2025-0001") == .completed)

        let strictYAML = try replacing("distinctActorsOnConsecutiveSteps: false", with: "distinctActorsOnConsecutiveSteps: true",
                                       in: try Fixtures.sukamaraYAML())
        var strict = Office(try SOPDefinition(yaml: strictYAML))
        try strict.run(try cast.filing(), by: cast.kasi)
        for (command, actor) in cast.initials() { try strict.run(command, by: actor) }
        try strict.run(.approve(request: "REQ-2025-0001"), by: cast.kadis)
        try strict.run(.issueDecree(request: "REQ-2025-0001", decree: try cast.draft()), by: cast.sekretaris)
        try strict.run(try cast.sign("REQ-2025-0001"), by: cast.kadis)
        try strict.run(.approve(request: "REQ-2025-0001"), by: cast.adb)
        #expect(throws: WorkflowError.consecutiveSteps(actor: cast.adb.description, previous: "pembuatan-hak-akses",
                                                       step: "penerimaan-hak-akses")) {
            try strict.run(.recordHandover(request: "REQ-2025-0001"), by: cast.adb)
        }
        try strict.run(.recordHandover(request: "REQ-2025-0001"), by: cast.adb2)
        #expect(strict.status("REQ-2025-0001") == .completed)
    }

    @Test("A candidate on the list who holds the ADB role may not provision the list")
    func candidateADB() throws {
        let cast = try SukamaraCast()
        var office = Office(try Fixtures.sukamara())
        try office.run(try cast.filing(), by: cast.kasi)
        for (command, actor) in cast.initials() { try office.run(command, by: actor) }
        try office.run(.approve(request: "REQ-2025-0001"), by: cast.kadis)
        try office.run(.issueDecree(request: "REQ-2025-0001", decree: try cast.draft()), by: cast.sekretaris)
        try office.run(try cast.sign("REQ-2025-0001"), by: cast.kadis)
        let budiADB = try People.actor("budi", ["adb"], nip: "19900115 201503 1 002")
        #expect(throws: WorkflowError.selfDealing(actor: budiADB.description, request: "REQ-2025-0001")) {
            try office.run(.approve(request: "REQ-2025-0001"), by: budiADB)
        }
    }
}

/// Issue 20, item 3: segregation where the SOP puts it, configured in the SOP file.
@Suite("Segregation as the SOP file sets it")
struct SegregationConfigTests {
    let cast: MojokertoCast
    init() throws { cast = try MojokertoCast() }

    @Test("Mojokerto: an official who decided on the letter may not create the account, even steps apart")
    func approversAreNotTheCreator() throws {
        var office = Office(try Fixtures.mojokerto())
        let kasiADB = try People.actor("rangkap", ["kasi", "adb"])
        try office.run(try cast.filing(), by: cast.frontDesk)
        try office.run(try cast.steps()[0].0, by: cast.kadis)
        try office.run(try cast.steps()[1].0, by: cast.kabid)
        try office.run(try cast.steps()[2].0, by: kasiADB)
        // Consecutive: refused by the consecutive rule already …
        #expect(throws: WorkflowError.consecutiveSteps(actor: kasiADB.description, previous: "kajian-kasi", step: "pembuatan-akun")) {
            try office.run(try cast.steps()[3].0, by: kasiADB)
        }
        try office.run(try cast.steps()[3].0, by: cast.adb)
        try office.run(.recordHandover(request: "REQ-2025-0001"), by: cast.adb)
        // … and steps apart by the SOP's distinct officials: the Kadis who disposed the letter may not create it.
        let kadisADB = try People.actor("kadis.adb", ["kadis", "adb"])
        var second = Office(try Fixtures.mojokerto())
        try second.run(try cast.filing(), by: cast.frontDesk)
        try second.run(try cast.steps()[0].0, by: kadisADB)
        try second.run(try cast.steps()[1].0, by: cast.kabid)
        try second.run(try cast.steps()[2].0, by: cast.kasi)
        #expect(throws: WorkflowError.sameOfficial(actor: kadisADB.description, earlier: "disposisi-kadis", step: "pembuatan-akun")) {
            try second.run(try cast.steps()[3].0, by: kadisADB)
        }
    }

    @Test("the SOP file's pairs and sets name existing, different steps")
    func validated() throws {
        let yaml = try Fixtures.mojokertoYAML()
        for (target, replacement, path) in [
            ("    - [pembuatan-akun, penerimaan-akun]", "    - [pembuatan-akun, penerimaan-akunn]", "segregation.sameOfficialAllowed[0]"),
            ("    - [pembuatan-akun, penerimaan-akun]", "    - [pembuatan-akun]", "segregation.sameOfficialAllowed[0]"),
            ("    - [disposisi-kadis, disposisi-kabid, kajian-kasi, pembuatan-akun]", "    - [kajian-kasi, kajian-kasi]",
             "segregation.distinctOfficials[0]"),
        ] {
            #expect(yaml.contains(target))
            let error = #expect(throws: ConfigError.self) { try SOPDefinition(yaml: yaml.replacingOccurrences(of: target, with: replacement)) }
            #expect(error?.path == path)
        }
    }
}
