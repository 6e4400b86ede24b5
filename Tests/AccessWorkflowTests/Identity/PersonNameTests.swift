import Foundation
import Testing
import PropertyBased
@testable import AccessWorkflow

@Suite("Personal names and titles")
struct PersonNameTests {
    @Test("Sukamara Kadis: one word with a back title")
    func zainuddin() throws {
        let name = try PersonName("ZAINUDDIN, S.Sos")
        #expect(name.name == "ZAINUDDIN")
        #expect(name.frontTitles.isEmpty)
        #expect(name.backTitles == ["S.Sos"])
        #expect(name.givenName == nil)
        #expect(name.surname == "ZAINUDDIN")
        #expect(name.displayName == "ZAINUDDIN, S.Sos")
    }

    @Test("Mojokerto Kadis: a front title")
    func imron() throws {
        let name = try PersonName("Drs. MUHAMMAD IMRON")
        #expect(name.frontTitles == ["Drs."])
        #expect(name.name == "MUHAMMAD IMRON")
        #expect(name.givenName == "MUHAMMAD")
        #expect(name.surname == "IMRON")
        #expect(name.backTitles.isEmpty)
    }

    @Test("Front and several back titles")
    func sitiAminah() throws {
        let name = try PersonName("Hj. SITI AMINAH, S.E., M.Si.")
        #expect(name.frontTitles == ["Hj."])
        #expect(name.name == "SITI AMINAH")
        #expect(name.backTitles == ["S.E.", "M.Si."])
        #expect(name.displayName == "Hj. SITI AMINAH, S.E., M.Si.")
    }

    @Test("Lowercase dr. is a title and case is preserved")
    func doctor() throws {
        let name = try PersonName("dr. Andi")
        #expect(name.frontTitles == ["dr."])
        #expect(name.name == "Andi")
        #expect(name.surname == "Andi")
        #expect(name.givenName == nil)
    }

    @Test("Whitespace is normalised, several front titles are taken")
    func whitespace() throws {
        let name = try PersonName("  Ir.   H.\tJoko   Widodo ,  M.M. ")
        #expect(name.frontTitles == ["Ir.", "H."])
        #expect(name.name == "Joko Widodo")
        #expect(name.backTitles == ["M.M."])
        #expect(name.displayName == "Ir. H. Joko Widodo, M.M.")
    }

    @Test("Front titles written without spaces or as K.H.", arguments: [
        ("Prof.Dr. Ahmad Yani", ["Prof.", "Dr."]), ("K.H. Ahmad Dahlan", ["K.H."]), ("KH. Hasyim Asyari", ["KH."]),
        ("Hj Siti Rahma", ["Hj"]), ("drg. Rina", ["drg."]), ("Dra. Lilis", ["Dra."]), ("Ns. Dewi Sartika", ["Ns."]),
    ])
    func frontForms(text: String, titles: [String]) throws {
        #expect(try PersonName(text).frontTitles == titles)
    }

    @Test("A bare H without a dot is a name, not haji")
    func bareH() throws {
        let name = try PersonName("H Ahmad")
        #expect(name.frontTitles.isEmpty)
        #expect(name.name == "H Ahmad")
    }

    @Test("Known back titles at the end without a comma are recognised; names that look like titles are not")
    func trailingTitles() throws {
        let budi = try PersonName("Budi Santoso S.Kom")
        #expect(budi.name == "Budi Santoso")
        #expect(budi.backTitles == ["S.Kom"])
        let mixed = try PersonName("Budi Santoso S.Kom, M.Kom.")
        #expect(mixed.backTitles == ["S.Kom", "M.Kom."])
        let maria = try PersonName("Maria Ma")
        #expect(maria.name == "Maria Ma")
        #expect(maria.backTitles.isEmpty)
        let single = try PersonName("S.Kom")
        #expect(single.name == "S.Kom")
    }

    @Test("Back titles after a comma: space-separated known titles split, unknown text kept as written")
    func commaTitles() throws {
        #expect(try PersonName("Ahmad, S.H. M.H.").backTitles == ["S.H.", "M.H."])
        #expect(try PersonName("Ahmad, Sarjana Hukum").backTitles == ["Sarjana Hukum"])
        #expect(try PersonName("Rina, A.Md., S.Kep., Ns.").backTitles == ["A.Md.", "S.Kep.", "Ns."])
        #expect(try PersonName("Lukman, Lc., M.A.P.").backTitles == ["Lc.", "M.A.P."])
    }

    @Test("Apostrophes, hyphens and non-Latin scripts are kept intact")
    func scripts() throws {
        let neil = try PersonName("Yohanes O'Neil-Putra")
        #expect(neil.surname == "O'Neil-Putra")
        #expect(neil.givenName == "Yohanes")
        let japanese = try PersonName("山田 太郎")
        #expect(japanese.name == "山田 太郎")
        #expect(japanese.givenName == "山田")
        #expect(japanese.surname == "太郎")
        #expect(try PersonName("ꦱꦸꦏꦂꦤꦺꦴ").name == "ꦱꦸꦏꦂꦤꦺꦴ")
    }

    @Test("Names that are empty once titles are removed are refused", arguments: ["", "   ", "Drs.", "Hj. dr.", ", S.Sos", "Prof.Dr., M.Si."])
    func empty(text: String) {
        #expect(throws: IdentityError.emptyName(input: text)) { try PersonName(text) }
    }

    @Test("Control characters are refused")
    func controls() {
        #expect(throws: IdentityError.nameControlCharacter(input: "Budi\u{07}")) { try PersonName("Budi\u{07}") }
    }

    @Test("JSON is the display name and decodes back to the same parts")
    func codable() throws {
        let name = try PersonName("Hj. SITI AMINAH, S.E., M.Si.")
        let data = try JSONEncoder().encode([name])
        #expect(String(decoding: data, as: UTF8.self) == #"["Hj. SITI AMINAH, S.E., M.Si."]"#)
        #expect(try JSONDecoder().decode([PersonName].self, from: data) == [name])
    }
}

@Suite("Personal name properties")
struct PersonNamePropertyTests {
    static let front = Gen.element(of: ["", "Drs.", "Hj.", "dr.", "Prof.Dr.", "K.H.", "Ir. H.", "H"]).compactMap { $0 }
    static let word = Gen.element(of: ["Siti", "MUHAMMAD", "O'Neil", "Nur-Aini", "Ma", "SE", "山田", "Zaïnuddin", "Lc"])
        .compactMap { $0 }
    static let back = Gen.element(of: ["", ", S.Sos", ", S.E., M.Si.", " S.Kom", ", S.H. M.H.", ", Sarjana Hukum", ","])
        .compactMap { $0 }

    @Test("Parsing the display name gives back the same name, titles and display name")
    func roundTrip() async {
        await propertyCheck(count: 300, input: Self.front, Self.word.array(of: 1...4), Self.back) { front, words, back in
            do {
                let text = (front.isEmpty ? "" : front + " ") + words.joined(separator: " ") + back
                guard let name = try? PersonName(text) else {
                    Issue.record("a name with at least one word was refused: \(text)")
                    return
                }
                #expect(!name.name.isEmpty)
                #expect(name.words.count <= words.count + 1)
                let again = try PersonName(name.displayName)
                #expect(again == name, "\(text) → \(name.displayName) → \(again.displayName)")
                #expect(name.surname == name.words.last)
            } catch {
                // propertyCheck ignores errors thrown by its body: record them.
                Issue.record("unexpected error: \(error)")
            }
        }
    }
}
