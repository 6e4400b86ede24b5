/// Refused SK spreadsheets in Bahasa Indonesia; English stays ``RosterCSVError/description``.
extension RosterCSVError: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        switch self {
        case .empty:
            return "berkasnya kosong; ekspor lampiran SK dengan baris judul (Nama;NIP;NIK;Peran;Unit Kerja) dan satu baris per orang"
        case .noRows(let headerLine):
            return "berkas memiliki baris judul (baris \(headerLine)) tetapi tidak ada isinya; tambahkan satu baris untuk setiap orang yang disebut dalam SK"
        case .invalidUTF8(let line):
            return "baris \(line) bukan teks UTF-8 yang sah; di Excel gunakan Save As 'CSV UTF-8 (Comma delimited)' lalu impor berkas tersebut"
        case let .missingColumns(missing, found):
            let wanted = missing.map { RosterCSVField.acceptedHeaders(for: $0, in: language) }
            return "baris judul tidak memiliki kolom \(wanted.joined(separator: "; tidak ada kolom ")); yang ditemukan: \(language.list(found))"
        case let .duplicateColumn(column, headers):
            return "baris judul memuat kolom \(column) lebih dari sekali (\(language.list(headers.map { "'\($0)'" }))); pertahankan salah satunya"
        case .lines(let errors):
            return errors.map { $0.text(in: language) }.joined(separator: "\n")
        }
    }
}

extension RosterCSVError.LineError: LocalizedText {
    /// "baris 7 (NIP): pesan" or "baris 7: pesan".
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        let text = problem.text(in: language)
        guard let column else { return "baris \(line): \(text)" }
        return "baris \(line) (\(column)): \(text)"
    }
}

extension RosterCSVLineProblem: LocalizedText {
    /// What is wrong on the line and how to fix it; a damaged number cell keeps the advice to format the column as
    /// Text.
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        let fix = "format kolomnya sebagai Text di Excel, ketik ulang nomornya dari KTP atau SK, lalu ekspor ulang CSV-nya"
        switch self {
        case .unclosedQuote(let line):
            return "nilai berpetik yang dibuka pada baris \(line) tidak pernah ditutup; akhiri dengan \" atau gandakan tanda petik di dalamnya"
        case .textAfterQuote(let field):
            return "kolom ke-\(field) memuat teks sesudah tanda petik penutup; di dalam nilai berpetik tulis setiap \" sebagai \"\""
        case let .strayValue(value, column, separator):
            return "'\(value)' berada di kolom ke-\(column) yang tidak memiliki judul; apit nilai yang memuat '\(separator)' dengan tanda petik ganda"
        case .emptyName:
            return "nama kosong; tulis nama beserta gelar seperti dalam SK, misalnya 'Drs. MUHAMMAD IMRON'"
        case .identity(let error):
            return error.text(in: language)
        case .request(let error):
            return error.text(in: language)
        case let .numberCell(damage, text, column):
            let lost = column == .nip ? "NIP 18 digit kehilangan 3 digit terakhirnya" : "NIK 16 digit kehilangan digit terakhirnya"
            let why = "Excel hanya menyimpan 15 digit sebuah angka, sehingga \(lost)"
            switch damage {
            case .scientific:
                return "\(column.label) '\(text)' tertulis dalam notasi ilmiah: selnya berformat angka, dan \(why); \(fix)"
            case .grouped:
                return "\(column.label) '\(text)' memuat pemisah ribuan seperti sel angka yang diekspor, dan \(why); \(fix)"
            case .decimals:
                return "\(column.label) '\(text)' memuat angka desimal seperti sel angka yang diekspor, dan \(why); \(fix)"
            case .zeroedSequence:
                return "\(column.label) '\(text)' berakhir dengan \(column == .nip ? "000" : "0000"), nomor urut yang tidak ada tetapi ditinggalkan oleh sel angka: \(why); \(fix)"
            }
        case let .suspectedTrailingZero(text, damagedLine, nikCount):
            let reason = if let damagedLine {
                "NIK lain di kolom ini tersimpan sebagai angka (baris \(damagedLine))"
            } else {
                "semua NIK di kolom ini (\(nikCount)) berakhir dengan 0, seperti yang ditinggalkan sel angka"
            }
            return "NIK '\(text)' berakhir dengan 0 dan kemungkinan kehilangan digit terakhirnya: \(reason), dan Excel hanya menyimpan 15 digit sebuah angka; \(fix)"
        case .noIdentifier:
            return "NIP maupun NIK tidak diisi; isikan NIP (untuk ASN) atau NIK"
        case let .duplicate(column, value, firstLine):
            return "\(column.label) \(value) sudah ada di baris \(firstLine); cantumkan setiap orang satu kali, dengan semua perannya dalam satu sel"
        case .noRole(let known):
            return "peran tidak diisi; tulis satu atau lebih dari \(known)"
        case let .unknownRoles(names, known):
            return "peran SIAK \(language.list(names.map { "'\($0)'" })) tidak dikenal; yang dikenal: \(known)"
        case .emptyValue(let label):
            return "\(label) kosong; isilah, misalnya 'Bidang PIAK'"
        case .controlCharacter:
            return "nilainya memuat karakter kendali; ketik ulang sebagai teks biasa"
        }
    }
}

extension RosterCSVWarning: LocalizedText {
    /// "baris 3: [id] pesan".
    public func text(in language: Language) -> String {
        language.pick(id: "baris \(line): \(warning.text(in: language))", en: description)
    }
}

extension RosterCSVField {
    /// "Peran (atau Hak Akses, Role, Peran SIAK, Roles)"; other text is returned unchanged.
    static func acceptedHeaders(for label: String, in language: Language) -> String {
        guard language == .indonesian else { return acceptedHeaders(for: label) }
        if label == "NIP or NIK" { return "NIP atau NIK" }
        guard let field = allCases.first(where: { $0.label == label }), field.headers.count > 1 else { return label }
        return "\(label) (atau \(field.headers.dropFirst().joined(separator: ", ")))"
    }
}

/// Configuration problems in Bahasa Indonesia, for an office's administrator: the location and the sentence stay as
/// written (they name YAML keys, which are English), framed in Indonesian.
extension ConfigError: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        return path.isEmpty ? "konfigurasi tidak sah: \(message)" : "konfigurasi tidak sah di \(path): \(message)"
    }
}
