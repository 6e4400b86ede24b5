import ArgumentParser
import Foundation

/// A failure the user can act on: one line on stderr and an exit status.
struct CLIError: Error, CustomStringConvertible {
    enum Kind: Int32 {
        /// The action was refused (workflow rule, access rule); the reason says why.
        case refused = 1
        /// The input or the configuration is wrong; the message says what to fix.
        case badInput = 2
        /// The directory or the database could not be reached; try again later.
        case unavailable = 3
    }

    let kind: Kind
    let message: String

    static func refused(_ message: String) -> CLIError { CLIError(kind: .refused, message: message) }
    static func badInput(_ message: String) -> CLIError { CLIError(kind: .badInput, message: message) }
    static func unavailable(_ message: String) -> CLIError { CLIError(kind: .unavailable, message: message) }

    var description: String { message }
}

/// Runs a command body and turns any error into one line on stderr and an exit status.
func reporting(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as CLIError {
        printError(error.message)
        throw ExitCode(error.kind.rawValue)
    } catch let error as ExitCode {
        throw error
    } catch {
        printError(describe(error))
        throw ExitCode(CLIError.Kind.badInput.rawValue)
    }
}

/// The one-line, human description of an error from any module.
func describe(_ error: any Error) -> String {
    let text = String(describing: error)
    return text.replacingOccurrences(of: "\n", with: " | ")
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("hakakses: \(message)\n".utf8))
}
