public import AccessWorkflow

/// The cast and the standard path through Sukamara's SOP (decree-based, list requests).
public struct SukamaraCast: Sendable {
    public let kasi: WorkflowActor
    public let kabid: WorkflowActor
    public let kadis: WorkflowActor
    public let sekretaris: WorkflowActor
    public let adb: WorkflowActor
    public let adb2: WorkflowActor
    public let stranger: WorkflowActor

    public static let decreeNumber = "000.8.3.3/240/Dukcapil/2025"

    public init() throws {
        kasi = try People.actor("ahmad.fauzi", ["kasi"], nip: "19800510 200501 1 003")
        kabid = try People.actor("hendra", ["kabid"])
        kadis = try People.actor("zainuddin", ["kadis"], nip: People.kadisNIP)
        sekretaris = try People.actor("sekretaris", ["sekretaris"])
        adb = try People.actor("adb.satu", ["adb"])
        adb2 = try People.actor("adb.dua", ["adb"])
        stranger = try People.actor("tamu", [])
    }

    public func filing(_ id: RequestID = "REQ-2025-0001", candidates: [Candidate]? = nil) throws -> WorkflowCommand {
        .file(FileRequest(
            id: id, applicant: try People.ahmad(),
            candidates: try candidates ?? [People.candidate(People.budi()), People.candidate(People.siti(), role: "administrator")],
            note: "usulan pengelola SIAK 2025",
            evidence: try Fixtures.evidence([("konsep-usulan", "470/01/Dukcapil/2025")]))).confirmingNonASN
    }

    /// The SK the Sekretaris drafts at step 3: unsigned, as Sukamara's Kadis signs it at the sign step (`signed: true`
    /// gives it the Kadis's typed signature, for an SOP without a sign step).
    public func draft(_ number: String = decreeNumber, from: String = "2025-02-10", until: String? = nil,
                      supersedes: [DecreeNumber] = [], signed: Bool = false) throws -> DecreeDraft {
        DecreeDraft(
            number: try DecreeNumber(number), title: "Pengelola Aplikasi SIAK",
            signedOn: signed ? try CivilDate(iso: from) : nil,
            effectiveFrom: try CivilDate(iso: from), effectiveUntil: try until.map { try CivilDate(iso: $0) },
            signer: signed ? .init(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP(People.kadisNIP)) : nil,
            supersedes: supersedes)
    }

    /// The Kadis's signature of the request's SK (the sign step), dated `on`, with a scan.
    public func sign(_ id: RequestID = "REQ-2025-0001", on date: String = "2025-02-03") throws -> WorkflowCommand {
        .signDecree(request: id, signedOn: try CivilDate(iso: date), scan: try Evidence(sha256: String(repeating: "5", count: 64), fileName: "sk-ttd.pdf"))
    }

    /// The paraf of the Kabid and the Sekretaris that step 2 (persetujuan-kadis) needs before the Kadis decides.
    public func initials(_ id: RequestID = "REQ-2025-0001") -> [(WorkflowCommand, WorkflowActor)] {
        [(.approve(request: id, note: "paraf Kabid PIAK"), kabid), (.approve(request: id, note: "paraf Sekretaris"), sekretaris)]
    }

    /// The actions after filing, as (command, actor) pairs: the two paraf and the Kadis's approval of step 2, then
    /// step 3, the Kadis's signature, and steps 4 and 5.
    public func steps(_ id: RequestID = "REQ-2025-0001", number: String = decreeNumber) throws
        -> [(WorkflowCommand, WorkflowActor)]
    {
        initials(id) + [
            (.approve(request: id, evidence: try Fixtures.evidence([("disposisi-kadis", "disp/12")])), kadis),
            (.issueDecree(request: id, decree: try draft(number)), sekretaris),
            (try sign(id), kadis),
            (.approve(request: id, note: "akun dibuat"), adb),
            (.recordHandover(request: id), adb),
        ]
    }
}

/// The cast and the standard path through Mojokerto's SOP (request-based, single requests).
public struct MojokertoCast: Sendable {
    public let frontDesk: WorkflowActor
    public let kadis: WorkflowActor
    public let kabid: WorkflowActor
    public let kasi: WorkflowActor
    public let adb: WorkflowActor
    public let adb2: WorkflowActor

    public init() throws {
        frontDesk = try People.actor("loket", [])
        kadis = try People.actor("imron", ["kadis"], nip: People.kadisNIP)
        kabid = try People.actor("kabid", ["kabid"])
        kasi = try People.actor("kasi", ["kasi"])
        adb = try People.actor("adb.satu", ["adb"])
        adb2 = try People.actor("adb.dua", ["adb"])
    }

    public func filing(_ id: RequestID = "REQ-2025-0001", person: Person? = nil) throws -> WorkflowCommand {
        let applicant = try person ?? People.dewi()
        return .file(FileRequest(
            id: id, applicant: applicant,
            candidates: [try People.candidate(applicant, unit: "Kelurahan Gunung Gedangan")],
            evidence: try Fixtures.evidence([("surat-permohonan", "045/17/Kel-GG/2025")]))).confirmingNonASN
    }

    /// The steps after filing, as (command, actor) pairs.
    public func steps(_ id: RequestID = "REQ-2025-0001") throws -> [(WorkflowCommand, WorkflowActor)] {
        [
            (.approve(request: id, evidence: try Fixtures.evidence([("disposisi-kadis", "disp/30")])), kadis),
            (.approve(request: id, evidence: try Fixtures.evidence([("biodata-operator", "bio/30")])), kabid),
            (.approve(request: id, evidence: try Fixtures.evidence([("pakta-integritas", "pakta/30")])), kasi),
            (.approve(request: id, note: "username dewi.anggraini"), adb),
            (.recordHandover(request: id, note: "diterima"), frontDesk),
        ]
    }
}
