import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// Issue 20, item 1: in Sukamara the Kadis signs the SK the Sekretaris drafted (`tanda-tangan-sk`); the signer comes
/// from the logged-in official, never from the draft, and the SK grants nothing until then.
@Suite("The Kadis signs the SK")
struct SignatureTests {
    let cast: SukamaraCast
    let id: RequestID = "REQ-2025-0001"
    let number: DecreeNumber

    init() throws {
        cast = try SukamaraCast()
        number = try DecreeNumber(SukamaraCast.decreeNumber)
    }

    /// Filed, approved on 2025-02-03 and drafted: waiting at the sign step.
    func drafted(from: String = "2025-02-03") throws -> Office {
        var office = Office(try Fixtures.sukamara())
        try office.run(try cast.filing(), by: cast.kasi)
        for (command, actor) in cast.initials(id) { try office.run(command, by: actor) }
        try office.run(.approve(request: id, evidence: try Fixtures.evidence([("disposisi-kadis", "disp/12")])), by: cast.kadis)
        try office.run(.issueDecree(request: id, decree: try cast.draft(from: from)), by: cast.sekretaris)
        return office
    }

    @Test("a drafted SK grants nothing and queues nothing; signed, it is in the record with the Kadis as signer")
    func draftGrantsNothing() throws {
        var office = try drafted()
        #expect(office.status(id) == .inProgress(step: "tanda-tangan-sk"))
        #expect(office.state.decrees[number] == nil)
        #expect(office.state.pendingDecrees[number]?.decree.isSigned == false)
        #expect(Roster(state: office.state, on: try CivilDate(iso: "2025-02-04")).entries.isEmpty)
        #expect(SyncIntent.derive(from: office.events, after: office.state).isEmpty, "a draft queues no directory change")

        let signed = try office.run(try cast.sign(id, on: "2025-02-03"), by: cast.kadis, after: 60)
        let record = try #require(office.state.decrees[number])
        #expect(record.decree.signer == Decree.Signer(name: try PersonName(cast.kadis.displayName), nip: try NIP(People.kadisNIP)))
        #expect(record.decree.signedOn == (try CivilDate(iso: "2025-02-03")))
        #expect(office.state.pendingDecrees.isEmpty)
        #expect(Roster(state: office.state, on: try CivilDate(iso: "2025-02-04")).entries.map(\.person.key)
            == [try People.budi().key, try People.siti().key])
        #expect(Set(SyncIntent.derive(from: signed, after: office.state).map(\.person)) == [try People.budi().key, try People.siti().key])
        let step = try #require(office.state.request(id).completion(of: "tanda-tangan-sk"))
        #expect(step.outcome == .signed && step.evidence[Decree.signedScanDocument]?.sha256 != nil)
    }

    @Test("a signer or date typed into the draft is refused where the Kadis signs; an unsigned SK where nobody signs")
    func typedSigner() throws {
        var office = try drafted()
        var fresh = Office(try Fixtures.sukamara())
        try fresh.run(try cast.filing(), by: cast.kasi)
        for (command, actor) in cast.initials(id) { try fresh.run(command, by: actor) }
        try fresh.run(.approve(request: id), by: cast.kadis)
        #expect(throws: WorkflowError.signature(number, .signerTyped(step: "tanda-tangan-sk"))) {
            try fresh.run(.issueDecree(request: id, decree: try cast.draft(signed: true)), by: cast.sekretaris)
        }
        var before = Office(try SOPDefinition(yaml: try Fixtures.sukamaraBeforeSigningYAML()))
        try before.run(try cast.filing(), by: cast.kasi)
        for (command, actor) in cast.initials(id) { try before.run(command, by: actor) }
        try before.run(.approve(request: id), by: cast.kadis)
        #expect(throws: WorkflowError.signature(number, .unsigned)) {
            try before.run(.issueDecree(request: id, decree: try cast.draft()), by: cast.sekretaris)
        }
        let unsignedImport = try Decree(number: try DecreeNumber("800/9/Dukcapil/2025"), title: "SK lama", signedOn: nil,
                                        effectiveFrom: try CivilDate(iso: "2025-01-02"), signer: nil,
                                        grants: [try Grant(person: try People.rina(), roles: ["operator"], workUnit: "Kecamatan Sukamara")])
        #expect(throws: WorkflowError.signature(unsignedImport.number, .unsigned)) {
            try office.run(.importDecree(unsignedImport, note: "lampiran"), by: cast.adb)
        }
    }

    @Test("only the Kadis signs, with a NIP in the directory, not a person the SK names, and not by approving")
    func whoSigns() throws {
        var office = try drafted()
        let error = #expect(throws: WorkflowError.self) { try office.run(try cast.sign(id), by: cast.sekretaris) }
        guard case .missingRole? = error else { Issue.record("expected missingRole, got \(String(describing: error))"); return }
        let withoutNIP = try People.actor("plh.kadis", ["kadis"])
        #expect(throws: WorkflowError.signature(number, .signerWithoutNIP(actor: withoutNIP.description))) {
            try office.run(try cast.sign(id), by: withoutNIP)
        }
        let budiKadis = try People.actor("budi", ["kadis"], nip: "19900115 201503 1 002")
        #expect(throws: WorkflowError.selfDealing(actor: budiKadis.description, request: id)) {
            try office.run(try cast.sign(id), by: budiKadis)
        }
        #expect(throws: WorkflowError.wrongAction(id, step: "tanda-tangan-sk", kind: .sign, use: .signDecree)) {
            try office.run(.approve(request: id), by: cast.kadis)
        }
        #expect(throws: WorkflowError.signature(number, .awaitingSignature(request: id, step: "tanda-tangan-sk"))) {
            try office.run(try FourEyesFixture.confirm(number), by: try FourEyesFixture.confirmer())
        }
        #expect(office.state.decrees[number] == nil)
        // One official who is both Sekretaris and Kadis may not draft and sign the same SK (four eyes).
        var both = Office(try Fixtures.sukamara())
        let twoHats = try People.actor("aminah", ["sekretaris", "kadis"], nip: "19700101 199503 2 001")
        try both.run(try cast.filing(), by: cast.kasi)
        try both.run(.approve(request: id, note: "paraf"), by: cast.kabid)
        try both.run(.approve(request: id, note: "paraf"), by: cast.sekretaris)
        try both.run(.approve(request: id), by: cast.kadis)
        try both.run(.issueDecree(request: id, decree: try cast.draft()), by: twoHats)
        #expect(throws: WorkflowError.signature(number, .signedByDrafter(actor: twoHats.description))) {
            try both.run(try cast.sign(id), by: twoHats)
        }
    }

    @Test("the date of signature is not before the list's approval, not after the day it is recorded; the scan is required")
    func dateAndScan() throws {
        var office = try drafted()
        let approved = try CivilDate(iso: "2025-02-03")
        #expect(throws: WorkflowError.signature(number, .beforeApproval(signedOn: try CivilDate(iso: "2025-02-02"), approvedOn: approved))) {
            try office.run(try cast.sign(id, on: "2025-02-02"), by: cast.kadis)
        }
        #expect(throws: WorkflowError.signature(number, .afterRecording(signedOn: try CivilDate(iso: "2025-02-04"), today: approved))) {
            try office.run(try cast.sign(id, on: "2025-02-04"), by: cast.kadis)
        }
        #expect(throws: WorkflowError.signature(number, .scanMissing)) {
            try office.run(.signDecree(request: id, signedOn: approved, scan: try Evidence(reference: "SK asli di lemari")), by: cast.kadis)
        }
        try office.run(try cast.sign(id, on: "2025-02-03"), by: cast.kadis)
        #expect(office.status(id) == .inProgress(step: "pembuatan-hak-akses"))
    }

    @Test("a stored signature naming someone else than its actor is refused on replay")
    func forgedSigner() throws {
        var office = try drafted()
        let events = try office.run(try cast.sign(id), by: cast.kadis)
        guard case .decreeSigned(let signed)? = events.first else { Issue.record("no decreeSigned: \(events)"); return }
        let forged = WorkflowEvent.decreeSigned(DecreeSigned(
            at: signed.at, actor: signed.actor, request: signed.request, step: signed.step, decree: signed.decree,
            signer: Decree.Signer(name: try PersonName("ORANG LAIN"), nip: try NIP("19700101 199503 1 001")),
            signedOn: signed.signedOn, scan: signed.scan, note: signed.note))
        let log = Array(office.events.dropLast()) + [forged]
        let error = #expect(throws: WorkflowError.self) { try WorkflowState.replay(log, sop: try Fixtures.sukamara()) }
        #expect(error?.description.contains("the signer is always the logged-in Kadis") == true, "\(String(describing: error))")
        #expect(try WorkflowState.replay(office.events, sop: try Fixtures.sukamara()).decrees[number] != nil)
    }
}
