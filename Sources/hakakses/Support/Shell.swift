import AccessWorkflow
import ArgumentParser
import Foundation
import OfficeService

/// The language of this run of `hakakses`: `--lang id|en`, else `$HAKAKSES_LANG`, else the locale (`LC_ALL`,
/// `LC_MESSAGES`, `LANG`: `id_ID…` is Bahasa Indonesia, anything else English). Every line the CLI prints is said in
/// it, and it is sent to the office server as `Accept-Language`.
enum Shell {
    static let language = resolve(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    /// `--lang` is read before the command line is parsed, so that every line — including the errors of parsing
    /// the command's own options — is said in it; ``LanguageOptions`` declares and checks the option.
    static func resolve(arguments: [String], environment: [String: String]) -> Language {
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", arguments.index(after: index) < arguments.endIndex,
               let chosen = Language.fromTag(arguments[arguments.index(after: index)]) {
                return chosen
            }
            if argument.hasPrefix("--lang="), let chosen = Language.fromTag(String(argument.dropFirst("--lang=".count))) {
                return chosen
            }
            index = arguments.index(after: index)
        }
        if let chosen = environment["HAKAKSES_LANG"].flatMap(Language.fromTag) { return chosen }
        return Language.fromLocale(environment)
    }
}

/// `--lang` on every command.
struct LanguageOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(
        """
        Language of the output: id (Bahasa Indonesia) or en (English). Default: \
        $HAKAKSES_LANG, else the locale (LANG=id_ID.UTF-8 is Indonesian).
        """,
        id: """
        Bahasa keluaran: id (Bahasa Indonesia) atau en (English). Bila tidak diisi: \
        $HAKAKSES_LANG, atau locale (LANG=id_ID.UTF-8 berarti Bahasa Indonesia).
        """,
        valueName: "id|en"))
    var lang: String?

    func validate() throws {
        if let lang, Language.fromTag(lang) == nil {
            throw ValidationError(Phrase(
                id: "--lang \(lang): gunakan id (Bahasa Indonesia) atau en (English)",
                en: "--lang \(lang): use id (Bahasa Indonesia) or en (English)").text(in: Shell.language))
        }
    }
}

/// Prints a catalogue entry in the language of this run.
func say(_ phrase: Phrase) {
    print(phrase.text(in: Shell.language))
}

extension Table {
    /// A table whose headings are catalogue entries, said in the language of this run.
    init(_ headers: Phrase...) {
        self.init(headers: headers.map { $0.text(in: Shell.language) })
    }

    /// Prints the table, or `empty` when it has no rows.
    func print(empty: Phrase) {
        print(empty: empty.text(in: Shell.language))
    }
}
