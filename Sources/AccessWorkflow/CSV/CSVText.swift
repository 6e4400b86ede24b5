/// Decoding of CSV bytes.
enum CSVText {
    /// The bytes as text (a byte order mark is kept as U+FEFF), or the physical line of the first byte that is not
    /// UTF-8.
    static func decode(_ bytes: some Collection<UInt8>) throws(RosterCSVError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        throw .invalidUTF8(line: lineOfFirstInvalidByte(bytes))
    }

    /// The physical line (LF, CRLF or CR ending a line) of the first invalid UTF-8 sequence.
    private static func lineOfFirstInvalidByte(_ bytes: some Collection<UInt8>) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        var afterCR = false
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\r" || (scalar == "\n" && !afterCR) { line += 1 }
                afterCR = scalar == "\r"
            case .emptyInput, .error:
                return line
            }
        }
    }
}
