import AccessWorkflow
import Foundation

/// Test people: valid, mutually consistent NIPs and NIKs (the same as the AccessWorkflow tests use).
enum People {
    static func person(_ name: String, nip: String? = nil, nik: String? = nil, uid: String? = nil) throws -> Person {
        try Person(name: try PersonName(name), nip: try nip.map { try NIP($0) }, nik: try nik.map { try NIK($0) },
                   uid: uid)
    }

    static func candidate(_ person: Person, role: SIAKRoleID = "operator", unit: String = "Bidang PIAK") throws
        -> Candidate
    {
        try Candidate(person: person, role: role, workUnit: unit)
    }

    static func actor(_ uid: String, _ roles: [WorkflowRole], nip: String? = nil) throws -> WorkflowActor {
        try WorkflowActor(uid: uid, displayName: uid.uppercased(), nip: try nip.map { try NIP($0) }, roles: Set(roles))
    }

    static func budi() throws -> Person {
        try person("Budi Santoso, S.Kom", nip: "19900115 201503 1 002", nik: "6208011501900003")
    }
    static func siti() throws -> Person {
        try person("Siti Rahmawati, A.Md.", nip: "19920320 201801 2 001", nik: "6208016003920001")
    }
    static func rina() throws -> Person { try person("Rina Lestari", nik: "6208024507950002") }
    static func ahmad() throws -> Person { try person("Ahmad Fauzi, S.T.", nip: "19800510 200501 1 003") }
    static func dewi() throws -> Person { try person("Dewi Anggraini", nik: "3576014202980001", uid: "dewi") }
    static func eko() throws -> Person { try person("Eko Prasetyo", nik: "3576020303990004") }

    /// A distinct valid NIK-only person for each `index` in 0..<250_000, for large lists.
    static func operatorNumber(_ index: Int) throws -> Person {
        let day = index / 9000 % 28 + 1, sequence = index % 9000 + 1
        return try person("Operator \(index)", nik: "620801" + pad(day, 2) + "0190" + pad(sequence, 4))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    static let kadisNIP = "19650709 198603 1 020"
}

/// Sukamara's cast and standard path (decree-based, list requests).
struct SukamaraCast {
    let kasi: WorkflowActor
    let kadis: WorkflowActor
    let sekretaris: WorkflowActor
    let adb: WorkflowActor
    let stranger: WorkflowActor

    init() throws {
        kasi = try People.actor("ahmad.fauzi", ["kasi"], nip: "19800510 200501 1 003")
        kadis = try People.actor("zainuddin", ["kadis"])
        sekretaris = try People.actor("sekretaris", ["sekretaris"])
        adb = try People.actor("adb.satu", ["adb"])
        stranger = try People.actor("tamu", [])
    }

    func filing(_ id: RequestID, candidates: [Candidate]? = nil) throws -> WorkflowCommand {
        .file(FileRequest(
            id: id, applicant: try People.ahmad(),
            candidates: try candidates ?? [People.candidate(People.budi()),
                                           People.candidate(People.siti(), role: "administrator")],
            note: "usulan pengelola SIAK 2025",
            evidence: try Fixtures.evidence([("konsep-usulan", "470/01/Dukcapil/2025")])))
    }

    func draft(_ number: String, from: String = "2025-02-10", until: String? = nil,
               supersedes: [DecreeNumber] = []) throws -> DecreeDraft {
        DecreeDraft(
            number: try DecreeNumber(number), title: "Pengelola Aplikasi SIAK", signedOn: try CivilDate(iso: from),
            effectiveFrom: try CivilDate(iso: from), effectiveUntil: try until.map { try CivilDate(iso: $0) },
            signer: .init(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP(People.kadisNIP)),
            supersedes: supersedes)
    }

    /// The four steps after filing, as (command, actor) pairs.
    func steps(_ id: RequestID, number: String) throws -> [(WorkflowCommand, WorkflowActor)] {
        [
            (.approve(request: id, evidence: try Fixtures.evidence([("disposisi-kadis", "disp/12")])), kadis),
            (.issueDecree(request: id, decree: try draft(number)), sekretaris),
            (.approve(request: id, note: "akun dibuat"), adb),
            (.recordHandover(request: id), adb),
        ]
    }
}

/// Mojokerto's cast and standard path (request-based, single requests).
struct MojokertoCast {
    let frontDesk: WorkflowActor
    let kadis: WorkflowActor
    let kabid: WorkflowActor
    let kasi: WorkflowActor
    let adb: WorkflowActor

    init() throws {
        frontDesk = try People.actor("loket", [])
        kadis = try People.actor("imron", ["kadis"], nip: People.kadisNIP)
        kabid = try People.actor("kabid", ["kabid"])
        kasi = try People.actor("kasi", ["kasi"])
        adb = try People.actor("adb.satu", ["adb"])
    }

    func filing(_ id: RequestID, person: Person? = nil) throws -> WorkflowCommand {
        let applicant = try person ?? People.dewi()
        return .file(FileRequest(
            id: id, applicant: applicant,
            candidates: [try People.candidate(applicant, unit: "Kelurahan Gunung Gedangan")],
            evidence: try Fixtures.evidence([("surat-permohonan", "045/17/Kel-GG/2025")])))
    }

    /// The steps after filing, as (command, actor) pairs.
    func steps(_ id: RequestID) throws -> [(WorkflowCommand, WorkflowActor)] {
        [
            (.approve(request: id, evidence: try Fixtures.evidence([("disposisi-kadis", "disp/30")])), kadis),
            (.approve(request: id, evidence: try Fixtures.evidence([("biodata-operator", "bio/30")])), kabid),
            (.approve(request: id, evidence: try Fixtures.evidence([("pakta-integritas", "pakta/30")])), kasi),
            (.approve(request: id, note: "username dewi.anggraini"), adb),
            (.recordHandover(request: id, note: "diterima"), frontDesk),
        ]
    }
}
