/// Refused request data in Bahasa Indonesia; English stays ``RequestError/description``.
extension RequestError: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        switch self {
        case .identity(let error):
            return error.text(in: language)
        case let .emptyField(field, owner):
            return "\(field) milik \(owner) kosong; isilah"
        case .controlCharacter(let field):
            return "\(field) memuat karakter kendali; ketik ulang sebagai teks biasa"
        case .invalidUID(let uid):
            return "uid '\(uid)' bukan nama pengguna direktori; gunakan nama login tanpa spasi"
        case .emptyEvidence:
            return "bukti memerlukan nomor referensi atau hash berkas; berikan --evidence DOK=NOMOR atau --file DOK=BERKAS"
        case .invalidHash(let hash):
            return "'\(hash)' bukan SHA-256; berikan 64 digit heksadesimal hash berkas"
        case .fileNameWithoutHash(let name):
            return "berkas '\(name)' disebut tanpa SHA-256-nya; catat berkas dengan --file DOK=BERKAS agar hash-nya diambil"
        case .malformedPersonKey(let text):
            return "'\(text)' bukan kunci orang; tulis nip:18-DIGIT atau nik:16-DIGIT"
        }
    }
}

/// Refused SKs in Bahasa Indonesia; English stays ``DecreeError/description``.
extension DecreeError: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        switch self {
        case let .malformedNumber(text, reason):
            return "nomor SK '\(text)' \(reason.indonesian); tulis seperti 000.8.3.3/240/Dukcapil/2025"
        case .emptyTitle(let number):
            return "SK \(number) tidak berjudul; salin judulnya (tentang …) dari SK"
        case let .endNotAfterStart(number, from, until):
            return "SK \(number) berakhir pada \(until), tidak sesudah mulai berlaku pada \(from); periksa kedua tanggal"
        case .noGrants(let number):
            return "SK \(number) tidak memberikan akses kepada siapa pun; tambahkan nama-nama dalam lampirannya"
        case let .duplicateGrant(number, key):
            return "SK \(number) mencantumkan \(key) dua kali; gabungkan barisnya menjadi satu dengan beberapa peran"
        case let .grantWithoutRole(number, key):
            return "SK \(number) tidak memberi \(key) peran SIAK; tambahkan perannya sesuai lampiran"
        case .supersedesItself(let number):
            return "SK \(number) menyebut dirinya sendiri sebagai SK yang digantikan; sebutkan hanya SK yang lebih dahulu"
        case .invalidGrant(let error):
            return error.text(in: language)
        case let .partlySigned(number, hasSigner):
            return hasSigner
                ? "SK \(number) menyebut penandatangan tetapi tidak tanggal tanda tangannya; isi keduanya (--signed) atau tidak sama sekali"
                : "SK \(number) memuat tanggal tanda tangan tetapi tidak penandatangannya; isi keduanya (--signer-name, --signer-nip) atau tidak sama sekali"
        }
    }
}

extension DecreeError.NumberProblem {
    /// The clause after "nomor SK '…'".
    var indonesian: String {
        switch self {
        case .controlCharacter: "memuat karakter kendali"
        case .noSlash: "tidak memiliki '/' di antara bagian-bagiannya"
        case .emptySegment: "memiliki bagian yang kosong"
        case .noYear: "tidak diakhiri tahun 4 digit"
        case .tooLong: "lebih dari 128 karakter"
        }
    }
}

/// Username rules and generation in Bahasa Indonesia; English stays ``UsernameError/description``.
extension UsernameError: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        switch self {
        case let .unknownToken(pattern, token):
            return "pola nama pengguna '\(pattern)' memakai penanda {\(token)} yang tidak dikenal; gunakan {first}, {last}, {given}, {surname}, {f}, {nip} atau {nik}"
        case let .unbalancedBrace(pattern):
            return "pola nama pengguna '\(pattern)' memiliki kurung kurawal yang tidak berpasangan; tulis penanda sebagai {first}, {last} dan seterusnya"
        case let .noToken(pattern):
            return "pola nama pengguna '\(pattern)' tidak memuat penanda sehingga semua orang mendapat nama yang sama; tambahkan penanda seperti {first}"
        case let .maxLength(value):
            return "maxLength nama pengguna \(value) di luar 18...256; panjangnya harus memuat NIP 18 digit, nama pengguna cadangan"
        case let .nothingUsable(name):
            return "nama pengguna untuk '\(name)' tidak dapat dibentuk: namanya tidak memuat huruf Latin dan tidak ada NIP atau NIK; tambahkan NIP atau NIK"
        case let .exhausted(base, attempts):
            return "nama pengguna '\(base)' sampai '\(base)\(attempts)' sudah terpakai semua; tentukan nama pengguna secara manual atau ubah polanya"
        }
    }
}
