/// Why a snapshot of the workflow state could not be written or read back. A store meeting one discards the
/// checkpoint and replays the audit log instead.
public enum SnapshotError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Written by another snapshot version (an older or newer program, or other replay rules).
    case version(found: UInt32, expected: UInt32)
    /// The bytes end early or hold something this version never writes.
    case malformed(String)
    /// A part could not be encoded or decoded as JSON.
    case json(String)

    public var description: String {
        switch self {
        case let .version(found, expected):
            return "the snapshot has version \(found), this program reads version \(expected)"
        case .malformed(let what):
            return "the snapshot is malformed (\(what))"
        case .json(let reason):
            return "a part of the snapshot is not readable JSON (\(reason))"
        }
    }
}
