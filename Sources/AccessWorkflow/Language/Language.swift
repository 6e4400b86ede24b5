/// The languages hak-akses speaks to people: Bahasa Indonesia, the default for offices, and English.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case indonesian = "id"
    case english = "en"

    /// The language of a POSIX locale (`LC_ALL`, `LC_MESSAGES` or `LANG`, first set wins): Indonesian for `id…` or
    /// `in…`, English otherwise (including `C` and unset).
    public static func fromLocale(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return fromTag(value) ?? .english }
        }
        return .english
    }

    /// The first supported language of an HTTP `Accept-Language` header (by weight, then order); nil if none.
    public static func fromAcceptLanguage(_ header: String) -> Language? {
        var best: (language: Language, weight: Double, order: Int)?
        for (order, part) in header.split(separator: ",").enumerated() {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, let language = fromTag(tag) else { continue }
            var weight = 1.0
            for piece in pieces.dropFirst() where piece.hasPrefix("q=") { weight = Double(piece.dropFirst(2)) ?? 0 }
            guard weight > 0 else { continue }
            if weight > (best?.weight ?? -1) { best = (language, weight, order) }
        }
        return best?.language
    }

    /// `id`, `id-ID`, `id_ID.UTF-8`, `in` (the old code) → Indonesian; `en…` → English; anything else nil.
    public static func fromTag(_ tag: String) -> Language? {
        let lower = tag.lowercased()
        let primary = lower.prefix { $0.isLetter }
        switch primary {
        case "id", "in": return .indonesian
        case "en": return .english
        default: return nil
        }
    }
}

/// Text that can be said in each ``Language``; `description` stays the English sentence (logs, tests).
public protocol LocalizedText {
    func text(in language: Language) -> String
}
