/// Small text helpers shared by the module. No locale, no I/O.
extension String {
    /// The string with leading and trailing whitespace removed.
    var trimmed: String {
        // Fast path: printable, non-space ASCII at both ends is already trimmed.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    /// The string with every run of whitespace replaced by one space and the ends trimmed.
    var whitespaceNormalised: String {
        if isTidyASCII { return self }
        return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Printable ASCII with single inner spaces and no space at either end: already normalised.
    var isTidyASCII: Bool {
        var previousSpace = true
        for byte in utf8 {
            guard byte >= 0x20 && byte < 0x7F else { return false }
            if byte == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        return !previousSpace
    }

    /// True if the string contains a control character (C0, DEL or C1), which never belongs in names or numbers.
    var containsControlCharacter: Bool {
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return false }
        return unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// True if the string contains a control character other than tab, line feed or carriage return (which count
    /// as whitespace and are normalised away).
    var containsNonWhitespaceControlCharacter: Bool {
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return false }
        return unicodeScalars.contains { $0.properties.generalCategory == .control && !$0.properties.isWhitespace }
    }

    /// True if every character is an ASCII digit and the string is not empty.
    var isASCIIDigits: Bool {
        !isEmpty && unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// The integer value of an all-ASCII-digit slice, or nil.
    func digitValue(_ range: Range<Int>) -> Int? {
        guard range.lowerBound >= 0, !range.isEmpty else { return nil }
        var value = 0, position = 0
        for byte in utf8 {
            defer { position += 1 }
            if position < range.lowerBound { continue }
            if position >= range.upperBound { return value }
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return position >= range.upperBound ? value : nil
    }
}

extension Array where Element == String {
    /// The elements joined as an English list for error messages: "a, b, c".
    var listed: String { isEmpty ? "(none)" : joined(separator: ", ") }
}

extension Character {
    /// True for the ASCII digits 0–9 (not other scripts' digits).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
