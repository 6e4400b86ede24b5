import AccessStore
import Foundation

/// What the audit log says the archive holds: one `document.generated` record per generated document and one
/// `evidence.stored` record per uploaded evidence file, each authenticated by the audit key.
struct ArchiveIndex: Sendable {
    static let documentKind = "document.generated"
    static let evidenceKind = "evidence.stored"

    /// The payload of `document.generated` (never a password: documents carry usernames only).
    struct DocumentRecord: Codable, Sendable, Hashable {
        let kind: String
        let title: String
        let number: String
        let format: String
        let file: String
        let sha256: String
        let size: Int
        let year: Int
        let request: String?
        let decree: String?
        /// The people a per-person document was made for (person keys); nil for all of the subject's.
        let people: [String]?
    }

    /// The payload of `evidence.stored`.
    struct EvidenceRecord: Codable, Sendable, Hashable {
        /// The SOP's document id, e.g. `pakta-integritas`.
        let document: String
        let request: String?
        /// The name the file came with, and the name recorded (its extension follows the content).
        let claimedName: String
        let fileName: String
        let type: String
        let file: String
        let sha256: String
        let size: Int
    }

    let documents: [(record: AuditRecord, payload: DocumentRecord)]
    let evidence: [(record: AuditRecord, payload: EvidenceRecord)]

    /// Reads both kinds of record from the log (each authenticated).
    static func load(_ store: AccessStore) throws(StoreError) -> ArchiveIndex {
        var documents: [(record: AuditRecord, payload: DocumentRecord)] = []
        for record in try store.authenticatedRecords(kind: documentKind) {
            documents.append((record, try record.decodePayload(DocumentRecord.self)))
        }
        var evidence: [(record: AuditRecord, payload: EvidenceRecord)] = []
        for record in try store.authenticatedRecords(kind: evidenceKind) {
            evidence.append((record, try record.decodePayload(EvidenceRecord.self)))
        }
        return ArchiveIndex(documents: documents, evidence: evidence)
    }

    /// The archive rows, documents and evidence in log order.
    var entries: [ArchiveEntry] {
        (documents.map { Self.entry($0.record, $0.payload) } + evidence.map { Self.entry($0.record, $0.payload) })
            .sorted { $0.seq < $1.seq }
    }

    static func entry(_ record: AuditRecord, _ payload: DocumentRecord) -> ArchiveEntry {
        let format = DocumentFormat(rawValue: payload.format) ?? .html
        let stem = [payload.kind, ArchiveFolder.slug(payload.decree ?? payload.request ?? record.subject)]
            + (payload.people ?? []).map(ArchiveFolder.slug)
        return ArchiveEntry(
            category: "document", kind: payload.kind, title: payload.title, subject: record.subject, number: payload.number,
            file: payload.file, downloadName: stem.joined(separator: "-") + "." + format.fileExtension,
            contentType: format.contentType, sha256: payload.sha256, size: payload.size, seq: record.seq,
            recordedAt: record.recordedAt, recordedBy: record.actor)
    }

    static func entry(_ record: AuditRecord, _ payload: EvidenceRecord) -> ArchiveEntry {
        let type = EvidenceFileType(rawValue: payload.type) ?? .pdf
        return ArchiveEntry(
            category: "evidence", kind: payload.document, title: "Bukti: \(payload.fileName)", subject: record.subject,
            number: nil, file: payload.file, downloadName: payload.fileName, contentType: type.contentType,
            sha256: payload.sha256, size: payload.size, seq: record.seq, recordedAt: record.recordedAt, recordedBy: record.actor)
    }
}
