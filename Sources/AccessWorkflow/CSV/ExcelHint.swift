/// Damage a spreadsheet does to identity numbers stored in number cells, and the line errors that say so.
///
/// Excel keeps 15 significant digits of a number and sets the digits after them to 0, so a 16-digit NIK in a number
/// cell loses its last digit (`6208016003920011` → `6208016003920010`) and an 18-digit NIP its last three
/// (`…031002` → `…031000`). A number cell also shows up in a CSV export as scientific notation (`6,20802E+15`), with
/// thousands separators (`6.208.016.003.920.010`) or with decimals (`6208016003920010.00`).
///
/// What counts as evidence, cell by cell (``damage(in:field:)``):
/// - scientific notation, thousands grouping or decimals: only a number cell is written so; always damage;
/// - a NIP ending in 000 or a NIK ending in 0000: the sequence cannot be 0, and these are exactly the endings a
///   number cell leaves when the lost digits were the sequence's only non-zero ones.
///
/// A NIK ending in a single 0 is valid by itself (a real sequence such as 0010 exists), so it is reported only with
/// evidence from its column (``ExcelColumnEvidence``): another NIK of the same column shows damage of the kinds
/// above, or every NIK of the column (at least four) ends in 0. Genuine NIKs do that by chance less than once in ten
/// thousand lists; once the damaged cells are fixed, a genuine NIK ending in 0 among them imports. A single NIK
/// ending in 0 with nothing else in its column cannot be told from a real one and is accepted.
enum ExcelHint {
    /// A sign that a cell held a number.
    typealias Damage = ExcelDamage

    /// The fix, for every message.
    static let fix = RosterCSVLineProblem.excelFix

    /// The damage visible in one NIP or NIK cell by itself, if any.
    static func damage(in text: String, field: RosterCSVField) -> Damage? {
        let scalars = Array(text.unicodeScalars)
        func digits(_ slice: ArraySlice<Unicode.Scalar>) -> Bool { !slice.isEmpty && slice.allSatisfy { ("0"..."9").contains($0) } }
        if let e = scalars.firstIndex(where: { $0 == "E" || $0 == "e" }), e > 0 {
            var exponent = scalars[(e + 1)...]
            if exponent.first == "+" { exponent = exponent.dropFirst() }
            let mantissa = scalars[..<e]
            let separators = mantissa.indices.filter { mantissa[$0] == "." || mantissa[$0] == "," }
            let mantissaOK = separators.count <= 1 && digits(mantissa.filter { $0 != "." && $0 != "," }[...])
            if mantissaOK, digits(exponent) { return .scientific }
        }
        for separator in [".", ","] {
            let groups = text.split(separator: Character(separator), omittingEmptySubsequences: false)
            if groups.count >= 4, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
               groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) {
                return .grouped
            }
        }
        for separator in [".", ","] {
            let parts = text.split(separator: Character(separator), omittingEmptySubsequences: false)
            if parts.count == 2, parts[0].count >= 15, parts[0].allSatisfy(\.isASCIIDigit),
               !parts[1].isEmpty, parts[1].allSatisfy({ $0 == "0" }) {
                return .decimals
            }
        }
        let plain = text.filter { !$0.isWhitespace && $0 != "-" && $0 != "." }
        guard plain.allSatisfy(\.isASCIIDigit) else { return nil }
        switch field {
        case .nip where plain.count == 18 && plain.hasSuffix("000"): return .zeroedSequence
        case .nik where plain.count == 16 && plain.hasSuffix("0000"): return .zeroedSequence
        default: return nil
        }
    }
}
