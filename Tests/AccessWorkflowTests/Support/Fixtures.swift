import Foundation
@testable import AccessWorkflow

/// Shipped configuration and common test data.
enum Fixtures {
    /// The repository root, found from this file's real path (the scratch package links to it).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The text of a shipped file under config/.
    static func config(_ relativePath: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("config").appendingPathComponent(relativePath),
                   encoding: .utf8)
    }

    static func sukamaraYAML() throws -> String { try config("sop/sukamara.yaml") }
    static func mojokertoYAML() throws -> String { try config("sop/mojokerto.yaml") }
    static func sukamara() throws -> SOPDefinition { try SOPDefinition(yaml: try sukamaraYAML()) }
    static func mojokerto() throws -> SOPDefinition { try SOPDefinition(yaml: try mojokertoYAML()) }

    /// An instant given in WIB (UTC+07:00) local time, "2025-01-09 08:00".
    static func wib(_ text: String) -> Date {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let day = try? CivilDate(iso: String(parts[0])) else {
            preconditionFailure("bad test instant \(text)")
        }
        let clock = parts[1].split(separator: ":").compactMap { Int($0) }
        let seconds = clock[0] * 3600 + clock[1] * 60 + (clock.count > 2 ? clock[2] : 0)
        return day.start(offset: .wib).addingTimeInterval(TimeInterval(seconds))
    }
}

/// Replaces `target` in `text` exactly once, throwing if the target is missing or repeated (so a test cannot pass by
/// testing an unmodified file).
func replacing(_ target: String, with replacement: String, in text: String) throws -> String {
    let parts = text.components(separatedBy: target)
    guard parts.count == 2 else { throw FixtureError(message: "'\(target)' occurs \(parts.count - 1) times, expected once") }
    return parts.joined(separator: replacement)
}

/// A broken test fixture.
struct FixtureError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
