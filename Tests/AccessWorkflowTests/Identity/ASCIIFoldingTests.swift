import Foundation
import PropertyBased
import Testing
@testable import AccessWorkflow

/// Folding takes a shortcut for ASCII text; it must give what the per-character decomposition gives.
@Suite("ASCII folding for usernames")
struct ASCIIFoldingTests {
    /// The definition: lowercase, special letters replaced, decomposed, non-ASCII scalars dropped.
    static func reference(_ text: String) -> String {
        let special: [Character: String] = ["ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "ı": "i", "þ": "th", "ŋ": "ng"]
        var result = ""
        for character in text.lowercased() {
            if let replacement = special[character] { result += replacement; continue }
            for scalar in String(character).decomposedStringWithCanonicalMapping.unicodeScalars where scalar.isASCII {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test("ASCII and non-ASCII names fold as the definition says")
    func agrees() async {
        let piece = Gen.element(of: ["OPERATOR", "siak", " ", ".", "12345", "Zaïnuddin", "Ñoño", "ß", "İ", "\r\n", "-", "Ṣaraswatī", "山田"])
            .compactMap { $0 }
        await propertyCheck(count: 300, input: piece.array(of: 0...6)) { pieces in
            let text = pieces.joined()
            #expect(ASCIIFolding.fold(text) == Self.reference(text), "\(text)")
        }
        #expect(ASCIIFolding.fold("OPERATOR SIAK 12345") == "operator siak 12345")
    }
}
