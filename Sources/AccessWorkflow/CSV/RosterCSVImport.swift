/// One imported row: the grant and the line of the file it came from.
public struct RosterCSVRow: Sendable, Hashable {
    /// The physical line (from 1, the header being line 1) where the row starts.
    public let line: Int
    /// The grant the row gives.
    public let grant: Grant

    /// Creates a row.
    public init(line: Int, grant: Grant) {
        self.line = line
        self.grant = grant
    }
}

/// The result of importing an SK roster CSV: every row was valid.
public struct RosterCSVImport: Sendable, Hashable {
    /// The rows in file order.
    public let rows: [RosterCSVRow]
    /// The separator detected from the header: `;` or `,`.
    public let separator: Character
    /// True if the file started with a UTF-8 byte order mark.
    public let hadByteOrderMark: Bool
    /// Header columns that were not used (such as "No" or "Keterangan"), as written, in file order.
    public let ignoredColumns: [String]

    /// Creates an import result.
    public init(rows: [RosterCSVRow], separator: Character, hadByteOrderMark: Bool, ignoredColumns: [String]) {
        self.rows = rows
        self.separator = separator
        self.hadByteOrderMark = hadByteOrderMark
        self.ignoredColumns = ignoredColumns
    }

    /// The grants in file order.
    public var grants: [Grant] { rows.map(\.grant) }

    /// The line of each grant, in file order (parallel to ``grants``).
    public var lines: [Int] { rows.map(\.line) }

    /// The identity warnings of the rows (NIP and NIK that disagree, implausible numbers), with their lines: the
    /// import is refused until each is confirmed with a note (see ``WorkflowCommand/importDecree(_:note:confirmations:)``).
    public var warnings: [RosterCSVWarning] {
        rows.flatMap { row in IdentityCrossCheck.candidateWarnings(of: row.grant.person).map { RosterCSVWarning(line: row.line, warning: $0) } }
    }
}

/// An identity warning of one row of an imported CSV.
public struct RosterCSVWarning: Sendable, Hashable, CustomStringConvertible {
    /// The physical line of the row.
    public let line: Int
    /// The warning; its id is what an official confirms.
    public let warning: IdentityWarning

    /// "line 3: [id] message".
    public var description: String { "line \(line): \(warning)" }
}
