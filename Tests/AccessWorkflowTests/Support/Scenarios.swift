import Foundation
@testable import AccessWorkflow

/// The cast and the standard path through Sukamara's SOP.
struct SukamaraCast {
    let kasi: WorkflowActor
    let kadis: WorkflowActor
    let sekretaris: WorkflowActor
    let adb: WorkflowActor
    let adb2: WorkflowActor
    let stranger: WorkflowActor

    init() throws {
        kasi = try People.actor("ahmad.fauzi", ["kasi"], nip: "19800510 200501 1 003")
        kadis = try People.actor("zainuddin", ["kadis"])
        sekretaris = try People.actor("sekretaris", ["sekretaris"])
        adb = try People.actor("adb.satu", ["adb"])
        adb2 = try People.actor("adb.dua", ["adb"])
        stranger = try People.actor("tamu", [])
    }

    func filing(_ id: RequestID = "REQ-2025-0001", candidates: [Candidate]? = nil) throws -> WorkflowCommand {
        .file(FileRequest(
            id: id, applicant: try People.ahmad(),
            candidates: try candidates ?? [People.candidate(People.budi()), People.candidate(People.siti(), role: "administrator")],
            note: "usulan pengelola SIAK 2025", evidence: try evidence([("konsep-usulan", "470/01/Dukcapil/2025")])))
    }

    func draft(_ number: String = "000.8.3.3/240/Dukcapil/2025", from: String = "2025-02-10",
               supersedes: [DecreeNumber] = []) throws -> DecreeDraft {
        DecreeDraft(
            number: try DecreeNumber(number), title: "Pengelola Aplikasi SIAK", signedOn: try CivilDate(iso: from),
            effectiveFrom: try CivilDate(iso: from), signer: .init(name: try PersonName("ZAINUDDIN, S.Sos"),
                                                                      nip: try NIP(People.kadisNIP)),
            supersedes: supersedes)
    }

    /// Files and completes a request through all five steps.
    func complete(_ office: inout Office, _ id: RequestID = "REQ-2025-0001", number: String = "000.8.3.3/240/Dukcapil/2025")
        throws
    {
        try office.run(filing(id), by: kasi)
        try office.run(.approve(request: id, evidence: try evidence([("disposisi-kadis", "disp/12")])), by: kadis, after: 30)
        try office.run(.issueDecree(request: id, decree: try draft(number)), by: sekretaris, after: 10)
        try office.run(.approve(request: id, note: "akun dibuat"), by: adb, after: 20)
        try office.run(.recordHandover(request: id), by: adb, after: 5)
    }
}

/// The cast and the standard path through Mojokerto's SOP.
struct MojokertoCast {
    let frontDesk: WorkflowActor
    let kadis: WorkflowActor
    let kabid: WorkflowActor
    let kasi: WorkflowActor
    let adb: WorkflowActor
    let adb2: WorkflowActor

    init() throws {
        frontDesk = try People.actor("loket", [])
        kadis = try People.actor("imron", ["kadis"], nip: People.kadisNIP)
        kabid = try People.actor("kabid", ["kabid"])
        kasi = try People.actor("kasi", ["kasi"])
        adb = try People.actor("adb.satu", ["adb"])
        adb2 = try People.actor("adb.dua", ["adb"])
    }

    func filing(_ id: RequestID = "REQ-2025-0001", person: Person? = nil) throws -> WorkflowCommand {
        let applicant = try person ?? People.dewi()
        return .file(FileRequest(
            id: id, applicant: applicant,
            candidates: [try People.candidate(applicant, unit: "Kelurahan Gunung Gedangan")],
            evidence: try evidence([("surat-permohonan", "045/17/Kel-GG/2025")])))
    }

    /// The steps after filing, as (command, actor) pairs.
    func steps(_ id: RequestID = "REQ-2025-0001") throws -> [(WorkflowCommand, WorkflowActor)] {
        [
            (.approve(request: id, evidence: try evidence([("disposisi-kadis", "disp/30")])), kadis),
            (.approve(request: id, evidence: try evidence([("biodata-operator", "bio/30")])), kabid),
            (.approve(request: id, evidence: try evidence([("pakta-integritas", "pakta/30")])), kasi),
            (.approve(request: id, note: "username dewi.anggraini"), adb),
            (.recordHandover(request: id, note: "diterima"), frontDesk),
        ]
    }

    func complete(_ office: inout Office, _ id: RequestID = "REQ-2025-0001", person: Person? = nil) throws {
        try office.run(filing(id, person: person), by: frontDesk)
        for (command, actor) in try steps(id) { try office.run(command, by: actor) }
    }
}
