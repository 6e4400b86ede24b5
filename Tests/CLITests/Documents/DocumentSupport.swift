import Foundation
import Testing

/// `document list --json` and `document make --json`: one archived file.
struct ArchiveEntryJSON: Decodable {
    let category: String
    let kind: String
    let title: String
    let subject: String
    let number: String?
    let file: String
    let downloadName: String
    let contentType: String
    let sha256: String
    let size: Int
    let seq: Int64
    let recordedAt: Date
    let recordedBy: String
}

/// The payload of a `document.generated` or `evidence.stored` audit record.
struct ArchiveRecordJSON: Decodable {
    let kind: String?
    let document: String?
    let number: String?
    let file: String
    let sha256: String
    let size: Int
    let fileName: String?
    let type: String?
}

/// A document printed through the CLI: its archive row and the file written.
struct PrintedDocument {
    let entry: ArchiveEntryJSON
    let path: String
    let data: Data
    var text: String { String(decoding: data, as: UTF8.self) }
}

/// The smallest PDF readers accept (one empty page), for evidence that must be a real PDF by its content.
let minimalPDF = """
    %PDF-1.4
    1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
    2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
    3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
    trailer << /Root 1 0 R >>
    %%EOF

    """

/// A 1×1 PNG.
let tinyPNG = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==") ?? Data()

extension Office {
    /// `document make KIND ARGS… --output FILE --json` as `user`; the archive row and the file.
    func printDocument(
        _ kind: String, _ arguments: [String], at time: String = "16:00", as user: String = Staff.kasi.uid, pdf: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> PrintedDocument {
        let path = home.appendingPathComponent("cetak-\(kind)-\(UUID().uuidString.prefix(8)).\(pdf ? "pdf" : "html")").path
        let made = try await succeed(
            ["document", "make", kind] + arguments + (pdf ? ["--pdf"] : []) + ["--output", path, "--json"], at: time, as: user,
            sourceLocation: sourceLocation)
        let entry = try made.json(ArchiveEntryJSON.self, sourceLocation: sourceLocation)
        let data = try #require(FileManager.default.contents(atPath: path), "\(path) was not written: \(made)", sourceLocation: sourceLocation)
        return PrintedDocument(entry: entry, path: path, data: data)
    }

    /// The archive folder `hakakses init` configures.
    var archive: URL { home.appendingPathComponent("archive") }

    /// The `document.generated` and `evidence.stored` records of the audit log, by seq.
    func archiveRecords(sourceLocation: SourceLocation = #_sourceLocation) async throws -> [Int64: (kind: String, subject: String, payload: ArchiveRecordJSON)] {
        let log = try await succeed(["audit", "log", "--json", "--limit", "100000"], at: "16:00", sourceLocation: sourceLocation)
            .json([AuditLogRow].self, sourceLocation: sourceLocation)
        var records: [Int64: (kind: String, subject: String, payload: ArchiveRecordJSON)] = [:]
        for row in log where row.kind == "document.generated" || row.kind == "evidence.stored" {
            records[row.seq] = (row.kind, row.subject, try JSONDecoder().decode(ArchiveRecordJSON.self, from: Data(row.payload.utf8)))
        }
        return records
    }

    /// Checks that the archived file of `entry` exists, hashes (by coreutils' sha256sum) to what its audit record
    /// says, and is the file that was handed out.
    func expectArchived(_ document: PrintedDocument, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let records = try await archiveRecords(sourceLocation: sourceLocation)
        let record = try #require(records[document.entry.seq], "no archive record #\(document.entry.seq)", sourceLocation: sourceLocation)
        #expect(record.payload.file == document.entry.file, sourceLocation: sourceLocation)
        let kept = archive.appendingPathComponent(record.payload.file).path
        #expect(try await sha256(of: kept, in: home, sourceLocation: sourceLocation) == record.payload.sha256, sourceLocation: sourceLocation)
        #expect(try await sha256(of: document.path, in: home, sourceLocation: sourceLocation) == record.payload.sha256, sourceLocation: sourceLocation)
        #expect(document.entry.sha256 == record.payload.sha256, sourceLocation: sourceLocation)
    }

    /// The Sukamara SOP end to end with the test list (Budi, Siti, Rina): filed, initialled, approved, SK
    /// 000.8.3.3/241/Dukcapil/2026, provisioned, synced and handed over to everyone. Returns the request id and the
    /// passwords handed out (which no document may contain).
    func completeSukamara() async throws -> (id: String, passwords: [String]) {
        let list = try write("usulan.csv", Candidates.sukamaraCSV)
        let id = try filedRequestID(try await succeed(
            ["request", "new", "--candidates", list, "--confirm", Candidates.rinaConfirmation, "--note", "usulan petugas SIAK"], at: "08:00", as: Staff.kasi.uid))
        try await initial(id)
        try await succeed(["approve", id, "--note", "disetujui, segera buatkan SK"], at: "08:20", as: Staff.kadis.uid)
        try await issueSigned(id, at: "08:30")
        try await succeed(["sync"], at: "08:45")
        try await succeed(["approve", id], at: "08:50", as: Staff.adb.uid)
        var passwords: [String] = []
        for (who, name) in [("budi.santoso", "Budi Santoso"), (Candidates.sitiNIP, "Siti Rahmawati"), (Candidates.rinaNIK, "Rina Lestari")] {
            let handed = try await succeed(["handover", who, "--received-by", name, "--json"], at: "08:55", as: Staff.adb.uid)
            passwords.append(try #require(try handed.leadingJSON([String: String].self)["password"]))
        }
        return (id, passwords)
    }
}

/// Whether Debian's Chromium is there to print PDF (scripts/ensure-deps installs it).
var chromiumInstalled: Bool {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains { FileManager.default.isExecutableFile(atPath: $0) }
}
