@testable import AccessStore
import Foundation
import Testing

/// Batch payloads are written by hand; their strings must be escaped exactly as Foundation's encoder escapes them.
@Suite("Hand-written JSON of batch payloads")
struct JSONTextTests {
    @Test("Every control character, quotes, backslashes, slashes and non-ASCII text are escaped as JSONEncoder does")
    func escapes() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var samples = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) + "x" }
        samples += ["", "plain", "\"quoted\"", "back\\slash", "800/1/Dukcapil/2026", "Zaïnuddin Ñoño", "山田 太郎", "🙂",
                    "\u{7F}", "\u{2028}", "e\u{0301}", "a\"\u{0301}", "mixed\t\n\r\u{08}\u{0C}\u{1F}end"]
        for sample in samples {
            var text = JSONText()
            text.string(sample)
            #expect(text.text == String(decoding: try encoder.encode(sample), as: UTF8.self), "\(sample.unicodeScalars.map(\.value))")
        }
        var list = JSONText()
        list.strings(samples)
        #expect(list.text == String(decoding: try encoder.encode(samples), as: UTF8.self))
    }
}
