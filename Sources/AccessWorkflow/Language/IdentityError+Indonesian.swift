/// Refused dates, NIPs, NIKs, region codes and names in Bahasa Indonesia; English stays ``IdentityError/description``.
extension IdentityError: LocalizedText {
    public func text(in language: Language) -> String {
        language == .english ? description : indonesian
    }

    private var indonesian: String {
        let nipLayout = "tanggal lahir (8), tahun-bulan TMT pengangkatan (6), jenis kelamin (1), nomor urut (3); NI PPPK memuat tahun perjanjian kerja (4) dan kode (2) sebagai ganti tahun-bulan TMT"
        switch self {
        case let .invalidDate(year, month, day):
            return "\(year)-\(month)-\(day) bukan tanggal yang ada di kalender; periksa tanggal dan bulannya"
        case let .malformedDate(text):
            return "'\(text)' bukan tanggal; tulis dengan bentuk TTTT-BB-HH, misalnya 2025-01-09"
        case let .invalidYearMonth(year, month):
            return "\(year)-\(month) bukan tahun dan bulan yang sah; bulan harus 01 sampai 12"
        case let .nipCharacter(input, character):
            return "NIP '\(input)' memuat '\(character)'; NIP hanya berisi angka, boleh dikelompokkan dengan spasi, '-' atau '.'"
        case let .nipLength(input, digits):
            return "NIP '\(input)' berisi \(digits) digit; NIP terdiri atas 18 digit: \(nipLayout)"
        case let .nipBirthDate(input, field):
            return "NIP '\(input)' diawali \(field), yang bukan tanggal lahir TTTTBBHH yang sah; periksa 8 digit pertama"
        case let .nipAppointmentMonth(input, field):
            return "NIP '\(input)' memuat TMT \(field), yang bukan tahun-bulan TTTTBB yang sah (NIP) dan bukan tahun perjanjian kerja sejak \(NIP.firstAgreementYear) dengan kode seperti 21 (NI PPPK); periksa digit 9 sampai 14"
        case let .nipAppointmentBeforeBirth(input, appointment, birth):
            return "NIP '\(input)' memuat bulan TMT \(appointment) yang tidak sesudah tanggal lahir \(birth); periksa digit 1 sampai 14"
        case let .pppkAgreementBeforeBirth(input, year, birth):
            return "NI PPPK '\(input)' memuat tahun perjanjian kerja \(year) yang tidak sesudah tanggal lahir \(birth); periksa digit 1 sampai 12"
        case let .nipSexDigit(input, digit):
            return "NIP '\(input)' memuat digit jenis kelamin \(digit); digit ke-15 harus 1 (laki-laki) atau 2 (perempuan)"
        case let .nipSequence(input):
            return "NIP '\(input)' berakhir dengan 000; tiga digit terakhir adalah nomor urut 001 sampai 999"
        case let .nikCharacter(input, character):
            return "NIK '\(input)' memuat '\(character)'; NIK hanya berisi angka, boleh dikelompokkan dengan spasi, '-' atau '.'"
        case let .nikLength(input, digits):
            return "NIK '\(input)' berisi \(digits) digit; NIK terdiri atas 16 digit: kode provinsi, kabupaten/kota dan kecamatan (masing-masing 2), tanggal lahir HHBBTT (6), nomor urut (4)"
        case let .nikProvince(input, code):
            return "NIK '\(input)' diawali kode provinsi \(code) yang tidak ada; kode yang sah adalah \(Province.codeRanges)"
        case let .nikRegency(input):
            return "NIK '\(input)' memuat kode kabupaten/kota 00; digit 3 dan 4 harus 01 sampai 99"
        case let .nikDistrict(input):
            return "NIK '\(input)' memuat kode kecamatan 00; digit 5 dan 6 harus 01 sampai 99"
        case let .nikBirthDate(input, field):
            return "NIK '\(input)' memuat tanggal lahir \(field), yang bukan tanggal HHBBTT yang sah (tanggal 01–31, atau 41–71 untuk perempuan); periksa digit 7 sampai 12"
        case let .nikSequence(input):
            return "NIK '\(input)' berakhir dengan 0000; empat digit terakhir adalah nomor urut 0001 sampai 9999"
        case let .nikNoCentury(nik, referenceYear):
            return "NIK '\(nik)' tidak menghasilkan tanggal lahir yang sah pada atau sebelum tahun \(referenceYear); periksa digit 7 sampai 12 atau tahun acuannya"
        case let .unknownProvince(code):
            return "kode provinsi \(code) tidak ada; kode yang sah adalah \(Province.codeRanges)"
        case let .invalidRegency(province, regency):
            return "wilayah \(province).\(regency) memiliki kode kabupaten/kota di luar 01–99; gunakan kode Kemendagri, misalnya 62.08"
        case let .malformedRegion(text):
            return "'\(text)' bukan kode wilayah Kemendagri; tulis kode provinsi dan kabupaten/kota sebagai PP.KK, misalnya 62.08"
        case let .birthDateMismatch(nip, nipDate, nik, nikDate):
            return "NIP '\(nip)' menunjukkan tanggal lahir \(nipDate), tetapi NIK '\(nik)' menunjukkan \(nikDate) (HH-BB-TT); perbaiki nomor yang salah ketik"
        case let .sexMismatch(nip, nipSex, nik, nikSex):
            return "NIP '\(nip)' menunjukkan jenis kelamin \(nipSex.text(in: .indonesian)), tetapi NIK '\(nik)' menunjukkan \(nikSex.text(in: .indonesian)); perbaiki nomor yang salah ketik"
        case let .emptyName(input):
            return "nama '\(input)' tidak bersisa setelah gelar dihapus; tulis nama orangnya, misalnya 'Drs. MUHAMMAD IMRON'"
        case let .nameControlCharacter(input):
            return "nama '\(input.debugDescription)' memuat karakter kendali; ketik ulang sebagai teks biasa"
        case let .missingIdentifier(name):
            return "\(name) tidak memiliki NIP maupun NIK; isikan sedikitnya salah satu"
        }
    }
}

