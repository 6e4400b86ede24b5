public import Foundation

/// The kinds of file the office keeps as evidence, recognised by their content (magic bytes), never by their name.
public enum EvidenceFileType: String, Sendable, Hashable, Codable, CaseIterable {
    case pdf, jpeg, png

    /// The file name extension the archive gives it.
    public var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .jpeg: "jpg"
        case .png: "png"
        }
    }

    public var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        }
    }

    /// "PDF", "JPEG image", "PNG image".
    public var label: String {
        switch self {
        case .pdf: "PDF"
        case .jpeg: "JPEG image"
        case .png: "PNG image"
        }
    }

    /// The extensions a name may carry for this type.
    var nameExtensions: Set<String> {
        switch self {
        case .pdf: ["pdf"]
        case .jpeg: ["jpg", "jpeg", "jpe"]
        case .png: ["png"]
        }
    }

    /// The type of `bytes` by content, or nil. A PDF must begin with `%PDF-` (within its first 1024 bytes, as
    /// readers allow) and end with `%%EOF` (within its last 1024 bytes): a scan cut short in transfer is refused.
    public static func detect(_ bytes: Data) -> EvidenceFileType? {
        let head = Array(bytes.prefix(1024))
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if contains(head, Array("%PDF-".utf8)) && contains(Array(bytes.suffix(1024)), Array("%%EOF".utf8)) { return .pdf }
        return nil
    }

    /// What a refused file looks like, for the message: "a PDF cut short", "plain text", "a ZIP archive (also Word
    /// and Excel files)", "a GIF image", or "an unknown kind of file".
    static func describeUnaccepted(_ bytes: Data) -> String {
        let head = Array(bytes.prefix(1024))
        if contains(head, Array("%PDF-".utf8)) { return "a PDF cut short (it has no %%EOF at its end)" }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive (Word and Excel files are ZIP archives too)" }
        if head.starts(with: Array("GIF8".utf8)) { return "a GIF image" }
        if head.starts(with: [0x49, 0x49, 0x2A, 0x00]) || head.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return "a TIFF image" }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "an old Word or Excel document" }
        if String(data: Data(head), encoding: .utf8).map({ $0.unicodeScalars.allSatisfy { !$0.properties.isDefaultIgnorableCodePoint && ($0.value >= 0x20 || $0 == "\n" || $0 == "\r" || $0 == "\t") } }) == true {
            return "plain text"
        }
        return "an unknown kind of file"
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
            return true
        }
        return false
    }
}
