import Testing
import PropertyBased
@testable import AccessWorkflow

/// The byte-level fast paths for ASCII text (taken when a large SK is replayed) must agree with the
/// character-level definitions they shortcut, for ASCII and for everything else.
@Suite("Text fast paths agree with their definitions")
struct TextFastPathTests {
    static let piece = Gen.element(of: [
        "M.Si.", "S. Kom", "DRS", "a", " ", "  ", "\t", "\n", "\r\n", ".", ",", "\u{00A0}", "\u{2003}", "İ", "é", "山田",
        "\u{0085}", "x\u{0301}", "\u{1F}", "Hj.", "",
    ]).compactMap { $0 }

    @Test("NameTitles.key equals lowercasing and dropping dots and whitespace")
    func titleKey() async {
        await propertyCheck(count: 500, input: Self.piece.array(of: 0...6)) { pieces in
            let text = pieces.joined()
            let reference = String(text.lowercased().filter { $0 != "." && !$0.isWhitespace })
            #expect(NameTitles.key(text) == reference, "\(text.unicodeScalars.map { $0.escaped(asASCII: true) })")
        }
    }

    @Test("trimmed equals removing leading and trailing Unicode whitespace")
    func trimmed() async {
        await propertyCheck(count: 500, input: Self.piece.array(of: 0...6)) { pieces in
            let text = pieces.joined()
            let scalars = Array(text.unicodeScalars)
            let start = scalars.firstIndex { !$0.properties.isWhitespace }
            let end = scalars.lastIndex { !$0.properties.isWhitespace }
            var reference = String.UnicodeScalarView()
            if let start, let end { reference.append(contentsOf: scalars[start...end]) }
            #expect(text.trimmed == String(reference), "\(text.unicodeScalars.map { $0.escaped(asASCII: true) })")
        }
    }

    @Test("PersonName.lastSpace is where lastIndex(of: \" \") finds the last space")
    func lastSpace() async throws {
        let pieces = Gen.element(of: [" ", "SITI", "a", "\u{0301}", "\u{0600}", "é", "山田", "\u{00A0}", "x\u{0301}", "\r\n"]).compactMap { $0 }
        await propertyCheck(count: 500, input: pieces.array(of: 1...6)) { parts in
            let text = parts.joined()
            guard let name = try? PersonName(snapshotName: text, frontTitles: [], backTitles: []) else { return }
            #expect(name.lastSpace == text.lastIndex(of: " "), "\(text.unicodeScalars.map { $0.escaped(asASCII: true) })")
        }
        for text in ["SITI AMINAH", "BUDI", "A B C", " X", "X ", "I GUSTI AYU \u{0301}", "\u{0600} SITI"] {
            let name = try PersonName(snapshotName: text, frontTitles: [], backTitles: [])
            #expect(name.lastSpace == text.lastIndex(of: " "), "\(text)")
        }
    }

    @Test("Known keys", arguments: [("M.Si.", "msi"), ("S. Kom", "skom"), ("Prof.\tDr.", "profdr"), ("İr.", "i̇r")])
    func knownKeys(title: String, key: String) {
        #expect(NameTitles.key(title) == key)
    }
}
