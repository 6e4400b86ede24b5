public import AccessWorkflow
public import Foundation

/// Shipped configuration and common test data.
public enum Fixtures {
    /// The repository root, found from this file's real path (a scratch package may link to it).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The text of a shipped file under config/.
    public static func config(_ relativePath: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("config").appendingPathComponent(relativePath),
                   encoding: .utf8)
    }

    public static func sukamaraYAML() throws -> String { try config("sop/sukamara.yaml") }
    public static func mojokertoYAML() throws -> String { try config("sop/mojokerto.yaml") }
    public static func sukamara() throws -> SOPDefinition { try SOPDefinition(yaml: try sukamaraYAML()) }
    /// Sukamara's SOP as installed before issue 20: no sign step, the Sekretaris's SK (with a typed signer) in force
    /// when recorded.
    public static func sukamaraBeforeSigningYAML() throws -> String {
        let text = try sukamaraYAML()
        guard let start = text.range(of: "  # The Kadis signs the SK (issue 20)."), let end = text.range(of: "  - id: pembuatan-hak-akses\n") else {
            throw FixtureError("the shipped Sukamara SOP has no tanda-tangan-sk step before pembuatan-hak-akses")
        }
        return text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
    }
    public static func mojokerto() throws -> SOPDefinition { try SOPDefinition(yaml: try mojokertoYAML()) }

    /// An instant given in WIB (UTC+07:00) local time, "2025-01-09 08:00" (seconds optional).
    /// A malformed literal is a bug in the test itself, so it stops the test run.
    public static func wib(_ text: String) -> Date {
        let parts = text.split(separator: " ")
        let clock = parts.count == 2 ? parts[1].split(separator: ":").compactMap { Int($0) } : []
        guard parts.count == 2, clock.count >= 2, let day = try? CivilDate(iso: String(parts[0])) else {
            preconditionFailure("bad test instant \(text)")
        }
        let seconds = clock[0] * 3600 + clock[1] * 60 + (clock.count > 2 ? clock[2] : 0)
        return day.start(offset: .wib).addingTimeInterval(TimeInterval(seconds))
    }

    /// Evidence records from (document, reference) pairs.
    public static func evidence(_ pairs: [(DocumentID, String)]) throws -> [DocumentID: Evidence] {
        var result: [DocumentID: Evidence] = [:]
        for (id, reference) in pairs { result[id] = try Evidence(reference: reference) }
        return result
    }
}

/// A broken test fixture or an unexpected shape of test data.
public struct FixtureError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
    public init(_ message: String) { self.message = message }
    public init(message: String) { self.message = message }
}
