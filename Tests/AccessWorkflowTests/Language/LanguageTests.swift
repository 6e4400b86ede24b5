import AccessWorkflow
import Testing

@Suite("Language of a locale or a browser")
struct LanguageTests {
    @Test("POSIX locales: id/in are Indonesian, the first variable set wins, anything else English")
    func locales() {
        #expect(Language.fromLocale(["LANG": "id_ID.UTF-8"]) == .indonesian)
        #expect(Language.fromLocale(["LANG": "in_ID"]) == .indonesian)
        #expect(Language.fromLocale(["LANG": "C.UTF-8"]) == .english)
        #expect(Language.fromLocale([:]) == .english)
        #expect(Language.fromLocale(["LC_ALL": "en_US.UTF-8", "LANG": "id_ID.UTF-8"]) == .english)
        #expect(Language.fromLocale(["LC_MESSAGES": "id_ID", "LANG": "en_GB"]) == .indonesian)
    }

    @Test("Accept-Language: the highest weight among supported languages")
    func acceptLanguage() {
        #expect(Language.fromAcceptLanguage("id-ID,id;q=0.9,en-US;q=0.8") == .indonesian)
        #expect(Language.fromAcceptLanguage("en-GB,en;q=0.9,id;q=0.5") == .english)
        #expect(Language.fromAcceptLanguage("fr-FR, en;q=0.4, id;q=0.7") == .indonesian)
        #expect(Language.fromAcceptLanguage("fr, de") == nil)
        #expect(Language.fromAcceptLanguage("id;q=0, en") == .english)
    }
}
