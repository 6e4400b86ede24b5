public import AccessWorkflow

/// One text of a shell, in Bahasa Indonesia and in English: an entry of the ``Catalogue``.
///
/// Both forms are given together, so an entry cannot lack one. Most entries differ between the languages; the few
/// that are the same word in both (NIP, NIK, SK, UID) are made with ``init(same:)`` and say so.
public struct Phrase: LocalizedText, Sendable, Hashable, CustomStringConvertible {
    /// Bahasa Indonesia.
    public let indonesian: String
    /// English.
    public let english: String
    /// The two forms are the same on purpose (a domain word or code).
    public let isSameInBoth: Bool

    /// An entry with its Indonesian and its English form.
    public init(id indonesian: String, en english: String) {
        self.indonesian = indonesian
        self.english = english
        isSameInBoth = false
    }

    /// An entry that is the same in both languages (NIP, NIK, SK, …).
    public init(same text: String) {
        indonesian = text
        english = text
        isSameInBoth = true
    }

    public func text(in language: Language) -> String {
        language == .english ? english : indonesian
    }

    /// The English form (logs, tests).
    public var description: String { english }
}
