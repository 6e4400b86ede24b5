import WorkflowFixtures

/// Replaces `target` in `text` exactly once, throwing if the target is missing or repeated (so a test cannot pass by
/// testing an unmodified file).
func replacing(_ target: String, with replacement: String, in text: String) throws -> String {
    let parts = text.components(separatedBy: target)
    guard parts.count == 2 else { throw FixtureError(message: "'\(target)' occurs \(parts.count - 1) times, expected once") }
    return parts.joined(separator: replacement)
}
