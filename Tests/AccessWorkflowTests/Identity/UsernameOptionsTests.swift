import Foundation
import Testing
@testable import AccessWorkflow

@Suite("Username rule options: name particles and collisions")
struct UsernameOptionsTests {
    func make(_ name: String, rule: UsernameRule = .standard, taken: Set<String> = []) throws -> String {
        try rule.username(for: try PersonName(name), nip: nil, nik: nil, isTaken: { taken.contains($0) })
    }

    @Test("A taken username gets the middle words one by one before a number")
    func middleNames() throws {
        #expect(try make("Siti Nur Aminah", taken: ["siti.aminah"]) == "siti.nur.aminah")
        #expect(try make("Siti Nur Aminah", taken: ["siti.aminah", "siti.nur.aminah"]) == "siti.aminah2")
        #expect(try make("I PUTU GEDE ARSANA", taken: ["putu.arsana"]) == "putu.gede.arsana")
        #expect(try make("ENDANG SRI WAHYU RAHAYU", taken: ["endang.rahayu", "endang.sri.rahayu"])
            == "endang.sri.wahyu.rahayu")
        // Two words have no middle: numbers at once, as before.
        #expect(try make("Drs. MUHAMMAD IMRON", taken: ["muhammad.imron"]) == "muhammad.imron2")
    }

    @Test("Alternatives follow the pattern: its separator, initials for {f}")
    func alternativesFollowPattern() throws {
        let underscore = try UsernameRule(pattern: "{first}_{last}")
        #expect(try make("Siti Nur Aminah", rule: underscore, taken: ["siti_aminah"]) == "siti_nur_aminah")
        let initial = try UsernameRule(pattern: "{f}{last}")
        #expect(try make("Siti Nur Aminah", rule: initial, taken: ["saminah"]) == "snaminah")
        #expect(try UsernameRule(pattern: "{nip}").alternatives(for: try PersonName("Siti Nur Aminah"), nip: nil, nik: nil) == [])
    }

    @Test("collisions: number keeps the old behaviour")
    func numberOnly() throws {
        let rule = try UsernameRule(collisions: .number)
        #expect(try make("Siti Nur Aminah", rule: rule, taken: ["siti.aminah"]) == "siti.aminah2")
        #expect(rule.alternatives(for: try PersonName("Siti Nur Aminah"), nip: nil, nik: nil).isEmpty)
    }

    @Test("nameParticles: keep uses every word of the name; titles and honorifics stay out either way")
    func keepParticles() throws {
        let keep = try UsernameRule(nameParticles: .keep)
        #expect(try make("I PUTU GEDE ARSANA", rule: keep) == "i.arsana")
        #expect(try make("M. RIDWAN KAMIL", rule: keep) == "m.kamil")
        #expect(try make("R. AJENG KARTIKA", rule: keep) == "kartika")
        #expect(try make("Hj.SITI AMINAH", rule: keep) == "siti.aminah")
        #expect(try make("I PUTU GEDE ARSANA") == "putu.arsana")
    }

    @Test("The options decode from configuration with defaults, and bad values are refused")
    func codable() throws {
        let rule = try JSONDecoder().decode(UsernameRule.self, from: Data(
            #"{"pattern":"{first}.{last}","nameParticles":"keep","collisions":"number"}"#.utf8))
        #expect(rule.nameParticles == .keep && rule.collisions == .number)
        let defaults = try JSONDecoder().decode(UsernameRule.self, from: Data("{}".utf8))
        #expect(defaults.nameParticles == .drop && defaults.collisions == .middleNames)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(UsernameRule.self, from: Data(#"{"collisions":"random"}"#.utf8))
        }
    }
}
