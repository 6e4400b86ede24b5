import AccessWorkflow
import OfficeService

/// The pages' texts, from the one catalogue of the shells (``Catalogue/web``).
let WebText = Catalogue.web

extension Phrase {
    /// The phrase in `language`: `WebText.inbox(language)`.
    func callAsFunction(_ language: Language) -> String { text(in: language) }
}
