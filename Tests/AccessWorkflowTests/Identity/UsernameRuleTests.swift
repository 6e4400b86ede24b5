import Foundation
import PropertyBased
import Testing
@testable import AccessWorkflow

@Suite("Usernames")
struct UsernameRuleTests {
    let rule = UsernameRule.standard

    func make(_ name: String, nip: String? = nil, nik: String? = nil, rule: UsernameRule = .standard,
              taken: Set<String> = []) throws -> String {
        try rule.username(for: try PersonName(name), nip: try nip.map { try NIP($0) }, nik: try nik.map { try NIK($0) },
                          isTaken: { taken.contains($0) })
    }

    @Test("Default pattern {first}.{last}, titles dropped, lowercase")
    func standard() throws {
        #expect(try make("Drs. MUHAMMAD IMRON") == "muhammad.imron")
        #expect(try make("Hj. SITI AMINAH, S.E., M.Si.") == "siti.aminah")
        #expect(try make("Siti Nur Aminah") == "siti.aminah")
    }

    @Test("A one-word name gives just the word")
    func oneWord() throws {
        #expect(try make("ZAINUDDIN, S.Sos") == "zainuddin")
    }

    @Test("Diacritics fold to ASCII; apostrophes vanish; hyphens stay")
    func folding() throws {
        #expect(try make("Zaïnuddin Ærø") == "zainuddin.aero")
        #expect(try make("José Muñoz") == "jose.munoz")
        #expect(try make("Groß Weiß") == "gross.weiss")
        #expect(try make("Yohanes O'Neil-Putra") == "yohanes.oneil-putra")
        #expect(try make("Đặng Thị Ngọc") == "dang.ngoc")
    }

    @Test("Non-Latin names fall back to the NIP, else the NIK, else fail")
    func fallback() throws {
        #expect(try make("山田 太郎", nip: "19650709 198603 1 020", nik: "3576010907650001") == "196507091986031020")
        #expect(try make("山田 太郎", nik: "3576010907650001") == "3576010907650001")
        #expect(throws: UsernameError.nothingUsable(name: "山田 太郎")) { try make("山田 太郎") }
    }

    @Test("Other tokens: {f}, {given}, {surname}, {nip}, {nik}")
    func tokens() throws {
        #expect(try make("Drs. MUHAMMAD IMRON", rule: try UsernameRule(pattern: "{f}{last}")) == "mimron")
        #expect(try make("Siti Nur Aminah", rule: try UsernameRule(pattern: "{given}_{surname}")) == "sitinur_aminah")
        #expect(try make("ZAINUDDIN", rule: try UsernameRule(pattern: "{surname}")) == "zainuddin")
        #expect(try make("Budi", nip: "19650709 198603 1 020", rule: try UsernameRule(pattern: "{nip}")) == "196507091986031020")
        #expect(try make("Budi", nik: "3576010907650001", rule: try UsernameRule(pattern: "{nip}")) == "3576010907650001")
        #expect(try make("Budi", nik: "3576010907650001", rule: try UsernameRule(pattern: "op-{nik}")) == "op-3576010907650001")
        #expect(try make("Ánna Bell", rule: try UsernameRule(pattern: "{f}.{last}")) == "a.bell")
    }

    @Test("Separators collapse and are trimmed; literals are lowercased")
    func separators() throws {
        #expect(try make("Ani Budi", rule: try UsernameRule(pattern: "{first}.._-{last}")) == "ani.budi")
        #expect(try make("Ani", rule: try UsernameRule(pattern: "-{first}_{last}.")) == "ani")
        #expect(try make("Ani Budi", rule: try UsernameRule(pattern: "SIAK {first}")) == "siakani")
    }

    @Test("maxLength truncates and drops a separator left at the end")
    func truncation() throws {
        let name = "Abcdefghijklmnopqrstuvwxyzabcde Fghij"  // first word 31 letters
        let result = try make(name)
        #expect(result.count == 31)
        #expect(result == "abcdefghijklmnopqrstuvwxyzabcde")
        let rule20 = try UsernameRule(maxLength: 20)
        #expect(try make("Muhammad Imronsyahputrawijaya", rule: rule20) == "muhammad.imronsyahpu")
    }

