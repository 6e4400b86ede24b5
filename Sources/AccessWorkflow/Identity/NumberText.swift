/// Extracts the digits of an identity number written with optional separators.
enum NumberText {
    /// The digits of `text` after removing spaces, '-' and '.', or the first character that is none of these.
    static func digits(of text: String) -> Result<String, InvalidCharacter> {
        // Fast path: already only ASCII digits (how numbers are stored and exchanged).
        if !text.utf8.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return .success(text) }
        var digits = ""
        for character in text {
            if character.isWhitespace || character == "-" || character == "." { continue }
            guard character.isASCII, character.isNumber else { return .failure(InvalidCharacter(character: character)) }
            digits.append(character)
        }
        return .success(digits)
    }

    /// A character that is neither a digit nor an accepted separator.
    struct InvalidCharacter: Error {
        let character: Character
    }
}
