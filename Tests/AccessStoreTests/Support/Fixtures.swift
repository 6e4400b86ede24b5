import AccessWorkflow
import Foundation

/// Shipped configuration and common test data.
enum Fixtures {
    /// The repository root, found from this file's real path (the scratch package links to it).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func sop(_ name: String) throws -> SOPDefinition {
        let url = repositoryRoot.appendingPathComponent("config/sop/\(name).yaml")
        return try SOPDefinition(yaml: try String(contentsOf: url, encoding: .utf8))
    }

    static func sukamara() throws -> SOPDefinition { try sop("sukamara") }
    static func mojokerto() throws -> SOPDefinition { try sop("mojokerto") }

    /// An instant given in WIB (UTC+07:00) local time, "2025-01-09 08:00".
    static func wib(_ text: String) throws -> Date {
        let parts = text.split(separator: " ")
        let clock = parts.count == 2 ? parts[1].split(separator: ":").compactMap { Int($0) } : []
        guard parts.count == 2, clock.count == 2 else { throw FixtureError("bad test instant \(text)") }
        let day = try CivilDate(iso: String(parts[0]))
        return day.start(offset: .wib).addingTimeInterval(TimeInterval(clock[0] * 3600 + clock[1] * 60))
    }

    static func evidence(_ pairs: [(DocumentID, String)]) throws -> [DocumentID: Evidence] {
        var result: [DocumentID: Evidence] = [:]
        for (id, reference) in pairs { result[id] = try Evidence(reference: reference) }
        return result
    }
}

/// A broken test fixture or an unexpected shape of test data.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
