/// What is on record for a document: a reference (letter or form number) and/or the SHA-256 of a scanned file.
public struct Evidence: Sendable, Hashable, Codable {
    /// The document's reference, e.g. "470/112/Dukcapil/2025".
    public let reference: String?
    /// The lowercase hexadecimal SHA-256 of the file, if a file was recorded.
    public let sha256: String?
    /// The recorded file's name (only together with its hash).
    public let fileName: String?

    /// Creates evidence; needs a reference or a hash, and a hash of 64 hexadecimal digits.
    public init(reference: String? = nil, sha256: String? = nil, fileName: String? = nil) throws(RequestError) {
        let reference = try FieldCheck.optional(reference, field: "evidence reference")
        let fileName = try FieldCheck.optional(fileName, field: "evidence file name")
        var hash: String?
        if let raw = sha256?.trimmed, !raw.isEmpty {
            let lowered = raw.lowercased()
            guard lowered.count == 64, lowered.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) })
            else { throw .invalidHash(raw) }
            hash = lowered
        }
        if let fileName, hash == nil { throw .fileNameWithoutHash(fileName) }
        guard reference != nil || hash != nil else { throw .emptyEvidence }
        self.reference = reference
        self.sha256 = hash
        self.fileName = fileName
    }

    private enum CodingKeys: String, CodingKey { case reference, sha256, fileName }

    /// Decodes and re-validates.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            reference: try container.decodeIfPresent(String.self, forKey: .reference),
            sha256: try container.decodeIfPresent(String.self, forKey: .sha256),
            fileName: try container.decodeIfPresent(String.self, forKey: .fileName))
    }
}
