import ArgumentParser
import OfficeService

/// A help text (a command's abstract or discussion, an option's help) in the language of this run: `english`, or
/// `indonesian` when the run is in Bahasa Indonesia (``Shell/language``: `--lang`, `$HAKAKSES_LANG`, the locale).
///
/// Help texts are evaluated when ArgumentParser first reads them (a command's `configuration` on first use, an
/// option's `help:` when its command is made), and ``Shell/language`` reads the command line itself, so the order
/// does not matter. Both forms are given at once, so no help text can lack one.
func helpText(_ english: String, id indonesian: String) -> String {
    Phrase(id: indonesian, en: english).text(in: Shell.language)
}

extension ArgumentHelp {
    /// The help of an option, flag or argument in the language of this run (see ``helpText(_:id:)``).
    init(_ english: String, id indonesian: String, valueName: String? = nil) {
        self.init(helpText(english, id: indonesian), valueName: valueName)
    }
}
