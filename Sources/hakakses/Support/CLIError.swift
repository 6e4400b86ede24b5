import AccessWorkflow
import ArgumentParser
import Foundation
import OfficeService

/// Runs a command body and turns any error into one line on stderr and an exit status: refused 1, bad input 2,
/// unreachable 3 (``OfficeErrorKind/exitStatus``).
func reporting(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as OfficeError {
        printError(error.text(in: Shell.language))
        throw ExitCode(error.kind.exitStatus)
    } catch let error as ExitCode {
        throw error
    } catch {
        printError(describe(error))
        throw ExitCode(OfficeErrorKind.badInput.exitStatus)
    }
}

/// The one-line, human description of an error from any module, in the language of this run where the error can
/// say itself in it.
func describe(_ error: any Error) -> String {
    let text = (error as? any LocalizedText)?.text(in: Shell.language) ?? String(describing: error)
    return text.replacingOccurrences(of: "\n", with: " | ")
}

/// A warning on standard error: "hakakses: peringatan: …" / "hakakses: warning: …".
func printWarning(_ text: String) {
    printError(Catalogue.notices.warning(text).text(in: Shell.language))
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("hakakses: \(message)\n".utf8))
}
