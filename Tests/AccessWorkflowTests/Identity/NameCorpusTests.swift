import Foundation
import Testing
@testable import AccessWorkflow

@Suite("Name corpus: display name, given name, surname and username of real-shaped names")
struct NameCorpusTests {
    @Test("The corpus is large enough and has no duplicate inputs")
    func size() {
        #expect(NameCorpus.all.count >= 150)
        #expect(Set(NameCorpus.all.map(\.input)).count == NameCorpus.all.count)
    }

    @Test("Each name gives its display name, given name, surname and username", arguments: NameCorpus.all)
    func corpus(_ case: NameCase) throws {
        let name = try PersonName(`case`.input)
        #expect(name.displayName == `case`.display)
        #expect(name.givenName == `case`.given)
        #expect(name.surname == `case`.surname)
        #expect(try UsernameRule.standard.base(for: name, nip: nil, nik: nil) == `case`.username)
        // The stored form (the display name) reads back as the same name.
        #expect(try PersonName(name.displayName) == name)
    }

    @Test("Every case of issue 11's Why is in the corpus and no longer splits wrongly", arguments: NameCorpus.issueCases)
    func issueCases(_ case: NameCase) throws {
        let name = try PersonName(`case`.input)
        let username = try UsernameRule.standard.base(for: name, nip: nil, nik: nil)
        #expect(!["budi.st", "agus.se", "hj.siti.aminah", "h.m.zainuddin", "drh.prasetyo", "r.kartika"].contains(username))
        #expect(!username.hasPrefix("i.") && !username.hasPrefix("ni."))
        #expect(!name.backTitles.contains(name.surname), "the surname \(name.surname) is a title")
    }

    @Test("Balinese colleagues get distinct usernames that do not start with i. or ni.")
    func balineseDistinct() throws {
        let names = ["I PUTU GEDE ARSANA", "NI MADE SRI ASIH", "I KETUT SUDARSANA", "I MADE SUDARSANA", "I WAYAN SUDARSANA",
                     "NI WAYAN ASIH", "I NYOMAN ARSANA", "NI KETUT ASIH"]
        var taken: Set<String> = []
        for text in names {
            let username = try UsernameRule.standard.username(for: try PersonName(text), nip: nil, nik: nil) {
                taken.contains($0)
            }
            #expect(!username.hasPrefix("i.") && !username.hasPrefix("ni."), "\(text) → \(username)")
            #expect(taken.insert(username).inserted)
        }
        #expect(taken.count == names.count)
        #expect(taken.allSatisfy { !$0.hasSuffix("2") }, "readable names, no numbering needed: \(taken.sorted())")
    }

    @Test("Titles after the name are never the surname, whatever their form", arguments: [
        "ST", "S.T.", "st", "SE", "S.E", "SH", "S.H.", "SKom", "S.Kom", "S. Kom", "SPd", "S.Pd.I", "MM", "M.Si", "AMd",
        "A.Md.Kep", "SE.MM", "S.Kom.M.Kom", "Ph.D",
    ])
    func backForms(title: String) throws {
        let name = try PersonName("HARI WIBOWO " + title)
        #expect(name.name == "HARI WIBOWO")
        #expect(name.surname == "WIBOWO")
        #expect(name.backTitles == [title])
    }
}
