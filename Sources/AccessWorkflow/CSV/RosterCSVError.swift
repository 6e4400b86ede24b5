/// Why an SK roster CSV was refused. Nothing is imported when there is any error.
///
/// Every `description` says what is wrong and how to fix it.
public enum RosterCSVError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file has no header line: it is empty or blank.
    case empty
    /// The file has a header (on `headerLine`) but no rows.
    case noRows(headerLine: Int)
    /// The bytes are not UTF-8; `line` is the physical line of the first bad byte.
    case invalidUTF8(line: Int)
    /// Required columns are missing: `missing` names them as "Nama", "Peran", "Unit Kerja" or "NIP or NIK";
    /// `found` lists the header's columns as written.
    case missingColumns(missing: [String], found: [String])
    /// Two columns of the header mean the same field, e.g. "Nama" and "Nama Lengkap"; `column` is the field's
    /// name ("Nama") and `headers` the columns as written.
    case duplicateColumn(column: String, headers: [String])
    /// Quoting or row errors: every error of every line, in line order.
    case lines([LineError])

    /// One error of one line of the file.
    public struct LineError: Sendable, Hashable, CustomStringConvertible {
        /// The physical line (from 1, the header being line 1) where the record starts.
        public let line: Int
        /// The column as written in the header, e.g. "NIP", or "NIP/NIK" for both; nil if the error is the row's.
        public let column: String?
        /// What is wrong.
        public let problem: RosterCSVLineProblem

        /// Creates a line error.
        public init(line: Int, column: String?, problem: RosterCSVLineProblem) {
            self.line = line
            self.column = column
            self.problem = problem
        }

        /// What is wrong and how to fix it, in English.
        public var message: String { problem.description }

        /// "line 7 (NIP): message" or "line 7: message".
        public var description: String {
            guard let column else { return "line \(line): \(message)" }
            return "line \(line) (\(column)): \(message)"
        }
    }

    /// What is wrong and how to fix it; for ``lines(_:)`` one error per line of text.
    public var description: String {
        switch self {
        case .empty:
            return "the file is empty; export the SK attachment with a header (Nama;NIP;NIK;Peran;Unit Kerja) and one row per person"
        case .noRows(let headerLine):
            return "the file has a header (line \(headerLine)) but no rows; add one row per person named in the SK"
        case .invalidUTF8(let line):
            return "line \(line) is not valid UTF-8 text; in Excel use Save As 'CSV UTF-8 (Comma delimited)' and import that file"
        case let .missingColumns(missing, found):
            let wanted = missing.map(RosterCSVField.acceptedHeaders(for:))
            return "the header has no column \(wanted.joined(separator: "; no column ")); found: \(found.listed)"
        case let .duplicateColumn(column, headers):
            return "the header has the column \(column) more than once (\(headers.map { "'\($0)'" }.listed)); keep one of them"
        case .lines(let errors):
            return errors.map(\.description).joined(separator: "\n")
        }
    }
}
