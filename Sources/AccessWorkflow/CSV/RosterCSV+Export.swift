extension RosterCSV {
    /// The header of exported files.
    public static let exportHeader = ["No", "Nama", "NIP", "NIK", "Peran", "Unit Kerja", "Jabatan"]

    /// Exports grants as CSV for Excel: a UTF-8 byte order mark, the header `No;Nama;NIP;NIK;Peran;Unit Kerja;Jabatan`,
    /// one row per grant (name with titles, NIP and NIK as plain digits, role ids joined with ", "), CRLF line ends.
    ///
    /// `separator` is `;` (Excel with Indonesian settings) or `,`; any other character is replaced by `;`. Values
    /// are quoted when they contain the separator, a quote or a line break; text that a spreadsheet would run as a
    /// formula gets a leading apostrophe, which `parse` removes. Parsing the result gives
    /// the same grants, except that directory uids are not exported.
    public static func export(_ grants: [Grant], separator: Character = ";") -> String {
        write(grants.map { grant in
            row(grant.person, roles: grant.roles, workUnit: grant.workUnit, position: grant.position)
        }, separator: separator)
    }

    /// Exports roster entries like the export of grants, with the roles sorted, the work units
    /// joined with "; " and an empty Jabatan.
    public static func export(_ entries: [RosterEntry], separator: Character = ";") -> String {
        write(entries.map { entry in
            row(entry.person, roles: entry.roles.sorted(), workUnit: entry.workUnits.joined(separator: "; "),
                position: nil)
        }, separator: separator)
    }

    private static func row(_ person: Person, roles: [SIAKRoleID], workUnit: String, position: String?) -> [String] {
        [person.name.displayName, person.nip?.digits ?? "", person.nik?.digits ?? "",
         roles.map(\.rawValue).joined(separator: ", "), workUnit, position ?? ""]
    }

    private static func write(_ rows: [[String]], separator: Character) -> String {
        let separator: Character = separator == "," ? "," : ";"
        let lines = [exportHeader] + rows.enumerated().map { [String($0.offset + 1)] + $0.element }
        return "\u{FEFF}" + lines.map { fields in
            fields.map { CSVField.escape($0, separator: separator) }.joined(separator: String(separator)) + "\r\n"
        }.joined()
    }
}
