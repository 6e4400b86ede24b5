/// Cleaning of read fields and quoting of written ones.
enum CSVField {
    /// Characters that make a spreadsheet treat a cell as a formula.
    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@"]

    /// The field trimmed, with each run of whitespace that contains a line break or tab (Alt+Enter in an Excel
    /// cell) turned into one space, and the apostrophe ``escape(_:separator:)`` puts before formula-like text removed.
    static func clean(_ raw: String) -> String {
        let text = hasBreakOrTab(raw) ? joinLines(raw) : raw.trimmed
        return text.first == "'" && looksLikeFormula(text) ? String(text.dropFirst()) : text
    }

    /// True if the text has a C0 control character or NEL (U+0085), the only whitespace that is also a control.
    private static func hasBreakOrTab(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 } || text.unicodeScalars.contains("\u{85}")
    }

    /// The text trimmed, with each run of whitespace that contains a control character made one space.
    private static func joinLines(_ raw: String) -> String {
        var result = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        var runHasControl = false
        func flush() {
            if runHasControl { result.append(" ") } else { result.append(contentsOf: run) }
            run = String.UnicodeScalarView()
            runHasControl = false
        }
        for scalar in raw.unicodeScalars {
            if scalar.properties.isWhitespace {
                run.append(scalar)
                if scalar.properties.generalCategory == .control { runHasControl = true }
            } else {
                flush()
                result.append(scalar)
            }
        }
        flush()
        return String(result).trimmed
    }

    /// The value ready to write: an apostrophe before text a spreadsheet would run as a formula ("=…", "+…", "-…",
    /// "@…", or such text already led by apostrophes), then quoted if it contains the separator, a quote or a line
    /// break. ``clean(_:)`` undoes both.
    static func escape(_ value: String, separator: Character) -> String {
        let guarded = looksLikeFormula(value) ? "'" + value : value
        guard guarded.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return guarded }
        var quoted = "\""
        for character in guarded {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        return quoted + "\""
    }

    /// True if, after any leading apostrophes, the text starts with a formula character and has more after it
    /// ("-" alone, a common "none" in spreadsheets, is left as it is).
    private static func looksLikeFormula(_ text: String) -> Bool {
        let body = text.drop { $0 == "'" }
        guard let first = body.first, formulaStarts.contains(first) else { return false }
        return body.count > 1
    }
}