/// Identity warnings in Bahasa Indonesia; English stays ``IdentityWarning/message`` and ``IdentityWarning/description``.
extension IdentityWarning: LocalizedText {
    /// "[id] pesan", as ``description``.
    public func text(in language: Language) -> String {
        "[\(id)] \(message(in: language))"
    }

    /// What looks wrong and how to correct or confirm it, without the id.
    public func message(in language: Language) -> String {
        guard language == .indonesian else { return message }
        switch finding {
        case let .birthDateMismatch(nip, nipDate, nik, nikDate):
            return "\(nip) menunjukkan tanggal lahir \(nipDate), sedangkan NIK \(nik) menunjukkan \(nikDate) (HH-BB-TT); "
                + "jika tanggal lahir dikoreksi setelah NIK terbit, konfirmasi dengan catatan, jika tidak perbaiki nomor yang salah ketik"
        case let .sexMismatch(nip, nipSex, nik, nikSex):
            return "\(nip) menunjukkan jenis kelamin \(nipSex.text(in: language)), sedangkan NIK \(nik) menunjukkan \(nikSex.text(in: language)); "
                + "jika datanya memang berbeda, konfirmasi dengan catatan, jika tidak perbaiki nomor yang salah ketik"
        case let .youngAtAppointment(nip, civilServant, when, age, minimum):
            return "\(nip) menunjukkan \(civilServant ? "TMT pengangkatan" : "tahun perjanjian kerja") \(when) pada usia \(age) tahun, di bawah usia minimum \(minimum) tahun; "
                + "periksa digit 1 sampai 14 dengan SK yang bersangkutan, atau konfirmasi nomor ini dengan catatan"
        case let .unusualAgreementCode(nip, code, usual):
            return "\(nip) memuat kode \(code) pada digit 13–14, padahal BKN menulis \(usual) pada NI PPPK; "
                + "periksa nomornya pada SK PPPK, atau konfirmasi dengan catatan"
        case let .noCivilServantNumber(nik):
            return "NIK \(nik) diusulkan tanpa NIP maupun NI PPPK, jadi menurut nomornya calon ini bukan PNS atau PPPK; "
                + "isikan NIP jika ada, atau konfirmasi dengan catatan mengapa petugas non-ASN diberi akses SIAK "
                + "(misalnya surat penugasannya)"
        }
    }
}
