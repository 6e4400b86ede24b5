public import AccessWorkflow

/// Database failures and refusals in Bahasa Indonesia; English stays ``StoreError/description``. Reasons that come
/// from SQLite or the operating system are technical and stay as they were reported.
extension StoreError: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        switch self {
        case .folderMissing(let path):
            return "folder \(path) tidak ada; buat folder tersebut atau pilih lokasi basis data di folder yang sudah ada"
        case let .cannotOpen(path, reason):
            return "basis data \(path) tidak dapat dibuka (\(reason)); periksa lokasi dan hak aksesnya"
        case .busy:
            return "basis data dikunci proses lain melebihi batas waktu tunggu; tunggu hingga proses itu selesai lalu coba lagi"
        case .database(let message):
            return "basis data melaporkan kesalahan (\(message)); jalankan verifikasi dan periksa disknya"
        case .workflow(let error):
            return error.text(in: language)
        case let .undecodableRecord(seq, reason):
            return "catatan audit #\(seq) bukan peristiwa alur kerja yang dapat dibaca (\(reason)); log telah diubah atau ditulis versi yang lebih baru, jadi jalankan verifikasi dan pulihkan dari salinan yang telah diverifikasi"
        case let .replayRefused(seq, reason, authenticated):
            let inner = if case let .eventRefused(_, _, wrapped) = reason { wrapped } else { reason }
            guard authenticated else {
                return "catatan audit #\(seq) ditolak saat diputar ulang karena \(inner.text(in: language)); log telah diubah atau ditulis oleh program yang keliru, jadi jalankan verifikasi dan pulihkan dari salinan yang telah diverifikasi"
            }
            return "catatan audit #\(seq) ditolak saat diputar ulang karena \(inner.text(in: language)), padahal kode autentikasinya dengan kunci audit sah: berkas SOP atau berkas peran telah diubah sesudah catatan ini ditulis (kembalikan berkas yang berlaku saat catatan dibuat; SOP baru ditetapkan dengan `hakakses sop adopt BERKAS`, bukan dengan mengubah salinan kantor), atau seseorang yang memegang kunci audit menulisnya (pulihkan dari salinan yang telah diverifikasi)"
        case let .sopNotAdopted(version, sha256):
            return "berkas SOP kantor bukan versi yang terakhir ditetapkan dalam log audit (versi \(version)\(sha256.map { ", SHA-256 \($0.prefix(12))…" } ?? "")): berkas itu diubah langsung; kembalikan berkas tersebut, dan tetapkan SOP yang diubah dengan `hakakses sop adopt BERKAS`"
        case .auditBroken(let problem):
            return problem.text(in: language)
        case .anchorMismatch(let mismatch):
            return mismatch.text(in: language)
        case .sealRefused(let reason):
            return "log audit tidak disegel: \(reason)"
        case let .invalidStoredValue(table, column, value):
            return "\(table).\(column) berisi '\(value)', yang tidak pernah ditulis program ini; jalankan verifikasi dan pulihkan dari salinan yang telah diverifikasi"
        case .invalidKind(let kind):
            return "jenis catatan '\(kind)' tidak diperbolehkan; gunakan nama huruf kecil bertitik seperti sync.applied (catatan alur kerja hanya ditulis oleh execute)"
        case .encoding(let reason):
            return "catatan tidak dapat diubah menjadi JSON (\(reason)); berikan teks, angka, larik dan objek biasa"
        case .unknownOutbox(let id):
            return "tidak ada baris outbox \(id); tampilkan ulang baris yang jatuh tempo"
        case let .outboxFinished(id, state):
            return "baris outbox \(id) sudah berstatus \(state); proses lain telah menanganinya, jadi tampilkan ulang baris yang jatuh tempo"
        case let .usernameTaken(username, owner):
            return "nama pengguna '\(username)' sudah menjadi milik \(owner) dan nama pengguna tidak pernah dipakai ulang; buat nama yang lain"
        case .invalidUsername(let username):
            return "nama pengguna '\(username)' kosong atau memuat spasi atau karakter kendali; buat nama login yang biasa"
        case let .usernameGeneration(person, reason):
            return "nama pengguna untuk \(person) tidak dapat dibuat (\(reason)); perbaiki nama orang tersebut atau tentukan nama pengguna secara manual"
        case .invalidRequestIDPrefix(let prefix):
            return "awalan nomor permohonan '\(prefix)' tidak dapat dipakai; gunakan 1–16 huruf atau angka ASCII seperti REQ"
        case .unknownDecree(let number):
            return "SK \(number) tidak ditemukan; periksa nomornya pada daftar SK"
        case .aborted(let reason):
            return "proses dihentikan dan semua perubahannya dibatalkan, karena \(reason)"
        case let .replicationGap(expected, got):
            return "salinan menunggu catatan audit #\(expected) berikutnya tetapi dikirimi #\(got) (atau catatan yang tidak menyambung rantainya): salinan ini dan log kantor telah bercabang; mulai salinan baru"
        case .replicationUnauthentic(let seq):
            return "catatan audit #\(seq) yang dikirim tidak membawa hash-nya sendiri atau kode autentikasi dari kunci audit salinan ini: tidak ada yang disimpan; periksa bahwa salinan memakai kunci audit kantor dan tidak ada yang mengubah catatan di perjalanan"
        }
    }
}

/// The outcome of verifying the audit log in Bahasa Indonesia.
extension AuditVerification: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        switch self {
        case let .intact(count, head): return "log audit utuh: \(count) catatan, hash terakhir \(head)"
        case .broken(let problem): return problem.text(in: language)
        }
    }
}

