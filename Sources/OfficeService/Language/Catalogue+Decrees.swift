import AccessWorkflow

/// SKs Kadis: issuing one for a request, importing one from its attachment, the list and one SK in full.
public struct DecreeTexts: Sendable {
    public let noDecrees = Phrase(id: "belum ada SK yang tercatat", en: "no SKs recorded")

    /// "SK … dicatat untuk REQ-…, berlaku mulai …".
    public func issued(_ number: String, for request: String, period: String) -> Phrase {
        Phrase(id: "SK \(number) dicatat untuk \(request), \(period)", en: "SK \(number) recorded for \(request), \(period)")
    }

    /// "SK … diimpor: 12 orang, berlaku mulai …".
    public func imported(_ number: String, people: Int, period: String) -> Phrase {
        Phrase(id: "SK \(number) diimpor: \(people) orang, \(period)", en: "SK \(number) imported: \(people) people, \(period)")
    }

    public func ignoredColumns(_ columns: [String]) -> Phrase {
        Phrase(id: "kolom yang diabaikan: \(columns.joined(separator: ", "))", en: "ignored columns: \(columns.joined(separator: ", "))")
    }

    public func awaitsConfirmation(_ number: String, by confirmers: String) -> Phrase {
        Phrase(id: "SK \(number) baru berlaku setelah \(confirmers) mengonfirmasinya dengan pindaian SK yang ditandatangani: `hakakses decree confirm \(number) --scan BERKAS` (empat mata; bukan oleh pencatatnya)",
               en: "SK \(number) takes effect only when \(confirmers) confirms it with the scan of the signed SK: `hakakses decree confirm \(number) --scan FILE` (four eyes; not by whoever recorded it)")
    }

    public func awaitsYourConfirmation(_ number: String) -> Phrase {
        Phrase(id: "SK \(number) menunggu konfirmasi Anda: `hakakses decree confirm \(number) --scan BERKAS`",
               en: "SK \(number) awaits your confirmation: `hakakses decree confirm \(number) --scan FILE`")
    }

    public func supersessionRevokes(_ number: String, people: Int) -> Phrase {
        Phrase(id: "penggantian SK oleh SK \(number) mencabut akses \(people) orang", en: "the supersession by SK \(number) revokes the access of \(people) people")
    }

    /// An SK drafted where the Kadis signs at a later step.
    public func awaitsSignature(_ number: String, request: String, by signer: String) -> Phrase {
        Phrase(id: "SK \(number) masih konsep dan baru berlaku setelah ditandatangani \(signer): `hakakses decree sign --request \(request) --signed TANGGAL --scan BERKAS` (penandatangan diambil dari direktori)",
               en: "SK \(number) is a draft and takes effect only when signed by \(signer): `hakakses decree sign --request \(request) --signed DATE --scan FILE` (the signer is taken from the directory)")
    }

    public func signedBy(_ number: String, signer: String, on date: String, people: Int, period: String) -> Phrase {
        Phrase(id: "SK \(number) ditandatangani \(signer) pada \(date) dan berlaku: \(people) orang, \(period)",
               en: "SK \(number) signed by \(signer) on \(date) and in the record: \(people) people, \(period)")
    }

    public func unsigned(from: String, until: String?) -> Phrase {
        Phrase(id: "konsep, belum ditandatangani Kepala Dinas; berlaku \(from) – \(until ?? "tanpa batas") setelah ditandatangani",
               en: "draft, not yet signed by the Kadis; in force \(from) – \(until ?? "open") once signed")
    }

    public func confirmed(_ number: String, people: Int, period: String) -> Phrase {
        Phrase(id: "SK \(number) dikonfirmasi dan berlaku: \(people) orang, \(period)", en: "SK \(number) confirmed and in the record: \(people) people, \(period)")
    }

    public func withdrawn(_ number: String) -> Phrase {
        Phrase(id: "SK \(number) ditarik: tidak akan berlaku, dan nomornya bebas lagi", en: "SK \(number) withdrawn: it never takes effect, and its number is free again")
    }

    public func sessionsEnded(_ uid: String, count: Int) -> Phrase {
        Phrase(id: "\(count) sesi \(uid) diakhiri", en: "\(count) sessions of \(uid) ended")
    }

    public func queued(_ changes: Int) -> Phrase {
        Phrase(id: "\(changes) perubahan direktori dalam antrean; server kantor akan menerapkannya (atau jalankan `hakakses sync`)",
               en: "\(changes) directory changes queued; the office server applies them (or run `hakakses sync`)")
    }

    /// "SK …: judul".
    public func heading(_ number: String, title: String) -> Phrase {
        Phrase(same: "SK \(number): \(title)")
    }

    /// "ditandatangani 2025-02-03 oleh … (NIP …); berlaku 2025-02-10 – tanpa batas".
    public func signed(on date: String, by signer: String, nip: String, from: String, until: String?) -> Phrase {
        Phrase(id: "ditandatangani \(date) oleh \(signer) (NIP \(nip)); berlaku \(from) – \(until ?? "tanpa batas")",
               en: "signed \(date) by \(signer) (NIP \(nip)); in force \(from) – \(until ?? "open")")
    }

    public func supersedes(_ numbers: [String]) -> Phrase {
        Phrase(id: "menggantikan \(numbers.joined(separator: ", "))", en: "supersedes \(numbers.joined(separator: ", "))")
    }

    public func supersededBy(_ number: String, from: String) -> Phrase {
        Phrase(id: "digantikan oleh SK \(number) mulai \(from)", en: "superseded by SK \(number) from \(from)")
    }

    /// "dicatat oleh kasi pada … untuk REQ-…" or "… (impor)".
    public func recorded(by actor: String, at time: String, request: String?) -> Phrase {
        Phrase(id: "dicatat oleh \(actor) pada \(time)\(request.map { " untuk \($0)" } ?? " (impor)")",
               en: "recorded by \(actor) on \(time)\(request.map { " for \($0)" } ?? " (imported)")")
    }
}
