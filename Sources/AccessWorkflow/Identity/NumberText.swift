/// Extracts the digits of an identity number written with optional separators.
enum NumberText {
    /// The digits of `text` after removing spaces, '-' and '.', or the first character that is none of these.
    static func digits(of text: String) -> Result<String, InvalidCharacter> {
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
