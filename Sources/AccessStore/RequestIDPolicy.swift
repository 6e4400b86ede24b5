public import AccessWorkflow
import Foundation

/// How ``AccessStore/execute(_:by:at:sop:catalogue:requestIDs:)`` numbers new requests: a filing whose id is
/// ``placeholder`` gets `<prefix>-<year>-<NNNN>`, the next free number in the office's current year (at least four
/// digits). Allocation happens in the same transaction as the filing, so ids are unique even across processes.
public struct RequestIDPolicy: Sendable, Hashable {
    /// The id to give a ``FileRequest`` so that the store allocates one.
    public static let placeholder = RequestID(rawValue: "")
    /// `REQ-2025-0001`, `REQ-2025-0002`, …
    public static let standard = RequestIDPolicy(checked: "REQ")

    /// The text before the year.
    public let prefix: String

    /// A policy with its own prefix of 1–16 ASCII letters or digits.
    public init(prefix: String) throws(StoreError) {
        guard (1...16).contains(prefix.utf8.count),
              prefix.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        else { throw .invalidRequestIDPrefix(prefix) }
        self.prefix = prefix
    }

    private init(checked prefix: String) { self.prefix = prefix }

    /// The command with a placeholder filing id replaced by the next free id; other commands unchanged.
    func resolve(_ command: WorkflowCommand, in state: WorkflowState, at now: Date) -> WorkflowCommand {
        guard case .file(let filing) = command, filing.id == Self.placeholder else { return command }
        let year = CivilDate(now, offset: state.sop.office.utcOffset).year
        return .file(filing.with(id: nextID(year: year, taken: state.requests.keys)))
    }

    /// One more than the highest number used in `year` (whatever its width), padded to four digits.
    func nextID(year: Int, taken: some Sequence<RequestID>) -> RequestID {
        let stem = "\(prefix)-\(year)-"
        var highest = 0
        for id in taken where id.rawValue.hasPrefix(stem) {
            let digits = id.rawValue.dropFirst(stem.count)
            if digits.count <= 18, digits.allSatisfy(\.isASCIIDigit), let number = Int(digits) {
                highest = max(highest, number)
            }
        }
        let text = String(highest + 1)
        return RequestID(rawValue: stem + String(repeating: "0", count: max(0, 4 - text.count)) + text)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
