import AccessStore
import AccessWorkflow
public import Foundation

/// `POST /api/v1/documents`: print a document of the SOP from the office's templates (HTML, or PDF with
/// `format: pdf`), keep it in the archive and record its SHA-256 (`document.generated`). The content comes back in
/// base64. See ``Office/makeDocument(_:by:at:)``.
public struct MakeDocumentCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/documents")
    public static let action = OfficeAction.printDocument
    /// daftar-usulan, disposisi, biodata, pakta-integritas, sk-kadis, bast, surat-jawaban or laporan-review.
    public var kind: String
    public var request: String?
    public var decree: String?
    /// Username, NIP, NIK or person key.
    public var person: String?
    /// html (default) or pdf.
    public var format: String?
    /// The agenda number to print instead of the office's numbering.
    public var number: String?
    /// The access review whose report to print (`laporan-review`).
    public var review: String?

    public init(_ order: DocumentOrder) {
        kind = order.kind
        request = order.request
        decree = order.decree
        person = order.person
        format = order.format
        number = order.number
        review = order.review
    }

    public var order: DocumentOrder {
        DocumentOrder(kind: kind, request: request, decree: decree, person: person, format: format, number: number, review: review)
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> GeneratedDocument {
        try await office.makeDocument(order, by: call.caller, at: call.now)
    }
}

/// `GET /api/v1/archive?subject=`: the documents and evidence files kept for a request (with its SK's), an SK number
/// or a person key; everything without a subject.
public struct ArchiveListQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/archive")
    public static let action = OfficeAction.listArchive
    public var subject: String?

    public init(subject: String? = nil) { self.subject = subject }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> [ArchiveEntry] {
        try await office.archive(about: subject ?? "", for: call.caller)
    }
}

/// `GET /api/v1/archive/file?name=|sha256=`: one archived file (content in base64), refused if it no longer matches
/// the SHA-256 its audit record keeps.
public struct ArchiveFileQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/archive/file")
    public static let action = OfficeAction.readArchiveFile
    /// The archive name (`file` of the list).
    public var name: String?
    public var sha256: String?

    public init(name: String? = nil, sha256: String? = nil) {
        self.name = name
        self.sha256 = sha256
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> ArchivedFile {
        try await office.archivedFile(named: name, sha256: sha256, for: call.caller)
    }
}

/// `POST /api/v1/evidence`: send a scanned document (PDF, JPEG or PNG, checked by content; at most
/// `documents.evidenceMaxMiB`) to be kept in the archive; the answer's `evidence` goes with the step it documents.
/// See ``Office/storeEvidence(_:claimedName:document:request:by:at:)``.
public struct StoreEvidenceCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/evidence")
    public static let action = OfficeAction.storeEvidence
    /// The SOP's document id, e.g. `pakta-integritas`.
    public var document: String
    /// The request it belongs to, when it exists already.
    public var request: String?
    /// The file's name as sent (its extension is not trusted).
    public var fileName: String
    /// The file (base64 in JSON).
    public var content: Data

    public init(document: String, request: String? = nil, fileName: String, content: Data) {
        self.document = document
        self.request = request
        self.fileName = fileName
        self.content = content
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> StoredEvidence {
        try await office.storeEvidence(content, claimedName: fileName, document: document, request: request, by: call.caller, at: call.now)
    }
}
