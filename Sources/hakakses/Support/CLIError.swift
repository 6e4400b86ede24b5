import ArgumentParser
import Foundation
import OfficeService

/// Runs a command body and turns any error into one line on stderr and an exit status: refused 1, bad input 2,
/// unreachable 3 (``OfficeErrorKind/exitStatus``).
func reporting(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as OfficeError {
        printError(error.description)
        throw ExitCode(error.kind.exitStatus)
    } catch let error as ExitCode {
        throw error
    } catch {
        printError(describe(error))
        throw ExitCode(OfficeErrorKind.badInput.exitStatus)
    }
}

/// The one-line, human description of an error from any module.
func describe(_ error: any Error) -> String {
    String(describing: error).replacingOccurrences(of: "\n", with: " | ")
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("hakakses: \(message)\n".utf8))
}
