import OfficeService

/// Markup built by interpolation where every interpolated `String` is escaped and only `HTML` values are inserted
/// as they are: a name, a note or an error message from anyone can never become markup.
struct HTML: ExpressibleByStringInterpolation, Sendable {
    let markup: String

    init(markup: String) { self.markup = markup }
    init(stringLiteral value: String) { markup = value }
    init(stringInterpolation: StringInterpolation) { markup = stringInterpolation.markup }

    static let empty = HTML(markup: "")

    /// Several fragments one after another.
    static func join(_ parts: [HTML], separator: HTML = .empty) -> HTML {
        HTML(markup: parts.map(\.markup).joined(separator: separator.markup))
    }

    struct StringInterpolation: StringInterpolationProtocol {
        var markup = ""

        init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity + 16 * interpolationCount) }

        mutating func appendLiteral(_ literal: String) { markup += literal }
        mutating func appendInterpolation(_ text: String) { markup += HTML.escape(text) }
        mutating func appendInterpolation(_ text: String?) { markup += HTML.escape(text ?? "") }
        mutating func appendInterpolation(_ number: Int) { markup += String(number) }
        mutating func appendInterpolation(_ html: HTML) { markup += html.markup }
        mutating func appendInterpolation(_ parts: [HTML]) { for part in parts { markup += part.markup } }
    }

    /// `&`, `<`, `>`, `"` and `'` as entities: safe in text and in quoted attribute values.
    static func escape(_ text: String) -> String { MarkupText.escape(text) }
}
