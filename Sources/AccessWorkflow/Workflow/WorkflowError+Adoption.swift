extension WorkflowError {
    /// Why a new version of the SOP was not adopted.
    public enum SOPAdoptionProblem: Sendable, Hashable, CustomStringConvertible {
        /// The file does not read as an SOP.
        case unreadable(ConfigError)
        /// It is another office's SOP (region or time zone).
        case otherOffice(adopted: String, current: String)
        /// It is the version in force already.
        case unchanged
        /// The version number is not the next one (a stored record out of order).
        case wrongVersion(given: Int, next: Int)
        /// The first adoption does not carry the original's text.
        case originalMissing
        /// The original's text is not the SOP the log began under.
        case originalDiffers
        /// The new version would switch what makes the roster (SKs or requests).
        case rosterSourceChanged(from: String, to: String)

        public var description: String {
            switch self {
            case .unreadable(let error): "the file does not read as an SOP: \(error)"
            case let .otherOffice(adopted, current): "it is the SOP of \(adopted), not of this office, \(current)"
            case .unchanged: "it is the version in force already; nothing to adopt"
            case let .wrongVersion(given, next): "it is numbered version \(given), but the next version is \(next)"
            case .originalMissing: "the first adoption must keep the text of the SOP file the office ran under until now"
            case .originalDiffers: "the SOP file the office ran under until now was edited after its records were made; put back the file the records were made under, then adopt the new one"
            case let .rosterSourceChanged(from, to): "it changes rosterSource from \(from) to \(to), which would rewrite who held access in the whole history; such a change needs a new office database"
            }
        }

        /// The clause in Bahasa Indonesia.
        public var indonesian: String {
            switch self {
            case .unreadable(let error): "berkasnya tidak terbaca sebagai SOP: \(error)"
            case let .otherOffice(adopted, current): "itu SOP \(adopted), bukan SOP kantor ini, \(current)"
            case .unchanged: "versi itu sudah berlaku; tidak ada yang perlu ditetapkan"
            case let .wrongVersion(given, next): "bernomor versi \(given), padahal versi berikutnya \(next)"
            case .originalMissing: "penetapan pertama harus menyimpan naskah berkas SOP yang berlaku sampai sekarang"
            case .originalDiffers: "berkas SOP yang berlaku sampai sekarang telah diubah setelah catatannya dibuat; kembalikan berkas yang berlaku saat catatan dibuat, lalu tetapkan yang baru"
            case let .rosterSourceChanged(from, to): "versi ini mengubah rosterSource dari \(from) menjadi \(to), yang akan menulis ulang siapa yang memegang akses di seluruh riwayat; perubahan seperti itu memerlukan basis data kantor yang baru"
            }
        }
    }
}
