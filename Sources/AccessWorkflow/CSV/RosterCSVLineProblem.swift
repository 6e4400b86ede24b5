/// What is wrong on one line of an SK roster CSV: typed, so that each language can say it in its own words; the
/// English sentence is its `description` (and ``RosterCSVError/LineError/message``).
public enum RosterCSVLineProblem: Sendable, Hashable, CustomStringConvertible {
    /// A quoted value opened on `openedOn` is never closed.
    case unclosedQuote(openedOn: Int)
    /// Field `field` has text after its closing quote.
    case textAfterQuote(field: Int)
    /// A value stands in column `column`, which has no header.
    case strayValue(value: String, column: Int, separator: Character)
    /// The name cell is empty.
    case emptyName
    /// A name, NIP or NIK is invalid.
    case identity(IdentityError)
    /// The person or grant of the row is invalid.
    case request(RequestError)
    /// A NIP or NIK cell shows the damage a spreadsheet's number cell does.
    case numberCell(ExcelDamage, text: String, column: NumberColumn)
    /// A NIK ending in 0 in a column with other signs of number cells: damage on the first damaged line, or every
    /// NIK of the column (`nikCount`) ends in 0.
    case suspectedTrailingZero(text: String, damagedLine: Int?, nikCount: Int)
    /// Neither NIP nor NIK is given.
    case noIdentifier
    /// The NIP or NIK was already on `firstLine`.
    case duplicate(NumberColumn, value: String, firstLine: Int)
    /// The roles cell is empty; `known` lists the catalogue's roles.
    case noRole(known: String)
    /// The roles cell names roles the catalogue does not have.
    case unknownRoles([String], known: String)
    /// A required cell (its field's label, e.g. "Unit Kerja") is empty.
    case emptyValue(label: String)
    /// The value contains a control character.
    case controlCharacter

    /// A column of identity numbers.
    public enum NumberColumn: Sendable, Hashable, CaseIterable {
        case nip, nik

        /// "NIP" or "NIK".
        public var label: String { self == .nip ? "NIP" : "NIK" }
    }

    /// The fix for every damaged number cell.
    static let excelFix = "format the column as Text in Excel, retype the numbers from the KTP or SK, and export the CSV again"

    /// What is wrong and how to fix it.
    public var description: String {
        switch self {
        case .unclosedQuote(let line):
            return "the quoted value opened on line \(line) is never closed; end it with \" or double the quotes inside it"
        case .textAfterQuote(let field):
            return "field \(field) has text after its closing quote; inside a quoted value write each \" as \"\""
        case let .strayValue(value, column, separator):
            return "'\(value)' is in column \(column), which has no header; put values that contain '\(separator)' in double quotes"
        case .emptyName:
            return "the name is empty; write the name with titles as in the SK, e.g. 'Drs. MUHAMMAD IMRON'"
        case .identity(let error):
            return error.description
        case .request(let error):
            return error.description
        case let .numberCell(damage, text, column):
            let lost = column == .nip ? "an 18-digit NIP loses its last 3" : "a 16-digit NIK loses its last"
            let why = "Excel keeps only 15 digits of a number, so \(lost)"
            let fix = Self.excelFix
            switch damage {
            case .scientific:
                return "\(column.label) '\(text)' is in scientific notation: the cell held a number, and \(why); \(fix)"
            case .grouped:
                return "\(column.label) '\(text)' has thousands separators as a number cell is exported, and \(why); \(fix)"
            case .decimals:
                return "\(column.label) '\(text)' has decimals as a number cell is exported, and \(why); \(fix)"
            case .zeroedSequence:
                return "\(column.label) '\(text)' ends in \(column == .nip ? "000" : "0000"), a sequence that does not exist but that a number cell leaves: \(why); \(fix)"
            }
        case let .suspectedTrailingZero(text, damagedLine, nikCount):
            let reason = if let damagedLine {
                "another NIK in this column was stored as a number (line \(damagedLine))"
            } else {
                "every NIK in this column (\(nikCount)) ends in 0, as number cells leave them"
            }
            return "NIK '\(text)' ends in 0 and has probably lost its last digit: \(reason), and Excel keeps only 15 digits "
                + "of a number; \(Self.excelFix)"
        case .noIdentifier:
            return "neither NIP nor NIK is given; fill in the NIP (civil servants) or the NIK"
        case let .duplicate(column, value, firstLine):
            return "\(column.label) \(value) is already on line \(firstLine); list each person once, with all their roles in one cell"
        case .noRole(let known):
            return "no role is given; write one or more of \(known)"
        case let .unknownRoles(names, known):
            return "unknown SIAK role\(names.count == 1 ? "" : "s") \(names.map { "'\($0)'" }.listed); known: \(known)"
        case .emptyValue(let label):
            return "the \(label.lowercased()) is empty; fill it in, e.g. 'Bidang PIAK'"
        case .controlCharacter:
            return "the value contains a control character; retype it as plain text"
        }
    }
}

/// A sign that a NIP or NIK cell held a number in the spreadsheet (see ``ExcelHint``).
public enum ExcelDamage: Sendable, Hashable, CaseIterable {
    /// "6,20802E+15".
    case scientific
    /// "6.208.016.003.920.010".
    case grouped
    /// "6208016003920010.00".
    case decimals
    /// "…031000" (NIP) or "…920000" (NIK): the digits after the 15th are zeros and the sequence is 0.
    case zeroedSequence
}
