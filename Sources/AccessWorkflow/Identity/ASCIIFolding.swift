import Foundation

/// Folds Latin text to lowercase ASCII for usernames: "Zaïnuddin Ñoño" → "zainuddin nono".
enum ASCIIFolding {
    /// Letters that canonical decomposition does not reduce to ASCII.
    private static let special: [Character: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "ı": "i", "þ": "th", "ŋ": "ng",
    ]

    /// Lowercases, strips diacritics and keeps only ASCII; characters with no ASCII form are dropped.
    static func fold(_ text: String) -> String {
        let lower = text.lowercased()
        // ASCII folds to itself (nearly every name an office writes): no per-character decomposition.
        if lower.utf8.allSatisfy({ $0 < 0x80 }) { return lower }
        var result = ""
        for character in lower {
            if let replacement = special[character] {
                result += replacement
                continue
            }
            for scalar in String(character).decomposedStringWithCanonicalMapping.unicodeScalars where scalar.isASCII {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
