/// A problem in configuration (an SOP file, a role catalogue, a calendar, a time standard).
///
/// `path` locates the offending value, e.g. `steps[2].executor`; `description` is one sentence that says what is
/// wrong and how to fix it.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is, such as "steps[2].executor"; empty when the whole input is concerned.
    public let path: String
    /// What is wrong and how to fix it.
    public let message: String

    /// Creates an error at `path`.
    public init(_ message: String, at path: String = "") {
        self.path = path
        self.message = message
    }

    /// "path: message", or the message alone when there is no path.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }

    /// The same error located under `parent` (e.g. "calendar" + "hours.monday" → "calendar.hours.monday").
    func located(under parent: String) -> ConfigError {
        guard !parent.isEmpty else { return self }
        if path.isEmpty { return ConfigError(message, at: parent) }
        return ConfigError(message, at: path.hasPrefix("[") ? parent + path : parent + "." + path)
    }
}
