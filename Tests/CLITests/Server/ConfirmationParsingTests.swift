import OfficeService
@testable import OfficeServer
import Testing

/// The web form's confirmation lines are checked as the CLI's `--confirm` is (issue 23: the web accepted a
/// confirmation with an empty note that the CLI refused): one parser for both.
@Suite("Confirmations: one parser for the CLI and the web form")
struct ConfirmationParsingTests {
    @Test func aBlankNoteIsRefusedOnTheWebFormAsOnTheCommandLine() throws {
        let id = "no-nip:nik:6208024507950002"
        for blank in ["\(id)=", "\(id)=   "] {
            let web = #expect(throws: OfficeError.self) { try NewRequestPage.confirmations("\(blank)\n") }
            let cli = #expect(throws: OfficeError.self) { try InputParsing.confirmationItems([blank]) }
            #expect(web?.text(in: .english) == cli?.text(in: .english) && web?.text(in: .english).contains(id) == true, "\(String(describing: web))")
        }
        #expect(throws: OfficeError.self) { try NewRequestPage.confirmations("tanpa-tanda-sama-dengan") }
        let parsed = try NewRequestPage.confirmations("  \(id)=tenaga kontrak kelurahan  \n\n")
        #expect(parsed == [id: "tenaga kontrak kelurahan"])
    }
}
