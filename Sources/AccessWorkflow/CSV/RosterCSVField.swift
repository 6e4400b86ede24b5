/// The fields of an SK roster CSV and the header names accepted for each, Indonesian first.
///
/// Headers are compared without regard to case, spaces, dots and underscores: "NAMA LENGKAP", "nama_lengkap" and
/// "N.I.P." are all recognised.
enum RosterCSVField: CaseIterable, Sendable, Hashable {
    case name, nip, nik, roles, workUnit, position

    /// The name used in exported files and messages.
    var label: String {
        switch self {
        case .name: "Nama"
        case .nip: "NIP"
        case .nik: "NIK"
        case .roles: "Peran"
        case .workUnit: "Unit Kerja"
        case .position: "Jabatan"
        }
    }

    /// The headers accepted, as they would be written; the first is ``label``.
    var headers: [String] {
        switch self {
        case .name: ["Nama", "Nama Lengkap", "Nama Pegawai", "Name"]
        case .nip: ["NIP"]
        case .nik: ["NIK"]
        case .roles: ["Peran", "Hak Akses", "Role", "Peran SIAK", "Roles"]
        case .workUnit: ["Unit Kerja", "Satuan Kerja", "Unit", "Instansi", "Work Unit"]
        case .position: ["Jabatan", "Position"]
        }
    }

    /// Fields that every file must have (besides a NIP or NIK column).
    static let required: [RosterCSVField] = [.name, .roles, .workUnit]

    /// The field a header names, or nil for columns to ignore ("No", "Keterangan", …).
    static func matching(_ header: String) -> RosterCSVField? {
        let key = key(header)
        return allCases.first { $0.headers.contains { Self.key($0) == key } }
    }

    /// A header folded for comparison: lowercased, without whitespace, dots and underscores.
    static func key(_ header: String) -> String {
        String(header.lowercased().filter { !$0.isWhitespace && $0 != "." && $0 != "_" })
    }

    /// For messages: "Peran (or Hak Akses, Role, Peran SIAK, Roles)"; other text is returned unchanged.
    static func acceptedHeaders(for label: String) -> String {
        guard let field = allCases.first(where: { $0.label == label }), field.headers.count > 1 else { return label }
        return "\(label) (or \(field.headers.dropFirst().joined(separator: ", ")))"
    }
}
