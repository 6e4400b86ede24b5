/// The id of an access request, given by the caller, e.g. "REQ-2025-0001".
public struct RequestID: StringIdentifier {
    /// The id.
    public let rawValue: String

    /// Wraps an id; the workflow checks it when the request is filed.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// True if the id is 1–64 characters of ASCII letters, digits, '-', '_', '.' or '/'.
    public var isWellFormed: Bool {
        (1...64).contains(rawValue.count) && rawValue.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_./".unicodeScalars.contains($0))
        }
    }
}