/// The first broken audit record in Bahasa Indonesia; English stays ``AuditBreak/description``.
extension AuditBreak: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        let what = "catatan audit #\(seq) \(problem.text(in: language))"
        switch problem {
        case .unauthenticated(afterAuthenticated: false):
            return "\(what); jika basis data ini ditulis oleh versi sebelum ada kunci audit, periksa lalu segel sekali dengan `hakakses audit seal`, jika tidak pulihkan dari salinan yang telah diverifikasi"
        case .macMismatch(firstRecord: true, _):
            return "\(what); jika semua catatan gagal, kunci audit yang dikonfigurasi bukan kunci yang dipakai menulis log kantor ini (konfigurasikan berkas kunci yang benar), jika tidak log telah diubah oleh orang tanpa kunci: pulihkan dari salinan yang telah diverifikasi dan telusuri siapa yang memiliki akses ke berkasnya"
        default:
            return "\(what); log telah diubah di luar program ini, jadi pulihkan dari salinan yang telah diverifikasi dan telusuri siapa yang memiliki akses ke berkasnya"
        }
    }
}

/// What is wrong with an audit record, as a clause after "catatan audit #N".
extension AuditProblem: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        switch self {
        case .missing(let found):
            return "hilang (catatan berikutnya #\(found))"
        case let .truncated(table, referenced):
            return "hilang (log berakhir sebelum catatan ini, padahal \(table) merujuk catatan #\(referenced))"
        case let .prevHashMismatch(expected, found):
            return "tidak menyambung dengan catatan sebelumnya (prev_hash \(found), seharusnya \(expected))"
        case let .hashMismatch(computed, stored):
            return "telah diubah (isinya menghasilkan hash \(computed), tetapi yang tersimpan \(stored))"
        case let .macMismatch(_, fingerprint):
            return "tidak membawa kode autentikasi kunci audit (kunci \(fingerprint)): catatan ini ditulis atau dirangkai ulang tanpa kunci"
        case .unauthenticated(true):
            return "tidak membawa kode autentikasi padahal catatan sebelumnya membawanya: catatan ini disisipkan tanpa kunci audit"
        case .unauthenticated(false):
            return "tidak membawa kode autentikasi: catatan ini ditulis sebelum kantor ini memiliki kunci audit"
        case .undecodable(let reason):
            return "bukan peristiwa alur kerja yang dapat dibaca (\(reason))"
        case let .refused(error, authenticated):
            let reason = if case let .eventRefused(_, _, inner) = error { inner } else { error }
            guard authenticated else { return "ditolak saat diputar ulang karena \(reason.text(in: language))" }
            return "ditolak saat diputar ulang karena \(reason.text(in: language)). Kode autentikasinya dengan kunci audit sah: berkas SOP atau berkas peran telah diubah sesudah catatan ini ditulis (kembalikan versi yang berlaku saat itu; SOP baru memerlukan basis data baru), atau seseorang yang memegang kunci audit menulisnya"
        }
    }
}

extension AuditAnchor: LocalizedText {
    /// "catatan #N (hash …, dijangkarkan …)".
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        return "catatan #\(seq) (hash \(hash.prefix(16))…\(anchoredAt.map { ", dijangkarkan \(StoreTime.iso($0))" } ?? ""))"
    }
}

/// A database rolled back below the directory's anchor, in Bahasa Indonesia; English stays
/// ``AnchorMismatch/description``.
extension AnchorMismatch: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        let anchored = anchor.text(in: language)
        let recover = "pulihkan cadangan basis data terbaru yang memuat \(anchored); jika hilangnya catatan sesudahnya memang disengaja (pemulihan bencana), catat dengan `hakakses audit reanchor --reason \"…\"` di server, yang memindahkan jangkar dan menyimpan kehilangan itu di log audit"
        switch kind {
        case .behind(let head):
            return "basis data berakhir pada catatan audit #\(head), tetapi jangkar di direktori menunjukkan bahwa \(anchored) pernah ada: basis data dikembalikan ke salinan lama atau catatan di ujungnya terpotong, sehingga tidak ada yang ditulis ke direktori; \(recover)"
        case .diverged(let found):
            return "catatan audit #\(anchor.seq) memiliki hash \(found.prefix(16))…, tetapi jangkar di direktori menyebut \(anchored): basis data telah diganti dengan riwayat lain, sehingga tidak ada yang ditulis ke direktori; \(recover)"
        }
    }
}

/// An unusable audit key in Bahasa Indonesia; English stays ``AuditKeyError/description``.
extension AuditKeyError: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        switch self {
        case .missing(let path):
            return "kunci audit \(path) tidak ada; `hakakses init` membuatnya — pulihkan dari cadangan kunci kantor (tanpa kunci itu tidak ada catatan yang dapat ditulis atau diverifikasi)"
        case .exists(let path):
            return "kunci audit sudah ada di \(path); kunci tidak pernah ditimpa, karena catatan kantor diautentikasi dengannya"
        case let .unreadable(path, reason):
            return "kunci audit \(path) tidak dapat dibaca (\(reason)); jalankan sebagai pengguna layanan pemiliknya"
        case let .tooOpen(path, mode):
            return "kunci audit \(path) dapat dibaca atau ditulis pengguna lain (mode \(String(mode, radix: 8))); jalankan `chmod 600 \(path)` dan periksa siapa yang menyalinnya"
        case .malformed(let path):
            return "kunci audit \(path) bukan 64 digit heksadesimal; pulihkan dari cadangan kunci kantor"
        case .wrongLength(let bits):
            return "kunci audit harus 256 bit, bukan \(bits)"
        }
    }
}
