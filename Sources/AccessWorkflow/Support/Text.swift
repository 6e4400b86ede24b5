/// Small text helpers shared by the module. No locale, no I/O.
extension String {
    /// The string with leading and trailing whitespace removed.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    /// The string with every run of whitespace replaced by one space and the ends trimmed.
    var whitespaceNormalised: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// True if the string contains a control character (C0, DEL or C1), which never belongs in names or numbers.
    var containsControlCharacter: Bool {
        unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// True if the string contains a control character other than tab, line feed or carriage return (which count
    /// as whitespace and are normalised away).
    var containsNonWhitespaceControlCharacter: Bool {
        unicodeScalars.contains { $0.properties.generalCategory == .control && !$0.properties.isWhitespace }
    }

    /// True if every character is an ASCII digit and the string is not empty.
    var isASCIIDigits: Bool {
        !isEmpty && unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// The integer value of an all-ASCII-digit slice, or nil.
    func digitValue(_ range: Range<Int>) -> Int? {
        let scalars = Array(unicodeScalars)
        guard range.lowerBound >= 0, range.upperBound <= scalars.count, !range.isEmpty else { return nil }
        var value = 0
        for scalar in scalars[range] {
            guard ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        return value
    }
}

extension Array where Element == String {
    /// The elements joined as an English list for error messages: "a, b, c".
    var listed: String { isEmpty ? "(none)" : joined(separator: ", ") }
}
