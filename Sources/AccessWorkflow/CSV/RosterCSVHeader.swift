/// The header of an SK roster CSV: which column holds which field.
struct RosterCSVHeader: Sendable {
    /// The physical line of the header.
    let line: Int
    /// The column index of each field present.
    let columns: [RosterCSVField: Int]
    /// Each column's header as written (whitespace normalised).
    let written: [String]
    /// Columns that are not used, as written; columns with an empty header are left out.
    let ignored: [String]

    /// Reads the header record, refusing duplicated fields and missing required ones.
    init(_ record: CSVRecord) throws(RosterCSVError) {
        var columns: [RosterCSVField: Int] = [:]
        var ignored: [String] = []
        let written = record.fields.map(\.whitespaceNormalised)
        for (index, header) in written.enumerated() {
            guard let field = RosterCSVField.matching(header) else {
                if !header.isEmpty { ignored.append(header) }
                continue
            }
            if let first = columns[field] {
                throw .duplicateColumn(column: field.label, headers: [written[first], header])
            }
            columns[field] = index
        }
        var missing = RosterCSVField.required.filter { columns[$0] == nil }.map(\.label)
        if columns[.nip] == nil, columns[.nik] == nil { missing.append("NIP or NIK") }
        guard missing.isEmpty else { throw .missingColumns(missing: missing, found: written.filter { !$0.isEmpty }) }
        self.line = record.line
        self.columns = columns
        self.written = written
        self.ignored = ignored
    }

    /// The header of a field as written in the file, or its standard label if the column is absent.
    func label(_ field: RosterCSVField) -> String {
        columns[field].map { written[$0] } ?? field.label
    }

    /// The cleaned value of a field in a record: nil if the file has no such column, "" if the cell is missing.
    func value(_ field: RosterCSVField, in record: CSVRecord) -> String? {
        guard let index = columns[field] else { return nil }
        return index < record.fields.count ? CSVField.clean(record.fields[index]) : ""
    }

    /// The first non-empty value in a column without a header or beyond the header's last column, with its
    /// 1-based column number: such a value usually means an unquoted separator shifted the row.
    func strayValue(in record: CSVRecord) -> (column: Int, value: String)? {
        for (index, raw) in record.fields.enumerated() where index >= written.count || written[index].isEmpty {
            let value = CSVField.clean(raw)
            if !value.isEmpty { return (index + 1, value) }
        }
        return nil
    }
}