    @Test("Collisions append 2, 3, … within maxLength")
    func collisions() throws {
        #expect(try make("Drs. MUHAMMAD IMRON", taken: ["muhammad.imron"]) == "muhammad.imron2")
        #expect(try make("Drs. MUHAMMAD IMRON", taken: ["muhammad.imron", "muhammad.imron2"]) == "muhammad.imron3")
        let long = "Abcdefghijklmnop Qrstuvwxyzabcdefghij"
        let base = try make(long)
        #expect(base.count == 32)
        let second = try make(long, taken: [base])
        #expect(second.count == 32)
        #expect(second.hasSuffix("2"))
        #expect(second.dropLast() == base.prefix(31))
    }

    @Test("A predicate that takes every name ends in an error, not a loop")
    func exhausted() throws {
        let error = #expect(throws: UsernameError.self) {
            try UsernameRule.standard.username(for: try PersonName("Ani Budi"), nip: nil, nik: nil, isTaken: { _ in true })
        }
        #expect(error == .exhausted(base: "ani.budi", attempts: 10_000))
    }

    @Test("Invalid patterns are refused")
    func invalidPatterns() {
        #expect(throws: UsernameError.unknownToken(pattern: "{foo}", token: "foo")) { try UsernameRule(pattern: "{foo}") }
        #expect(throws: UsernameError.unbalancedBrace(pattern: "{first")) { try UsernameRule(pattern: "{first") }
        #expect(throws: UsernameError.unbalancedBrace(pattern: "first}")) { try UsernameRule(pattern: "first}") }
        #expect(throws: UsernameError.unbalancedBrace(pattern: "{{first}}")) { try UsernameRule(pattern: "{{first}}") }
        #expect(throws: UsernameError.noToken(pattern: "admin")) { try UsernameRule(pattern: "admin") }
        #expect(throws: UsernameError.maxLength(10)) { try UsernameRule(maxLength: 10) }
    }

    @Test("Rules decode from configuration and validate")
    func codable() throws {
        let rule = try JSONDecoder().decode(UsernameRule.self, from: Data(#"{"pattern":"{nip}","maxLength":40}"#.utf8))
        #expect(rule.pattern == "{nip}" && rule.maxLength == 40)
        #expect(try JSONDecoder().decode(UsernameRule.self, from: Data("{}".utf8)) == .standard)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(UsernameRule.self, from: Data(#"{"pattern":"{x}"}"#.utf8))
        }
    }
}

@Suite("Username properties")
struct UsernamePropertyTests {
    static let words = ["Siti", "Ani", "Budi", "Muhammad", "Zaïnuddin", "O'Neil", "Nur-Aini", "Ærø", "山田", "Joko",
                        "Abcdefghijklmnopqrstuvwxyz"]
    static let wordGen = Gen.element(of: words).compactMap { $0 }
    static let nameGen = wordGen.array(of: 1...4).map { $0.joined(separator: " ") }
    static let patternGen = Gen.element(of: ["{first}.{last}", "{f}{last}", "{given}_{surname}", "{nip}", "x-{first}"])
        .compactMap { $0 }

    @Test("Never returns a taken name, and the same inputs give the same name")
    func neverTakenAndDeterministic() async {
        await propertyCheck(count: 300, input: Self.nameGen, Self.patternGen, Gen.int(in: 0...12), Gen.bool) {
            text, pattern, takenCount, withNIP in
            guard let name = try? PersonName(text), let rule = try? UsernameRule(pattern: pattern, maxLength: 20),
                  let nip = try? NIP("19650709 198603 1 020")
            else {
                Issue.record("generator produced invalid input \(text) \(pattern)")
                return
            }
            let base = (try? rule.base(for: name, nip: withNIP ? nip : nil, nik: nil)) ?? "unused"
            let suffixed = (2..<(2 + takenCount)).map { base.prefix(20 - String($0).count) + String($0) }
            let taken = Set([base] + suffixed.map(String.init)).filter { _ in takenCount > 0 }
            let first = try? rule.username(for: name, nip: withNIP ? nip : nil, nik: nil, isTaken: { taken.contains($0) })
            let second = try? rule.username(for: name, nip: withNIP ? nip : nil, nik: nil, isTaken: { taken.contains($0) })
            #expect(first == second)
            if let first {
                #expect(!taken.contains(first))
                #expect(first.count <= 20)
                #expect(!first.isEmpty)
                #expect(first.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".contains($0) })
            } else {
                // Only a name with no Latin letters and no NIP may fail.
                #expect(!withNIP)
            }
        }
    }
}
