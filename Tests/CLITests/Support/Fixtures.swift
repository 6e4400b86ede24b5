import Foundation
import Testing

/// The people proposed in the tests.
enum Candidates {
    static let budiNIP = "19900115 201503 1 002"
    static let sitiNIP = "19920320 201801 2 001"
    static let sitiNIK = "6208016003920001"
    static let rinaNIK = "6208024507950002"
    static let dewiNIP = "19950505 202001 2 003"

    static let header = "No;Nama;NIP;NIK;Peran;Unit Kerja;Jabatan"

    /// The note the Kasi confirms Rina's no-NIP warning with (she is named by NIK only: not ASN by her numbers).
    static let rinaNote = "tenaga kontrak kecamatan, surat tugas Camat Sukamara"
    /// `--confirm`'s value for Rina's no-NIP warning, which every list naming her needs.
    static let rinaConfirmation = "no-nip:nik:\(rinaNIK)=\(rinaNote)"

    /// The Sukamara proposal list: an operator with a NIP, a verifikator with NIP and NIK, an operator with a NIK only.
    static let sukamaraCSV = """
        \(header)
        1;Budi Santoso, S.Kom;\(budiNIP);;operator;Bidang PIAK;Operator
        2;Siti Rahmawati, A.Md.;\(sitiNIP);\(sitiNIK);verifikator;Bidang PIAK;Verifikator
        3;Rina Lestari;;\(rinaNIK);operator;Kecamatan Sukamara;Operator

        """

    /// A revised list after a return: Rina is left out.
    static let revisedCSV = """
        \(header)
        1;Budi Santoso, S.Kom;\(budiNIP);;operator;Bidang PIAK;Operator
        2;Siti Rahmawati, A.Md.;\(sitiNIP);\(sitiNIK);verifikator;Bidang PIAK;Verifikator

        """

    /// A list whose third line (second person) has a NIK of 14 digits.
    static let badNIKLineCSV = """
        \(header)
        1;Budi Santoso, S.Kom;\(budiNIP);;operator;Bidang PIAK;Operator
        2;Siti Rahmawati, A.Md.;\(sitiNIP);62080160039200;verifikator;Bidang PIAK;Verifikator
        3;Rina Lestari;;\(rinaNIK);operator;Kecamatan Sukamara;Operator

        """

    /// A list whose fourth line asks for a role SIAK does not have.
    static let badRoleLineCSV = """
        \(header)
        1;Budi Santoso, S.Kom;\(budiNIP);;operator;Bidang PIAK;Operator
        2;Siti Rahmawati, A.Md.;\(sitiNIP);\(sitiNIK);verifikator;Bidang PIAK;Verifikator
        3;Rina Lestari;;\(rinaNIK);superuser;Kecamatan Sukamara;Operator

        """

    /// The SK of the Sukamara tests, as the Sekretaris drafts it (the Kadis signs it at the next step).
    static func decreeArguments(request: String, number: String = "000.8.3.3/241/Dukcapil/2026") -> [String] {
        ["decree", "issue", "--request", request, "--number", number, "--effective", "2026-11-23"]
    }

    /// The SK with a typed signer, as an office without a sign step records it (and Sukamara refuses).
    static func signedDecreeArguments(request: String, number: String = "000.8.3.3/241/Dukcapil/2026") -> [String] {
        decreeArguments(request: request, number: number)
            + ["--signed", "2026-11-23", "--signer-name", "ZAINUDDIN, S.Sos", "--signer-nip", "19650218 198705 1 003"]
    }

    /// `request new` for the Mojokerto applicant Dewi, with her letter unless `letter` is nil.
    static func dewiRequest(letter: String? = "470/123/417.302/2026") -> [String] {
        [
            "request", "new", "--name", "Dewi Anggraini, S.Kom", "--nip", dewiNIP, "--role", "operator",
            "--unit", "Kecamatan Prajurit Kulon", "--position", "Operator",
        ] + (letter.map { ["--evidence", "surat-permohonan=\($0)"] } ?? [])
    }
}

/// The request id a `request new` printed ("filed REQ-2026-0001 with …").
func filedRequestID(_ result: CLIResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let words = result.stdout.split(whereSeparator: \.isWhitespace).map(String.init)
    let index = try #require(words.firstIndex(of: "filed"), "no `filed` in \(result)", sourceLocation: sourceLocation)
    try #require(index + 1 < words.count, "\(result)", sourceLocation: sourceLocation)
    return words[index + 1]
}

/// The audit log and its verified head: equal before and after a refused command means nothing changed.
struct AuditSnapshot: Equatable, CustomStringConvertible {
    let log: String
    let records: Int64
    let head: String

    var description: String { "\(records) records, head \(head)" }
}

extension Office {
    /// `audit log --json` and `audit verify --json`, which must be intact.
    func auditSnapshot(sourceLocation: SourceLocation = #_sourceLocation) async throws -> AuditSnapshot {
        let log = try await succeed(["audit", "log", "--json", "--limit", "100000"], at: "16:00", sourceLocation: sourceLocation)
        let verified = try await succeed(["audit", "verify", "--json"], at: "16:00", sourceLocation: sourceLocation)
        let verification = try verified.json(AuditVerifyJSON.self, sourceLocation: sourceLocation)
        try #require(verification.intact, "\(verified)", sourceLocation: sourceLocation)
        return AuditSnapshot(log: log.stdout, records: verification.records ?? -1, head: verification.head ?? "")
    }

