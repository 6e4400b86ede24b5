/// Splits CSV text into records following RFC 4180, counting physical lines so that every record knows the line
/// it starts on.
///
/// LF, CRLF and a lone CR all end a line. A field that starts with `"` (after optional spaces) is quoted: it may
/// contain the separator, line breaks and doubled quotes. A `"` inside an unquoted field is kept as it is.
struct CSVReader {
    /// The records read, including blank ones.
    private(set) var records: [CSVRecord] = []
    /// Quoting errors.
    private(set) var errors: [RosterCSVError.LineError] = []

    private let separator: Unicode.Scalar
    private var line = 1
    private var recordLine = 1
    private var fields: [String] = []
    private var field = String.UnicodeScalarView()
    private var recordStarted = false
    private var fieldQuoted = false
    private var afterClosingQuote = false
    private var strayTextReported = false

    /// Reads all of `text`.
    init(_ text: String, separator: Unicode.Scalar) {
        self.separator = separator
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var inQuotes = false
        var quoteLine = 1
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            let crlf = scalar == "\r" && index < scalars.endIndex && scalars[index] == "\n"
            if crlf { index = scalars.index(after: index) }
            if inQuotes {
                if scalar == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        field.append("\"")
                        index = scalars.index(after: index)
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                    }
                } else {
                    field.append(scalar)
                    if crlf { field.append("\n") }
                    if scalar == "\n" || scalar == "\r" { line += 1 }
                }
            } else if scalar == "\n" || scalar == "\r" {
                endRecord()
                line += 1
                recordLine = line
            } else if scalar == separator {
                endField()
                recordStarted = true
            } else if scalar == "\"", !fieldQuoted, field.allSatisfy({ $0 == " " }) {
                field = String.UnicodeScalarView()
                inQuotes = true
                fieldQuoted = true
                quoteLine = line
                recordStarted = true
            } else if afterClosingQuote {
                if !scalar.properties.isWhitespace {
                    reportStrayText()
                    field.append(scalar)
                }
            } else {
                field.append(scalar)
                recordStarted = true
            }
        }
        if inQuotes {
            errors.append(.init(line: recordLine, column: nil, problem: .unclosedQuote(openedOn: quoteLine)))
        } else {
            endRecord()
        }
    }

    private mutating func endField() {
        fields.append(String(field))
        field = String.UnicodeScalarView()
        fieldQuoted = false
        afterClosingQuote = false
    }

    private mutating func endRecord() {
        guard recordStarted || !field.isEmpty else { return }
        endField()
        records.append(CSVRecord(line: recordLine, fields: fields))
        fields = []
        recordStarted = false
        strayTextReported = false
    }

    private mutating func reportStrayText() {
        guard !strayTextReported else { return }
        strayTextReported = true
        errors.append(.init(line: recordLine, column: nil, problem: .textAfterQuote(field: fields.count + 1)))
    }
}
