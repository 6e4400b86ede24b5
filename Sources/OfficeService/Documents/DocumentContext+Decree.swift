import AccessWorkflow
import Foundation

extension DocumentContext {
    /// `sk-kadis`: `sk` (`nomor`, `judul`, `judulBesar`, `ditetapkan`, `berlakuMulai`, `berlakuSampai`, `mencabut`,
    /// `adaMencabut`, `permohonan`), `penandatangan` (`nama`, `nip`, `jabatan`, `pangkat`), `lampiran` (person rows),
    /// `jumlahOrang`, and the decree's parts from `sk:` in `kantor.yaml` — `menimbang` (`huruf`, `isi`), `mengingat`
    /// (`no`, `isi`), `diktum` (`ordinal` KESATU, KEDUA, …, `isi`), `tembusan` (`no`, `isi`). Each part is itself a
    /// template over this context; a part that comes out empty (e.g. `{{#sk.adaMencabut}}…{{/sk.adaMencabut}}` for
    /// an SK that replaces none) is left out, and the diktum are numbered after that.
    /// Dots for a date or name written by hand on a draft.
    static let blank = "…………………………"

    static func decree(_ facts: DocumentFacts, _ templates: DocumentTemplates, base: [String: Any]) throws(OfficeError)
        -> [String: Any]
    {
        guard let record = facts.decree else {
            throw .badInput(.said(Phrase(id: "SK dicetak untuk sebuah SK: berikan --decree NOMOR, atau --request ID dari permohonan yang SK-nya sudah terbit", en: "an SK is printed for an SK: give --decree NUMBER, or --request ID of a request whose SK is issued")))
        }
        let sk = record.decree
        var block: [String: Any] = [
            "nomor": sk.number.description, "judul": sk.title, "judulBesar": sk.title.uppercased(),
            // A draft awaiting the Kadis's signature is printed for him to sign: the date and name are left to write.
            "ditetapkan": sk.signedOn.map(IndonesianText.date) ?? Self.blank, "konsep": !sk.isSigned,
            "berlakuMulai": IndonesianText.date(sk.effectiveFrom),
            "mencabut": sk.supersedes.map(\.description), "adaMencabut": !sk.supersedes.isEmpty,
            "mencabutDaftar": sk.supersedes.map(\.description).joined(separator: ", "),
        ]
        if let until = sk.effectiveUntil { block["berlakuSampai"] = IndonesianText.date(until) }
        if let request = sk.requestID { block["permohonan"] = request.rawValue }
        let sekda = templates.kantor["kepalaDinas"] as? [String: Any]
        let post = (sekda?["jabatan"]).map { "\($0)" } ?? "KEPALA \(facts.sop.office.name.uppercased())"
        var signer: [String: Any] = [
            "nama": sk.signer?.name.displayName ?? Self.blank, "nip": sk.signer?.nip.formatted ?? Self.blank,
            // Signed by a Plt./Plh. of the Kadis: "Plh. KEPALA DINAS …" above the acting official's own name and NIP.
            "jabatan": sk.signer?.acting.map { "\($0.prefix) \(post)" } ?? post,
        ]
        if let rank = sekda?["pangkat"] { signer["pangkat"] = "\(rank)" }
        let attachment = sk.grants.enumerated().map { index, grant in
            person(grant.person, roles: grant.roles, workUnit: grant.workUnit, position: grant.position, number: index + 1,
                   facts: facts)
        }
        var context = base
        context["sk"] = block
        context["penandatangan"] = signer
        context["lampiran"] = attachment
        context["jumlahOrang"] = attachment.count
        context["jumlahOrangTerbilang"] = IndonesianText.words(attachment.count)
        let parts = templates.kantor["sk"] as? [String: Any] ?? [:]
        func texts(_ key: String) throws(OfficeError) -> [String] {
            guard let raw = parts[key] else { return [] }
            guard let list = raw as? [Any] else {
                throw .badInput(.said(Phrase(id: "sk.\(key) dalam \(templates.kantorFile.path) harus berupa daftar teks (baris yang diawali '- ')", en: "sk.\(key) in \(templates.kantorFile.path) must be a list of texts (lines starting with '- ')")))
            }
            var rendered: [String] = []
            for (index, item) in list.enumerated() {
                let text = try templates.renderText("\(item)", at: "sk.\(key)[\(index + 1)]", context)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { rendered.append(text) }
            }
            return rendered
        }
        let diktum = try texts("diktum")
        guard !diktum.isEmpty else {
            throw .badInput(.said(Phrase(id: "\(templates.kantorFile.path) tidak memiliki sk.diktum (diktum SK: KESATU, KEDUA, …); tambahkan (lihat kantor/*.yaml bawaan)", en: "\(templates.kantorFile.path) has no sk.diktum (the articles of the SK: KESATU, KEDUA, …); add them (see the shipped kantor/*.yaml)")))
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        context["menimbang"] = try texts("menimbang").enumerated().map { index, text in
            ["huruf": index < letters.count ? String(letters[index]) : String(index + 1), "isi": text] as [String: Any]
        }
        context["mengingat"] = try texts("mengingat").enumerated().map { ["no": $0 + 1, "isi": $1] as [String: Any] }
        context["diktum"] = diktum.enumerated().map { ["ordinal": IndonesianText.diktum($0 + 1), "isi": $1] }
        let copies = try texts("tembusan")
        context["tembusan"] = copies.enumerated().map { ["no": $0 + 1, "isi": $1] as [String: Any] }
        context["adaTembusan"] = !copies.isEmpty
        return context
    }
}