    /// Runs a command that must be refused: the given exit status (1 unless told), one line on stderr starting
    /// `hakakses:` and containing every phrase of `naming` (several lines allowed with `oneLine: false`), and the
    /// audit log exactly as before. `status: nil` accepts any non-zero status.
    @discardableResult
    func expectRefused(
        _ arguments: [String], at time: String = "08:00", as user: String? = nil, status: Int32? = 1, naming phrases: [String],
        oneLine: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> CLIResult {
        let before = try await auditSnapshot(sourceLocation: sourceLocation)
        let result = try await run(arguments, at: time, as: user)
        if let status {
            #expect(result.status == status, "\(result)", sourceLocation: sourceLocation)
        } else {
            #expect(result.status != 0, "\(result)", sourceLocation: sourceLocation)
        }
        if oneLine {
            #expect(result.stderrLines.count == 1, "expected one line on stderr: \(result)", sourceLocation: sourceLocation)
        }
        #expect(result.stderr.hasPrefix("hakakses: "), "\(result)", sourceLocation: sourceLocation)
        for phrase in phrases {
            #expect(result.stderr.contains(phrase), "stderr does not name '\(phrase)': \(result)", sourceLocation: sourceLocation)
        }
        let after = try await auditSnapshot(sourceLocation: sourceLocation)
        #expect(after == before, "the refused command changed the audit log: \(before) → \(after)", sourceLocation: sourceLocation)
        return result
    }

    /// `decree import ARGUMENTS` as `user`, then `decree confirm NUMBER --scan …` as the Kadis a minute later (four
    /// eyes): an imported SK that takes effect.
    func importConfirmed(_ arguments: [String], number: String, at time: String, as user: String,
                         sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await succeed(["decree", "import"] + arguments + ["--number", number], at: time, as: user, sourceLocation: sourceLocation)
        let scan = try write("sk-ttd-\(UUID().uuidString.prefix(8)).pdf", minimalPDF)
        try await succeed(["decree", "confirm", number, "--scan", scan], at: time, as: Staff.kadis.uid, sourceLocation: sourceLocation)
    }

    /// `decree sign --request ID` as the Kadis, dated the test day, with a scan of the signed SK.
    @discardableResult
    func sign(_ id: String, at time: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> CLIResult {
        let scan = try write("sk-ttd-\(UUID().uuidString.prefix(8)).pdf", minimalPDF)
        return try await succeed(["decree", "sign", "--request", id, "--signed", "2026-11-23", "--scan", scan], at: time,
                                 as: Staff.kadis.uid, sourceLocation: sourceLocation)
    }

    /// The SK drafted by the Sekretaris at `time`, then signed by the Kadis a minute later.
    func issueSigned(_ id: String, at time: String, number: String = "000.8.3.3/241/Dukcapil/2026",
                     sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await succeed(Candidates.decreeArguments(request: id, number: number), at: time, as: Staff.sekretaris.uid,
                          sourceLocation: sourceLocation)
        try await sign(id, at: time, sourceLocation: sourceLocation)
    }

    /// The paraf of the Kabid PIAK and the Sekretaris that Sukamara's step 2 needs before the Kadis decides
    /// (issue 11: the step is the chain Kabid → Sekretaris → Kadis).
    func initial(_ id: String, at times: (String, String) = ("08:05", "08:06"),
                 sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await succeed(["approve", id, "--note", "paraf"], at: times.0, as: Staff.kabid.uid, sourceLocation: sourceLocation)
        try await succeed(["approve", id, "--note", "paraf"], at: times.1, as: Staff.sekretaris.uid, sourceLocation: sourceLocation)
    }

    /// `request show ID --json`.
    func show(_ id: String, at time: String = "16:00", sourceLocation: SourceLocation = #_sourceLocation) async throws -> RequestShowJSON {
        try await succeed(["request", "show", id, "--json"], at: time, sourceLocation: sourceLocation)
            .json(RequestShowJSON.self, sourceLocation: sourceLocation)
    }
}

/// The SHA-256 of a file by coreutils' `sha256sum`, independent of the tool's own hashing.
func sha256(of path: String, in folder: URL, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
    let result = try await CLIRunner.run(
        executable: URL(fileURLWithPath: "/usr/bin/sha256sum"), [path], in: folder, environment: ["LANG": "C.UTF-8"])
    try #require(result.status == 0, "\(result)", sourceLocation: sourceLocation)
    let hash = String(result.stdout.prefix { !$0.isWhitespace })
    try #require(hash.count == 64, "\(result)", sourceLocation: sourceLocation)
    return hash
}

extension Office {
    /// Mojokerto: Dewi's request filed, approved through every step, synced and handed over by the Kasi; her
    /// username and the password handed to her (which the directory makes her change).
    func handedOverDewi() async throws -> (username: String, password: String) {
        let id = try filedRequestID(try await succeed(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid))
        try await succeed(["approve", id, "--evidence", "disposisi-kadis=DISP/88/2026"], at: "08:20", as: Staff.kadis.uid)
        try await succeed(["approve", id, "--step", "disposisi-kabid", "--evidence", "biodata-operator=BIO/07/2026"], at: "08:30", as: Staff.kabid.uid)
        try await succeed(["approve", id, "--evidence", "pakta-integritas=PI/12/2026"], at: "08:38", as: Staff.kasi.uid)
        try await succeed(["approve", id], at: "08:45", as: Staff.adb.uid)
        try await succeed(["sync"], at: "08:46")
        let handed = try await succeed(["handover", Candidates.dewiNIP, "--received-by", "Dewi Anggraini", "--json"], at: "08:50", as: Staff.kasi.uid)
        let delivery = try handed.leadingJSON([String: String].self)
        return (try #require(delivery["username"]), try #require(delivery["password"]))
    }
}
