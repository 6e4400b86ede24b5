import Foundation
import OfficeService

/// The scan of a signed SK named on the command line (`--scan FILE`): read once, described for a check-only call,
/// then sent to the office's archive (`sk-bertanda-tangan`) only after the check passed, so that a refused
/// confirmation or signature leaves no file behind.
struct SignedScanFile {
    static let document = "sk-bertanda-tangan"
    let content: Data
    let fileName: String

    init(path: String) throws(OfficeError) {
        let url = URL(fileURLWithPath: path)
        guard let content = FileManager.default.contents(atPath: url.path) else {
            throw .badInput(.fileUnreadable(document: Self.document, path: path))
        }
        self.content = content
        self.fileName = url.lastPathComponent
    }

    /// The scan as a check-only call describes it (its hash, nothing sent).
    var unsent: EvidenceInput { .scan(document: Self.document, content: content, fileName: fileName) }

    /// Sends the scan to the archive (for `request`, if any) and returns what the step cites.
    func send(_ link: OfficeLink, request: String? = nil) async throws(OfficeError) -> EvidenceInput {
        try await link.perform(StoreEvidenceCommand(document: Self.document, request: request, fileName: fileName, content: content)).evidence
    }
}
