import Foundation
import Testing

/// `hakakses --help` is said in the language of the run, like every other line: `--lang id` (an option of each
/// subcommand, read wherever it stands after it), `$HAKAKSES_LANG=id` or `LANG=id_ID…` give Bahasa Indonesia, English
/// is the default; and no abstract, discussion or option help of any command is left in English only.
@Suite("hakakses --help in Bahasa Indonesia and English")
struct HelpLanguageTests {
    /// Runs `hakakses arguments…` in a fresh folder (no office: help needs none) with `environment` and its own HOME.
    private func run(_ arguments: [String], _ environment: [String: String] = ["LANG": "C.UTF-8"]) async throws -> CLIResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hakakses-help-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = environment
        environment["HOME"] = folder.path
        return try await CLIRunner.run(arguments, in: folder, environment: environment)
    }

    /// The help printed by `arguments`, with ArgumentParser's line wrapping undone (every run of white space one space).
    private func help(_ arguments: [String], _ environment: [String: String] = ["LANG": "C.UTF-8"]) async throws -> (String, CLIResult) {
        let result = try await run(arguments, environment)
        #expect(result.status == 0, "\(result)")
        return (result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " "), result)
    }

    static let indonesianLocale = ["LANG": "id_ID.UTF-8"]

    // The root command: its abstract, its discussion (exit statuses) and a subcommand's abstract.
    static let rootIndonesian = [
        "Memberi, memantau, dan mencabut hak akses operator SIAK sesuai SOP kantor.",
        "Status keluar: 0 selesai, 1 ditolak (alasannya dicetak), 2 masukan atau konfigurasi salah,",
        "3 direktori atau basis data tidak dapat dihubungi (coba lagi nanti).",
        "Ajukan dan pantau permohonan hak akses SIAK.",
        "Serahkan nama pengguna dan kata sandi awal kepada operator",
    ]
    static let rootEnglish = [
        "Grant, track and revoke SIAK operator access by the office's SOP.",
        "Exit status: 0 done, 1 refused (the reason is printed), 2 bad input or configuration,",
        "3 directory or database unreachable (retry later).",
        "File and follow requests for SIAK access.",
        "Hand an operator their username and an initial password",
    ]

    // `request new`: its abstract and the help of its own and its shared options.
    static let requestNewIndonesian = [
        "Ajukan permohonan: satu calon, atau daftar usulan (--candidates FILE).",
        "Daftar usulan (CSV dengan Nama, NIP, NIK, Peran, Unit Kerja, Jabatan), untuk permohonan berupa daftar.",
        "Nama calon dengan gelar.",
        "Catatan (ikut dicatat).",
        "Nama login pegawai Anda (uid di bawah ou=staff).",
        "Bahasa keluaran: id (Bahasa Indonesia) atau en (English).",
    ]
    static let requestNewEnglish = [
        "File a request: one candidate, or a proposal list (--candidates FILE).",
        "Proposal list (CSV with Nama, NIP, NIK, Peran, Unit Kerja, Jabatan), for list requests.",
        "The candidate's name with titles.",
        "A note for the record.",
        "Your staff login (uid under ou=staff).",
        "Language of the output: id (Bahasa Indonesia) or en (English).",
    ]

    /// `text` holds every phrase of `said` and none of `notSaid`.
    private func check(_ text: String, says said: [String], not notSaid: [String], _ result: CLIResult,
                        sourceLocation: SourceLocation = #_sourceLocation) {
        for phrase in said {
            #expect(text.contains(phrase), "missing «\(phrase)»\n\(result)", sourceLocation: sourceLocation)
        }
        for phrase in notSaid {
            #expect(!text.contains(phrase), "still says «\(phrase)»\n\(result)", sourceLocation: sourceLocation)
        }
    }

    @Test("hakakses --help: Bahasa Indonesia with --lang id, HAKAKSES_LANG=id or LANG=id_ID; English by default and with --lang en")
    func root() async throws {
        for (arguments, environment) in [
            (["--lang", "id", "--help"], ["LANG": "C.UTF-8"]),
            (["--help", "--lang=id"], ["LANG": "C.UTF-8"]),
            (["--help"], ["LANG": "C.UTF-8", "HAKAKSES_LANG": "id"]),
            (["--help"], Self.indonesianLocale),
        ] {
            let (text, result) = try await help(arguments, environment)
            check(text, says: Self.rootIndonesian, not: Self.rootEnglish, result)
        }
        for (arguments, environment) in [
            (["--help"], ["LANG": "C.UTF-8"]),
            (["--help"], [:]),
            (["--lang", "en", "--help"], Self.indonesianLocale),
            (["--help"], ["LANG": "id_ID.UTF-8", "HAKAKSES_LANG": "en"]),
        ] {
            let (text, result) = try await help(arguments, environment)
            check(text, says: Self.rootEnglish, not: Self.rootIndonesian, result)
        }
    }

    @Test("hakakses request new --help: --lang id before or after --help, HAKAKSES_LANG and LANG; English by default")
    func subcommand() async throws {
        for (arguments, environment) in [
            (["request", "new", "--lang", "id", "--help"], ["LANG": "C.UTF-8"]),
            (["request", "new", "--help", "--lang", "id"], ["LANG": "C.UTF-8"]),
            (["request", "new", "--help"], ["LANG": "C.UTF-8", "HAKAKSES_LANG": "id"]),
            (["request", "new", "--help"], Self.indonesianLocale),
        ] {
            let (text, result) = try await help(arguments, environment)
            check(text, says: Self.requestNewIndonesian, not: Self.requestNewEnglish, result)
        }
        for (arguments, environment) in [
            (["request", "new", "--help"], ["LANG": "C.UTF-8"]),
            (["request", "new", "--lang", "en", "--help"], Self.indonesianLocale),
        ] {
            let (text, result) = try await help(arguments, environment)
            check(text, says: Self.requestNewEnglish, not: Self.requestNewIndonesian, result)
        }
    }

    @Test("a --lang that is neither id nor en is refused in the language of the run (exit status 64, as any bad option)")
    func unknownLanguage() async throws {
        let indonesian = try await run(["inbox", "--lang", "fr"], Self.indonesianLocale)
        #expect(indonesian.status == 64 && indonesian.stderr.contains("--lang fr: gunakan id (Bahasa Indonesia) atau en (English)"),
                "\(indonesian)")
        let english = try await run(["inbox", "--lang", "fr"])
        #expect(english.status == 64 && english.stderr.contains("--lang fr: use id (Bahasa Indonesia) or en (English)"), "\(english)")
    }

    // MARK: Every help text is translated

    /// `--experimental-dump-help` (ArgumentParser's ToolInfoV0), as far as it holds help texts.
    private struct ToolInfo: Decodable {
        let command: CommandInfo
    }

    private struct CommandInfo: Decodable {
        let commandName: String
        let abstract: String?
        let discussion: String?
        let arguments: [ArgumentInfo]?
        let subcommands: [CommandInfo]?
    }

    private struct ArgumentInfo: Decodable {
        struct Name: Decodable {
            let kind: String
            let name: String
        }

        let kind: String
        let names: [Name]?
        let valueName: String?
        let abstract: String?

        /// `--candidates`, `-h`, or `<id>` for a positional argument.
        var label: String {
            if let name = names?.first { return (name.kind == "short" ? "-" : "--") + name.name }
            return "<\(valueName ?? kind)>"
        }

        var isHelpFlag: Bool { kind == "flag" && (names ?? []).contains { $0.name == "help" } }
        var isVersionFlag: Bool { kind == "flag" && (names ?? []).contains { $0.name == "version" } }
    }

    /// Texts that are legitimately the same in both languages. Only ArgumentParser's own: the `-h/--help` flag it adds
    /// to every command, the `--version` flag (of the root, listed on every command) and the `help` subcommand it adds to the root are written by the library in English, like its
    /// parse errors ("Missing expected argument…"), which are out of this project's hands.
    private static func isArgumentParserOwn(command path: [String], argument: ArgumentInfo?) -> Bool {
        if let argument { return argument.isHelpFlag || argument.isVersionFlag }
        return path.count == 2 && path.last == "help"
    }

    private func dump(_ language: String) async throws -> CommandInfo {
        let result = try await run(["--experimental-dump-help"], ["LANG": "C.UTF-8", "HAKAKSES_LANG": language])
        try #require(result.status == 0, "\(result)")
        return try result.json(ToolInfo.self).command
    }

    @Test("every abstract, discussion and option help of every command differs between --experimental-dump-help in en and id")
    func everyHelpTextTranslated() async throws {
        let english = try await dump("en")
        let indonesian = try await dump("id")
        var untranslated: [String] = []
        var mismatched: [String] = []
        var compared = 0

        func compare(_ english: String?, _ indonesian: String?, at place: String, exempt: Bool) {
            guard let english, !english.isEmpty else { return }
            compared += 1
            if english == indonesian, !exempt { untranslated.append("\(place): «\(english)»") }
            if indonesian?.isEmpty ?? true { untranslated.append("\(place): no Indonesian text") }
        }

        func walk(_ en: CommandInfo, _ id: CommandInfo, path: [String]) {
            let here = path.joined(separator: " ")
            guard en.commandName == id.commandName else {
                mismatched.append("\(here): \(en.commandName) against \(id.commandName)")
                return
            }
            let exempt = Self.isArgumentParserOwn(command: path, argument: nil)
            compare(en.abstract, id.abstract, at: "\(here) (abstract)", exempt: exempt)
            compare(en.discussion, id.discussion, at: "\(here) (discussion)", exempt: exempt)
            let (enArguments, idArguments) = (en.arguments ?? [], id.arguments ?? [])
            if enArguments.map(\.label) != idArguments.map(\.label) {
                mismatched.append("\(here): arguments \(enArguments.map(\.label)) against \(idArguments.map(\.label))")
            }
            for (enArgument, idArgument) in zip(enArguments, idArguments) {
                compare(enArgument.abstract, idArgument.abstract, at: "\(here) \(enArgument.label)",
                     exempt: Self.isArgumentParserOwn(command: path, argument: enArgument))
            }
            let (enSubcommands, idSubcommands) = (en.subcommands ?? [], id.subcommands ?? [])
            if enSubcommands.count != idSubcommands.count {
                mismatched.append("\(here): \(enSubcommands.count) subcommands against \(idSubcommands.count)")
            }
            for (enSubcommand, idSubcommand) in zip(enSubcommands, idSubcommands) {
                walk(enSubcommand, idSubcommand, path: path + [enSubcommand.commandName])
            }
        }

        walk(english, indonesian, path: [english.commandName])
        #expect(mismatched.isEmpty, "the two dumps differ in shape:\n\(mismatched.joined(separator: "\n"))")
        #expect(untranslated.isEmpty, "\(untranslated.count) help texts are not translated:\n\(untranslated.joined(separator: "\n"))")
        // The walk reached the whole tree: 70-odd commands with their shared options.
        #expect(compared > 500, "only \(compared) help texts were compared")
    }
}
