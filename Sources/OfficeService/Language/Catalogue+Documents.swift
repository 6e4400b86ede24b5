import AccessWorkflow

/// The SOP's documents and the archive: printing, listing, fetching.
public struct DocumentTexts: Sendable {
    public let record = Phrase(id: "CATATAN", en: "RECORD")
    public let number = Phrase(id: "NOMOR", en: "NUMBER")
    public let file = Phrase(id: "BERKAS", en: "FILE")
    public let evidencePrefix = Phrase(id: "bukti", en: "evidence")

    /// "SK Kadis Nomor … untuk REQ-… ditulis ke …".
    public func written(_ title: String, number: String, subject: String, path: String) -> Phrase {
        Phrase(id: "\(title) Nomor \(number) untuk \(subject) ditulis ke \(path)",
               en: "\(title) Nomor \(number) for \(subject) written to \(path)")
    }

    public func kept(_ file: String, sha256: String, seq: Int64) -> Phrase {
        Phrase(id: "disimpan di arsip sebagai \(file) (SHA-256 \(sha256), catatan audit #\(seq))",
               en: "kept in the archive as \(file) (SHA-256 \(sha256), audit record #\(seq))")
    }

    public func fetched(_ file: String, sha256: String, seq: Int64, path: String) -> Phrase {
        Phrase(id: "\(file) (SHA-256 \(sha256), catatan audit #\(seq)) ditulis ke \(path)",
               en: "\(file) (SHA-256 \(sha256), audit record #\(seq)) written to \(path)")
    }

    public func nothingArchived(_ subject: String?) -> Phrase {
        Phrase(id: "belum ada yang diarsipkan\(subject.map { " untuk \($0)" } ?? "")",
               en: "nothing archived\(subject.map { " for \($0)" } ?? "")")
    }

    /// A note about a kept scan (e.g. a PNG named .pdf, kept as PNG).
    public func evidenceNote(_ note: String) -> Phrase {
        Phrase(id: "catatan: \(note)", en: "note: \(note)")
    }
}
