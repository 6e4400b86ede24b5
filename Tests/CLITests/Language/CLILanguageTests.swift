import Foundation
import NIOHTTP1
import Testing

/// The CLI speaks the language of its locale (`LANG=id_ID…` Bahasa Indonesia, anything else English), or of
/// `--lang` / `$HAKAKSES_LANG`; exit statuses and `--json` do not change with the language; through the office
/// server the refusal arrives in the language the CLI asked for (`Accept-Language`).
@Suite("hakakses in Bahasa Indonesia and English", .serialized)
struct CLILanguageTests {
    static let indonesian = "id_ID.UTF-8"

    /// Files Sukamara's proposal list as the Kasi and returns its id (the first word of either language's line).
    private func fileList(_ office: Office, locale: String) async throws -> (String, CLIResult) {
        let list = try office.write("usulan.csv", Candidates.sukamaraCSV)
        let filed = try await office.succeed(["request", "new", "--candidates", list, "--confirm", Candidates.rinaConfirmation], at: "08:00", as: Staff.kasi.uid, locale: locale)
        let words = filed.stdout.split(whereSeparator: \.isWhitespace).map(String.init)
        let id = try #require(words.first { $0.hasPrefix("REQ-") }, "\(filed)")
        return (id, filed)
    }

    @Test("on the server host: lines, table headings and refusals by locale; --lang and HAKAKSES_LANG choose; same exit codes and JSON")
    func local() async throws {
        try await withOffice(.sukamara) { office in
            let (id, filed) = try await fileList(office, locale: Self.indonesian)
            #expect(filed.stdout.contains("\(id) diajukan dengan 3 calon"), "\(filed)")

            // A refusal: the Kasi may not do the Kabid's paraf. Exit status 1 in both languages.
            let refused = try await office.run(["approve", id], at: "08:05", as: Staff.kasi.uid, locale: Self.indonesian)
            #expect(refused.status == 1 && refused.stderrLines.count == 1, "\(refused)")
            #expect(refused.stderr.hasPrefix("hakakses: kasi (kasi) tidak memegang peran") && refused.stderr.contains("mintalah"), "\(refused)")
            let english = try await office.run(["approve", id], at: "08:05", as: Staff.kasi.uid)
            #expect(english.status == 1 && english.stderr.contains("kasi (kasi) does not hold the role"), "\(english)")

            // A table: the inbox of the Kabid.
            let inbox = try await office.succeed(["inbox"], at: "08:06", as: Staff.kabid.uid, locale: Self.indonesian)
            #expect(inbox.stdout.hasPrefix("PERMOHONAN") && inbox.stdout.contains("MENUNGGU SEJAK") && inbox.stdout.contains("WAKTU TERPAKAI"),
                    "\(inbox)")
            let inboxEnglish = try await office.succeed(["inbox"], at: "08:06", as: Staff.kabid.uid)
            #expect(inboxEnglish.stdout.hasPrefix("REQUEST") && inboxEnglish.stdout.contains("WAITING SINCE"), "\(inboxEnglish)")

            // Bad input keeps exit status 2; the sentence follows the language.
            let missing = try await office.run(["request", "show", "REQ-2026-0404"], locale: Self.indonesian)
            #expect(missing.status == 2 && missing.stderr.contains("permohonan REQ-2026-0404 tidak ditemukan"), "\(missing)")

            // --lang wins over the locale, HAKAKSES_LANG over the locale.
            let chosen = try await office.run(["approve", id, "--lang", "en"], at: "08:05", as: Staff.kasi.uid, locale: Self.indonesian)
            #expect(chosen.status == 1 && chosen.stderr.contains("does not hold the role"), "\(chosen)")
            let variable = try await office.run(["approve", id], at: "08:05", as: Staff.kasi.uid, environment: ["HAKAKSES_LANG": "id"])
            #expect(variable.status == 1 && variable.stderr.contains("tidak memegang peran"), "\(variable)")
            let unknown = try await office.run(["inbox", "--lang", "fr"], as: Staff.kabid.uid)
            #expect(unknown.status != 0 && unknown.stderr.contains("--lang"), "\(unknown)")

            // --json: the same keys and machine values in both languages; the sentences follow the language.
            let listed = try await office.succeed(["request", "list", "--json"], locale: Self.indonesian).json([RequestListRow].self)
            #expect(listed.map(\.status) == ["inProgress"] && listed.map(\.currentStep) == ["persetujuan-kadis"])
            let shown = try await office.succeed(["request", "show", id, "--json"], locale: Self.indonesian).json(RequestShowJSON.self)
            #expect(shown.status == "dalam proses di tahap persetujuan-kadis" && shown.currentStep == "persetujuan-kadis")
            #expect(try await office.show(id).status == "in progress at step persetujuan-kadis")
        }
    }

    @Test("through the office server: the refusal is said by the server in the language the CLI asks for; the kind does not change")
    func server() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let (id, _) = try await fileList(office, locale: Self.indonesian)
            let refused = try await office.run(["approve", id], at: "08:05", as: Staff.kasi.uid, locale: Self.indonesian)
            #expect(refused.status == 1 && refused.stderrLines.count == 1, "\(refused)")
            #expect(refused.stderr.contains("tidak memegang peran") && refused.stderr.contains("persetujuan-kadis"), "\(refused)")
            let english = try await office.run(["approve", id], at: "08:05", as: Staff.kasi.uid)
            #expect(english.status == 1 && english.stderr.contains("does not hold the role"), "\(english)")
            let list = try await office.succeed(["request", "list"], at: "08:06", locale: Self.indonesian)
            #expect(list.stdout.hasPrefix("PERMOHONAN") && list.stdout.contains("dalam proses"), "\(list)")

            // The API itself: Indonesian unless the caller asks for English; the kind is the same.
            let api = APIClient(base: try #require(office.serverURL))
            let token = APIClient.token(try await api.login(Staff.kasi.uid))
            let auth = ("Authorization", "Bearer \(token)")
            let plain = try await api.send(.GET, "/api/v1/requests/REQ-2026-0404", headers: [auth])
            let asked = try await api.send(.GET, "/api/v1/requests/REQ-2026-0404", headers: [auth, ("Accept-Language", "en-GB,en;q=0.9")])
            #expect(plain.status == 404 && asked.status == 404)
            #expect(plain.errorKind == "notFound" && asked.errorKind == "notFound")
            #expect(plain.errorMessage?.hasPrefix("permohonan REQ-2026-0404 tidak ditemukan") == true, "\(plain)")
            #expect(asked.errorMessage?.hasPrefix("there is no request REQ-2026-0404") == true, "\(asked)")
            #expect(plain.headers.first(name: "Content-Language") == "id" && asked.headers.first(name: "Content-Language") == "en")
        }
    }
}
