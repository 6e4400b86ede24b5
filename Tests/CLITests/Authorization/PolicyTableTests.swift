import AccessWorkflow
import Foundation
import OfficeService
import Testing
import WorkflowFixtures

/// The README's "who may do what" table is the access policy rendered for the shipped SOPs.
@Suite("Authorization: the policy table in the README")
struct PolicyTableTests {
    static let begin = "<!-- who-may-do-what: generated from AccessPolicy by PolicyTableTests; do not edit by hand -->"
    static let end = "<!-- end who-may-do-what -->"

    static func rendered() throws -> String {
        AccessPolicy.markdown([(name: "Sukamara", sop: try Fixtures.sukamara()), (name: "Mojokerto", sop: try Fixtures.mojokerto())])
    }

    @Test("the README carries the table as the policy renders it (HAKAKSES_UPDATE_README=1 rewrites it)")
    func readmeTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = root.appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "the README has no generated table")
        let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let current = String(text[start.upperBound..<stop.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
        let expected = try Self.rendered()
        if current != expected, ProcessInfo.processInfo.environment["HAKAKSES_UPDATE_README"] == "1" {
            let updated = text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: "\n" + expected + "\n")
            try updated.write(to: readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == expected, "README's table differs from the policy; run with HAKAKSES_UPDATE_README=1:\n\(expected)")
    }

    @Test("every action has a rule naming roles of both SOPs or nobody on purpose; reads of NIKs and the audit log are not for every role")
    func needToKnow() throws {
        for sop in [try Fixtures.sukamara(), try Fixtures.mojokerto()] {
            let all = Set(sop.roles.map(\.id))
            for action: OfficeAction in [.readRoster, .exportRoster, .readDecree, .exportDecree, .readAudit, .reconcileDryRun] {
                let roles = try #require(AccessPolicy.rule(for: action).audience.roles(in: sop))
                #expect(!roles.isEmpty && roles != all, "\(action) in \(sop.office.name): \(roles)")
                #expect(!roles.contains("kasi") && !roles.contains("kabid"), "\(action) is for those who need NIKs across the office")
            }
            #expect(AccessPolicy.rule(for: .confirmDecree).audience.roles(in: sop) == ["kadis"])
            #expect(AccessPolicy.rule(for: .reconcileApply).audience.roles(in: sop) == ["adb"])
        }
    }
}
