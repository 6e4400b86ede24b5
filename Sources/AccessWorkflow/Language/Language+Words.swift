/// Small words every language layer needs: lists, and the core's kinds said in each language.
extension Language {
    /// The items joined by ", ", or "(none)" / "(tidak ada)" when there are none.
    public func list(_ items: [String]) -> String {
        guard !items.isEmpty else { return self == .english ? "(none)" : "(tidak ada)" }
        return items.joined(separator: ", ")
    }

    /// `indonesian` or `english`, as this language is; the English form first in the code would read oddly at the
    /// call sites, which are mostly Indonesian-first.
    public func pick(id indonesian: @autoclosure () -> String, en english: @autoclosure () -> String) -> String {
        self == .english ? english() : indonesian()
    }
}

extension Sex: LocalizedText {
    /// "laki-laki" or "perempuan"; English "male" or "female".
    public func text(in language: Language) -> String {
        language.pick(id: self == .male ? "laki-laki" : "perempuan", en: description)
    }
}

extension RequestKind: LocalizedText {
    /// "perorangan" (one applicant) or "daftar usulan" (a proposal list); English "single" or "list".
    public func text(in language: Language) -> String {
        language.pick(id: self == .single ? "perorangan" : "daftar usulan", en: rawValue)
    }
}

extension StepKind: LocalizedText {
    /// The kind of a step as officials call it.
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return rawValue }
        return switch self {
        case .submit: "pengajuan"
        case .review: "pemeriksaan dan persetujuan"
        case .decree: "penerbitan SK"
        case .sign: "tanda tangan SK"
        case .provision: "pembuatan akun"
        case .handover: "serah terima"
        }
    }
}

extension RequestStatus: LocalizedText {
    /// "dalam proses di tahap X", "dikembalikan untuk perbaikan (alasan)", …; English is ``description``.
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        return switch self {
        case .inProgress(let step): "dalam proses di tahap \(step)"
        case .returned(let reason): "dikembalikan untuk perbaikan (\(reason))"
        case .rejected(let reason): "ditolak (\(reason))"
        case .cancelled(let reason): "dibatalkan (\(reason))"
        case .completed: "selesai"
        }
    }
}

extension DecreeStanding: LocalizedText {
    /// "berlaku", "belum berlaku (mulai …)", "berakhir pada …", "digantikan oleh SK … mulai …".
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        return switch self {
        case .inForce: "berlaku"
        case .notYetInForce(let from): "belum berlaku (mulai \(from))"
        case .ended(let on): "berakhir pada \(on)"
        case let .superseded(number, from): "digantikan oleh SK \(number) mulai \(from)"
        }
    }
}

extension DecreePeriod {
    /// "berlaku mulai 2025-02-10" or "berlaku mulai 2025-02-10 sampai 2025-12-31"; English ``periodDescription``.
    public func periodText(in language: Language) -> String {
        guard language == .indonesian else { return periodDescription }
        return "berlaku mulai \(effectiveFrom)" + (effectiveUntil.map { " sampai \($0)" } ?? "")
    }
}

extension RosterBasis: LocalizedText {
    /// "SK 000.8.3.3/240/Dukcapil/2025" or "permohonan REQ-2025-0001".
    public func text(in language: Language) -> String {
        switch self {
        case .decree: description
        case .request(let id): language.pick(id: "permohonan \(id)", en: description)
        }
    }
}

extension RosterConflict: LocalizedText {
    /// What contradicts and how to fix it.
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        return switch self {
        case let .nipWithSeveralNIKs(nip, niks):
            "NIP \(nip) tercantum dengan NIK \(language.list(niks.map(\.digits))); perbaiki NIK yang salah pada SK atau permohonan, lalu jalankan ulang"
        case let .nipWithSeveralNames(nip, names):
            "NIP \(nip) tercantum dengan nama \(language.list(names)); perbaiki NIP atau nama yang milik orang lain"
        case let .nikWithSeveralNIPs(nik, nips):
            "NIK \(nik) tercantum dengan NIP \(language.list(nips.map(\.digits))); perbaiki NIP yang salah pada SK atau permohonan"
        }
    }
}

extension RevocationReason: LocalizedText {
    /// Why access was revoked, as written on the record; English is the raw value.
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return rawValue }
        return switch self {
        case .death: "meninggal dunia"
        case .resignation: "mengundurkan diri"
        case .transfer: "mutasi"
        case .incompetence: "tidak kompeten"
        case .dataLeak: "kebocoran data"
        case .endOfTerm: "masa tugas berakhir"
        case .review: "dicabut dalam review hak akses"
        case .other: "lainnya"
        }
    }
}
