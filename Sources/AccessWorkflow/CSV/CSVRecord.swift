/// One CSV record (a row) with its raw fields and the physical line where it starts.
struct CSVRecord: Sendable, Hashable {
    /// The physical line, from 1, on which the record starts.
    let line: Int
    /// The fields as read: quotes removed, doubled quotes undone, nothing trimmed.
    let fields: [String]

    /// True if every field is empty or whitespace (blank lines, and the ";;;;" rows Excel writes for empty rows).
    var isBlank: Bool { fields.allSatisfy { $0.trimmed.isEmpty } }
}
