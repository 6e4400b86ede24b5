public import AccessWorkflow

/// Why a folder is not a backup (or replica) that can be restored, in both languages.
public enum BackupRefusal: Sendable, Hashable, CustomStringConvertible, LocalizedText {
    case noManifest
    case manifestUnreadable(String)
    case otherKey(manifest: String, key: String)
    case codeInvalid
    case databaseMissing
    case databaseChanged(expected: String, found: String)
    case logBroken(String)
    case headMismatch(manifest: Int64, found: Int64)
    case archiveMissing(String)
    case archiveChanged(String)
    case otherOffice(manifest: String, office: String)
    /// A manifest naming a file outside the backup's archive folder, or under a name the archive never uses.
    case nameOutsideArchive(String)

    public var description: String { text(in: .english) }

    public func text(in language: Language) -> String {
        let id = language == .indonesian
        switch self {
        case .noManifest:
            return id
                ? "tidak ada manifest.json: ini bukan cadangan buatan `hakakses backup` (salinan berkas basis data biasa dapat kehilangan catatan yang masih di berkas -wal-nya); buat cadangan dengan `hakakses backup`"
                : "there is no manifest.json: this is not a backup made by `hakakses backup` (a plain copy of the database file can miss the records still in its -wal file); make backups with `hakakses backup`"
        case .manifestUnreadable(let detail):
            return id ? "manifest.json tidak terbaca (\(detail))" : "manifest.json cannot be read (\(detail))"
        case let .otherKey(manifest, key):
            return id
                ? "cadangan ini dibuat dengan kunci audit \(manifest), sedangkan kunci yang dipakai sekarang \(key): gunakan kunci kantor yang benar (--key)"
                : "this backup was made under audit key \(manifest), but the key in use is \(key): use the office's right key (--key)"
        case .codeInvalid:
            return id
                ? "kode manifest.json tidak cocok dengan kunci audit: manifest diubah atau bukan dari kantor ini"
                : "manifest.json's code does not match the audit key: the manifest was changed or is not this office's"
        case .databaseMissing:
            return id ? "berkas basis data cadangan (hakakses.sqlite) tidak ada" : "the backup's database file (hakakses.sqlite) is missing"
        case let .databaseChanged(expected, found):
            return id
                ? "berkas basis data cadangan berubah sejak dibuat (SHA-256 \(found.prefix(16))…, manifest menyebut \(expected.prefix(16))…)"
                : "the backup's database file changed since it was made (SHA-256 \(found.prefix(16))…, the manifest says \(expected.prefix(16))…)"
        case .logBroken(let detail):
            return id ? "log audit dalam cadangan tidak utuh: \(detail)" : "the audit log in the backup is not intact: \(detail)"
        case let .headMismatch(manifest, found):
            return id
                ? "log dalam cadangan berakhir pada catatan #\(found), manifest menyebut #\(manifest)"
                : "the log in the backup ends at record #\(found), the manifest says #\(manifest)"
        case .archiveMissing(let path):
            return id ? "berkas arsip \(path) hilang dari cadangan" : "the archive file \(path) is missing from the backup"
        case .archiveChanged(let path):
            return id ? "berkas arsip \(path) dalam cadangan berubah" : "the archive file \(path) in the backup changed"
        case let .otherOffice(manifest, office):
            return id
                ? "cadangan ini milik \(manifest), bukan \(office)"
                : "this backup belongs to \(manifest), not to \(office)"
        case .nameOutsideArchive(let path):
            return id
                ? "manifest menyebut berkas \(path), di luar folder arsip cadangan atau dengan nama yang tidak dipakai arsip (dokumen/… atau bukti/…): cadangan ini tidak dipulihkan"
                : "the manifest names the file \(path), outside the backup's archive folder or under a name the archive never uses (dokumen/… or bukti/…): this backup is not restored"
        }
    }
}
