public import Foundation

/// A document generated from the office's templates and kept in the archive (``Office/makeDocument(_:by:at:)``).
public struct GeneratedDocument: Codable, Sendable, Hashable {
    /// Its row in the archive (name, hash, audit record).
    public let entry: ArchiveEntry
    /// The document: HTML (UTF-8) or PDF; base64 in JSON.
    public let content: Data
}

/// One file of the archive: a generated document or an uploaded evidence file, with its audit record.
public struct ArchiveEntry: Codable, Sendable, Hashable {
    /// "document" (generated from a template) or "evidence" (an uploaded scan).
    public let category: String
    /// The document kind (`sk-kadis`, `bast`, …) or, for evidence, the SOP's document id (`pakta-integritas`).
    public let kind: String
    /// What it is, in Bahasa Indonesia, e.g. "Surat Keputusan Kepala Dinas".
    public let title: String
    /// The audit record's subject: a request id, SK number or person key ("" for evidence sent before its request
    /// existed).
    public let subject: String
    /// The document's number as printed on it (documents only).
    public let number: String?
    /// The name in the archive (`dokumen/2026/…/sk-kadis-….pdf`, `bukti/<sha256>.pdf`): the id to fetch it by.
    public let file: String
    /// A name to save it under, e.g. `sk-kadis-000.8.3.3-241-Dukcapil-2026.pdf`.
    public let downloadName: String
    /// `text/html; charset=utf-8`, `application/pdf`, `image/png`, `image/jpeg`.
    public let contentType: String
    public let sha256: String
    public let size: Int
    /// The audit record that keeps its hash, when and by whom.
    public let seq: Int64
    public let recordedAt: Date
    public let recordedBy: String
}

/// An archived file with its content, checked against its audit record.
public struct ArchivedFile: Codable, Sendable, Hashable {
    public let entry: ArchiveEntry
    /// base64 in JSON.
    public let content: Data
}

/// An evidence file received and kept (``Office/storeEvidence(_:claimedName:document:request:by:at:)``).
public struct StoredEvidence: Codable, Sendable, Hashable {
    /// What to send with the step (approve, file, resubmit): the document id, the SHA-256 and the file name.
    public let evidence: EvidenceInput
    /// The type found in the content: pdf, jpeg or png.
    public let type: String
    /// Its row in the archive.
    public let entry: ArchiveEntry
    /// Set when the name said another type than the content (the file is kept as what it is).
    public let note: String?
}
