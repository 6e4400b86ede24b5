import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// Large SKs are stored as rows of fields; small ones and every SK stored before keep the keyed form.
@Suite("The compact form of a large SK's grants")
struct GrantRowsTests {
    static func event(_ count: Int) throws -> WorkflowEvent {
        let grants = try (0..<count).map { index in
            try Grant(person: index == 1 ? try People.budi() : try People.operatorNumber(index),
                      roles: index % 2 == 0 ? ["operator"] : ["operator", "verifikator"], workUnit: "Desa \(index % 9)",
                      position: index == 2 ? "Operator \"Desa\", \\ Kepala" : nil)
        }
        let decree = try SnapshotTests.decree("800/9/Dukcapil/2025", grants: grants)
        return .decreeImported(DecreeImported(at: Fixtures.wib("2025-02-03 08:00"), actor: try SukamaraCast().adb,
                                              decree: decree, note: "lampiran.xlsx"))
    }

    static func json(_ event: WorkflowEvent) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(event), as: UTF8.self)
    }

    static func decode(_ json: String) throws -> WorkflowEvent {
        try JSONDecoder().decode(WorkflowEvent.self, from: Data(json.utf8))
    }

    @Test("An SK of 64 or more grants is written as rows and reads back equal; a smaller one stays keyed")
    func compactAboveThreshold() throws {
        let large = try Self.event(GrantRows.threshold)
        let json = try Self.json(large)
        #expect(json.contains(#""grantFields":["name","nip","nik","uid","roles","workUnit","position"]"#))
        #expect(json.contains(#"["Budi Santoso, S.Kom","199001152015031002","6208011501900003",null,["operator","verifikator"],"Desa 1",null]"#))
        #expect(!json.contains(#""grants""#))
        #expect(try Self.decode(json) == large)

        let small = try Self.event(GrantRows.threshold - 1)
        let keyed = try Self.json(small)
        #expect(keyed.contains(#""grants":[{"person":"#) && !keyed.contains("grantRows"))
        #expect(try Self.decode(keyed) == small)
    }

    @Test("A large SK in the keyed form (as stored before) still decodes to the same event")
    func keyedStillRead() throws {
        let event = try Self.event(100)
        guard case .decreeImported(let imported) = event else { return }
        // The keyed form, as the previous version wrote every SK.
        var object = try #require(try JSONSerialization.jsonObject(with: Data(Self.json(event).utf8)) as? [String: Any])
        var decree = try #require(object["decree"] as? [String: Any])
        decree.removeValue(forKey: "grantFields")
        decree.removeValue(forKey: "grantRows")
        decree["grants"] = try JSONSerialization.jsonObject(with: JSONEncoder().encode(imported.decree.grants))
        object["decree"] = decree
        let keyed = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        #expect(keyed.contains(#""grants":[{"#))
        #expect(try Self.decode(keyed) == event)
    }

    @Test("Rows are validated like keyed grants: an unknown field, a missing value, an extra value or a bad NIP is refused")
    func validated() throws {
        let json = try Self.json(try Self.event(GrantRows.threshold))
        let broken = [
            json.replacingOccurrences(of: #""grantFields":["name","#, with: #""grantFields":["nama","#),
            json.replacingOccurrences(of: #","workUnit","position"]"#, with: #","workUnit"]"#),
            json.replacingOccurrences(of: #""Desa 0",null]"#, with: #""Desa 0",null,"extra"]"#),
            json.replacingOccurrences(of: "199001152015031002", with: "199013152015031002"),
            json.replacingOccurrences(of: #""roles","workUnit""#, with: #""roles","roles""#),
        ]
        for text in broken {
            #expect(text != json)
            #expect(throws: (any Error).self) { try Self.decode(text) }
        }
    }
}
