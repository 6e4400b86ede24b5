/// What a NIK column as a whole says about number cells, for NIKs that end in 0 (see ``ExcelHint``).
struct ExcelColumnEvidence: Sendable, Hashable {
    /// The first line whose NIK shows damage by itself, if any.
    let firstDamagedLine: Int?
    /// How many NIKs of 16 plain digits the column has.
    let nikCount: Int
    /// How many of them end in 0.
    let endingInZero: Int

    /// The minimum number of NIKs, all ending in 0, that counts as evidence. A real NIK's sequence counts the people
    /// registered in one district with the same birth date, mostly 0001 to 0009, so fewer than one in ten real NIKs
    /// end in 0; four in a row happen by chance less than once in ten thousand lists, while a column of number cells
    /// ends every 16-digit NIK in 0.
    static let minimumAllZero = 4

    /// Reads the NIK column of every record.
    init(records: [CSVRecord], header: RosterCSVHeader) {
        var damaged: Int?
        var count = 0
        var zero = 0
        for record in records {
            guard let text = header.value(.nik, in: record), !text.isEmpty else { continue }
            if damaged == nil, ExcelHint.damage(in: text, field: .nik) != nil { damaged = record.line }
            let plain = text.filter { !$0.isWhitespace && $0 != "-" && $0 != "." }
            if plain.count == 16, plain.allSatisfy(\.isASCIIDigit) {
                count += 1
                if plain.hasSuffix("0") { zero += 1 }
            }
        }
        firstDamagedLine = damaged
        nikCount = count
        endingInZero = zero
    }

    /// True if a valid NIK ending in 0 in this column should be reported as probably damaged.
    var suspectsTrailingZero: Bool {
        firstDamagedLine != nil || (nikCount >= Self.minimumAllZero && endingInZero == nikCount)
    }
}
