/// Detection of the field separator from the header line.
enum CSVSeparator {
    /// `;` or `,`: whichever occurs more often outside quotes on the first non-blank line; `;` (what Excel writes
    /// with Indonesian regional settings) on a tie or if neither occurs.
    static func detect(in text: String) -> Unicode.Scalar {
        var inQuotes = false
        var lineHasContent = false
        var semicolons = 0
        var commas = 0
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                inQuotes.toggle()
                lineHasContent = true
            } else if inQuotes {
                continue
            } else if scalar == "\n" || scalar == "\r" {
                if lineHasContent { break }
            } else if scalar == ";" {
                semicolons += 1
                lineHasContent = true
            } else if scalar == "," {
                commas += 1
                lineHasContent = true
            } else if !scalar.properties.isWhitespace {
                lineHasContent = true
            }
        }
        return commas > semicolons ? "," : ";"
    }
}
