import AccessWorkflow
import GRDB

extension StoreError {
    /// Wraps any error thrown inside a database access.
    init(_ error: any Error) {
        switch error {
        case let error as StoreError:
            self = error
        case let error as WorkflowError:
            self = .workflow(error)
        case let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED:
            self = .busy
        case let error as DatabaseError:
            self = .database(error.message ?? "\(error.resultCode)")
        default:
            self = .aborted(Self.sentenceFragment(error))
        }
    }

    /// An error's description without a trailing full stop, to embed in a sentence.
    static func sentenceFragment(_ error: any Error) -> String {
        let text: String = switch error {
        case let error as DatabaseError: error.message ?? "\(error.resultCode)"
        case let error as any CustomStringConvertible: error.description
        default: String(describing: error)
        }
        return text.hasSuffix(".") ? String(text.dropLast()) : text
    }
}
