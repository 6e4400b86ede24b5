import AccessWorkflow
import Hummingbird
import HTTPTypes

extension Language {
    /// The language an API caller reads: the first supported language of its `Accept-Language` header, else
    /// Bahasa Indonesia — the office's own language, so a caller that names none (a script, `curl`) gets what the
    /// officials read. The CLI always names its own (from its locale or `--lang`).
    static func of(_ request: Request) -> Language {
        request.headers[.acceptLanguage].flatMap(Language.fromAcceptLanguage) ?? .indonesian
    }
}
