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
            row.add(nil, .strayValue(value: stray.value, column: stray.column, separator: separator))
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
            row.add(nil, .request(error))
            return nil
        }
    }

    private func readName(_ record: CSVRecord, _ row: inout RowErrors) -> PersonName? {
        let label = header.label(.name)
        let text = header.value(.name, in: record) ?? ""
        guard !text.isEmpty else {
            row.add(label, .emptyName)
            return nil
        }
        do {
            return try PersonName(text)
        } catch {
            row.add(label, .identity(error))
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
                row.add(header.label(.nip), .numberCell(damage, text: nipText, column: .nip))
            } else {
                do {
                    nip = .some(try NIP(nipText))
                } catch {
                    nip = .some(nil)
                    row.add(header.label(.nip), .identity(error))
                }
            }
        }
        if !nikText.isEmpty {
            if let damage = ExcelHint.damage(in: nikText, field: .nik) {
                nik = .some(nil)
                row.add(header.label(.nik), .numberCell(damage, text: nikText, column: .nik))
            } else {
                do {
                    let value = try NIK(nikText)
                    if value.digits.hasSuffix("0"), nikColumn.suspectsTrailingZero {
                        nik = .some(nil)
                        row.add(header.label(.nik), .suspectedTrailingZero(
                            text: nikText, damagedLine: nikColumn.firstDamagedLine, nikCount: nikColumn.nikCount))
                    } else {
                        nik = .some(value)
                    }
                } catch {
                    nik = .some(nil)
                    row.add(header.label(.nik), .identity(error))
                }
            }
        }
        if nip == nil, nik == nil {
            row.add(identityColumns, .noIdentifier)
        }
        if case .some(.some(let value)) = nip, let first = nipLines[value] {
            row.add(header.label(.nip), .duplicate(.nip, value: value.description, firstLine: first))
        } else if case .some(.some(let value)) = nik, let first = nikLines[value] {
            row.add(header.label(.nik), .duplicate(.nik, value: value.description, firstLine: first))
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
            row.add(identityColumns, .request(error))
            return nil
        }
    }

    private func readRoles(_ record: CSVRecord, _ row: inout RowErrors) -> [SIAKRoleID]? {
        switch roles.roles(in: header.value(.roles, in: record) ?? "") {
        case .success(let ids):
            return ids
        case .failure(let problem):
            row.add(header.label(.roles), roles.lineProblem(problem))
            return nil
        }
    }

    private func readText(_ field: RosterCSVField, _ record: CSVRecord, required: Bool, _ row: inout RowErrors) -> String? {
        guard let text = header.value(field, in: record), !text.isEmpty else {
            if required { row.add(header.label(field), .emptyValue(label: field.label)) }
            return nil
        }
        guard !text.containsControlCharacter else {
            row.add(header.label(field), .controlCharacter)
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

    mutating func add(_ column: String?, _ problem: RosterCSVLineProblem) {
        errors.append(.init(line: line, column: column, problem: problem))
    }
}
