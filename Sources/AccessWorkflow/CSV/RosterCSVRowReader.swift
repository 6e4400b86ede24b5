/// Turns the records of an SK roster CSV into grants, collecting every error of every row and remembering who has
/// been seen so that a person listed twice is caught.
struct RosterCSVRowReader {
    private let header: RosterCSVHeader
    private let roles: RosterCSVRoles
    private let separator: Character
    private let nikColumn: ExcelColumnEvidence
    private var nipLines: [NIP: Int] = [:]
    private var nikLines: [NIK: Int] = [:]

    init(header: RosterCSVHeader, catalogue: RoleCatalogue, separator: Character, nikColumn: ExcelColumnEvidence) {
        self.header = header
        self.roles = RosterCSVRoles(catalogue: catalogue)
        self.separator = separator
        self.nikColumn = nikColumn
    }

    /// The grant of a row, or nil after appending its errors to `errors`.
    mutating func read(_ record: CSVRecord, errors: inout [RosterCSVError.LineError]) -> Grant? {
        var row = RowErrors(line: record.line)
        if let stray = header.strayValue(in: record) {
            row.add(nil, "'\(stray.value)' is in column \(stray.column), which has no header; "
                + "put values that contain '\(separator)' in double quotes")
        }
        let name = readName(record, &row)
        let (nip, nik) = readNumbers(record, &row)
        let person = makePerson(name: name, nip: nip, nik: nik, &row)
        let roleIDs = readRoles(record, &row)
        let workUnit = readText(.workUnit, record, required: true, &row)
        let position = readText(.position, record, required: false, &row)
        defer { errors += row.errors }
        guard row.errors.isEmpty, let person, let roleIDs, let workUnit else { return nil }
        do {
            return try Grant(person: person, roles: roleIDs, workUnit: workUnit, position: position)
        } catch {
            row.add(nil, error.description)
            return nil
        }
    }

    private func readName(_ record: CSVRecord, _ row: inout RowErrors) -> PersonName? {
        let label = header.label(.name)
        let text = header.value(.name, in: record) ?? ""
        guard !text.isEmpty else {
            row.add(label, "the name is empty; write the name with titles as in the SK, e.g. 'Drs. MUHAMMAD IMRON'")
            return nil
        }
        do {
            return try PersonName(text)
        } catch {
            row.add(label, error.description)
            return nil
        }
    }

    /// The NIP and NIK; `.none` for an empty cell, `.some(nil)` for an invalid one.
    private mutating func readNumbers(_ record: CSVRecord, _ row: inout RowErrors) -> (NIP??, NIK??) {
        let nipText = header.value(.nip, in: record) ?? ""
        let nikText = header.value(.nik, in: record) ?? ""
        var nip: NIP?? = nil
        var nik: NIK?? = nil
        // One error per cell: damage from a number cell is reported instead of what it broke.
        if !nipText.isEmpty {
            if let damage = ExcelHint.damage(in: nipText, field: .nip) {
                nip = .some(nil)
                row.add(header.label(.nip), ExcelHint.message(damage, text: nipText, field: .nip))
            } else {
                do {
                    nip = .some(try NIP(nipText))
                } catch {
                    nip = .some(nil)
                    row.add(header.label(.nip), error.description)
                }
            }
        }
        if !nikText.isEmpty {
            if let damage = ExcelHint.damage(in: nikText, field: .nik) {
                nik = .some(nil)
                row.add(header.label(.nik), ExcelHint.message(damage, text: nikText, field: .nik))
            } else {
                do {
                    let value = try NIK(nikText)
                    if value.digits.hasSuffix("0"), nikColumn.suspectsTrailingZero {
                        nik = .some(nil)
                        row.add(header.label(.nik), ExcelHint.suspectedMessage(nikText, evidence: nikColumn))
                    } else {
                        nik = .some(value)
                    }
                } catch {
                    nik = .some(nil)
                    row.add(header.label(.nik), error.description)
                }
            }
        }
        if nip == nil, nik == nil {
            row.add(identityColumns, "neither NIP nor NIK is given; fill in the NIP (civil servants) or the NIK")
        }
        if case .some(.some(let value)) = nip, let first = nipLines[value] {
            row.add(header.label(.nip), "NIP \(value) is already on line \(first); list each person once, with all their roles in one cell")
        } else if case .some(.some(let value)) = nik, let first = nikLines[value] {
            row.add(header.label(.nik), "NIK \(value) is already on line \(first); list each person once, with all their roles in one cell")
        }
        if case .some(.some(let value)) = nip, nipLines[value] == nil { nipLines[value] = row.line }
        if case .some(.some(let value)) = nik, nikLines[value] == nil { nikLines[value] = row.line }
        return (nip, nik)
    }

    private func makePerson(name: PersonName?, nip: NIP??, nik: NIK??, _ row: inout RowErrors) -> Person? {
        // An invalid number (.some(nil)) was reported already; the person is only built from valid data.
        if case .some(.none) = nip { return nil }
        if case .some(.none) = nik { return nil }
        guard let name, nip != nil || nik != nil else { return nil }
        do {
            return try Person(name: name, nip: nip ?? nil, nik: nik ?? nil)
        } catch {
            row.add(identityColumns, error.description)
            return nil
        }
    }

    private func readRoles(_ record: CSVRecord, _ row: inout RowErrors) -> [SIAKRoleID]? {
        switch roles.roles(in: header.value(.roles, in: record) ?? "") {
        case .success(let ids):
            return ids
        case .failure(let problem):
            row.add(header.label(.roles), roles.message(problem))
            return nil
        }
    }

    private func readText(_ field: RosterCSVField, _ record: CSVRecord, required: Bool, _ row: inout RowErrors) -> String? {
        guard let text = header.value(field, in: record), !text.isEmpty else {
            if required { row.add(header.label(field), "the \(field.label.lowercased()) is empty; fill it in, e.g. 'Bidang PIAK'") }
            return nil
        }
        guard !text.containsControlCharacter else {
            row.add(header.label(field), "the value contains a control character; retype it as plain text")
            return nil
        }
        return text
    }

    /// "NIP/NIK" with the headers as written, for errors about both numbers.
    private var identityColumns: String {
        [RosterCSVField.nip, .nik].filter { header.columns[$0] != nil }.map(header.label).joined(separator: "/")
    }
}

/// The errors of one row.
private struct RowErrors {
    let line: Int
    private(set) var errors: [RosterCSVError.LineError] = []

    init(line: Int) { self.line = line }

    mutating func add(_ column: String?, _ message: String) {
        errors.append(.init(line: line, column: column, message: message))
    }
}
