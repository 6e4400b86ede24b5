public import Foundation

/// Import and export of an SK roster: the attachment of an SK Kadis listing the approved SIAK operators, as kept in
/// a spreadsheet and saved as CSV.
///
/// Import is all or nothing: every error of every line is collected, and grants are returned only if there is
/// none. Columns: `Nama` (or Nama Lengkap, Nama Pegawai), `NIP`, `NIK` (at least one of the two per row), `Peran`
/// (or Hak Akses, Role, Peran SIAK), `Unit Kerja` (or Satuan Kerja, Unit, Instansi) and optionally `Jabatan`
/// (or Position); other columns such as `No` are ignored and reported. NIPs and NIKs damaged by a spreadsheet's
/// number cells are line errors (see ``ExcelHint``); a NIP and NIK that disagree are not errors but identity
/// warnings (``RosterCSVImport/warnings``), which the workflow has an official confirm when the SK is imported.
public enum RosterCSV {
    /// Imports CSV bytes: UTF-8 with or without a byte order mark.
    public static func parse(_ data: Data, catalogue: RoleCatalogue) throws(RosterCSVError) -> RosterCSVImport {
        try parse(try CSVText.decode(data), catalogue: catalogue)
    }

    /// Imports CSV text; a leading U+FEFF (byte order mark) is skipped.
    ///
    /// The separator (`;` or `,`) is detected from the header. Line numbers in errors and in the result count
    /// physical lines from 1 (the header's line), whether lines end in LF, CRLF or CR, and are those where a record
    /// starts even if a quoted value spans several lines. Blank lines are skipped.
    public static func parse(_ text: String, catalogue: RoleCatalogue) throws(RosterCSVError) -> RosterCSVImport {
        let hadByteOrderMark = text.unicodeScalars.first == "\u{FEFF}"
        let body = hadByteOrderMark ? String(text.unicodeScalars.dropFirst()) : text
        let separatorScalar = CSVSeparator.detect(in: body)
        let separator = Character(separatorScalar)
        let reader = CSVReader(body, separator: separatorScalar)
        var errors = reader.errors
        let records = reader.records.filter { !$0.isBlank }
        guard let headerRecord = records.first else {
            throw errors.isEmpty ? .empty : .lines(errors)
        }
        let header = try RosterCSVHeader(headerRecord)
        let rowRecords = Array(records.dropFirst())
        var rowReader = RosterCSVRowReader(header: header, catalogue: catalogue, separator: separator,
                                           nikColumn: ExcelColumnEvidence(records: rowRecords, header: header))
        var rows: [RosterCSVRow] = []
        for record in rowRecords {
            if let grant = rowReader.read(record, errors: &errors) {
                rows.append(RosterCSVRow(line: record.line, grant: grant))
            }
        }
        guard errors.isEmpty else {
            let ordered = errors.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            throw .lines(ordered.map(\.element))
        }
        guard !rows.isEmpty else { throw .noRows(headerLine: header.line) }
        return RosterCSVImport(rows: rows, separator: separator, hadByteOrderMark: hadByteOrderMark,
                               ignoredColumns: header.ignored)
    }
}
