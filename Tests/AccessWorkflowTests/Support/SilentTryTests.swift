import Foundation
import Testing
import WorkflowFixtures

/// Issue 23: no silent `try?` in Sources. Every `try?` says on its own line why losing that error is right
/// (`// try?: …`); one that hid data (a store error narrowing the bridge's search, a malformed NIP, a handover record
/// left out of the BAST) was replaced by a typed error instead.
@Suite("Sources: every try? is justified where it stands")
struct SilentTryTests {
    @Test func everyTryQuestionMarkInSourcesSaysWhy() throws {
        let sources = Fixtures.repositoryRoot.appendingPathComponent("Sources")
        guard let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else {
            Issue.record("cannot list \(sources.path)")
            return
        }
        var silent: [String] = []
        var seen = 0
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard line.contains(/\btry\?/) else { continue }
                seen += 1
                if !line.contains("// try?: ") {
                    silent.append("\(file.path.dropFirst(sources.path.count + 1)):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(seen > 0, "no try? found at all: is \(sources.path) the sources?")
        #expect(silent.isEmpty, "try? without a `// try?: why` on its line:\n\(silent.joined(separator: "\n"))")
    }
}
