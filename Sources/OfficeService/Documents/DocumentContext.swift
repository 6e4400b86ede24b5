import AccessWorkflow
import Foundation

/// The data a template sees, in Bahasa Indonesia (templates are edited by the office; see
/// config/templates/README.md for every name). Common to every document:
///
/// - `kantor`: `kantor.yaml` as written (`{{kantor.kop.dinas}}`, `{{kantor.kota}}`, …), `logo`: the letterhead's
///   logo as a data URL, `kantorNama`: the office's name from the SOP;
/// - `dokumen`: `jenis`, `judul`, `nomor`, `tanggal` ("23 November 2026"), `hari`, `pukul` ("08.30 WIB"),
///   `dibuatOleh` (the official who printed it);
/// - `sop`: `nomor`, `judul`.
///
/// Each kind adds its own (``DocumentContext/build(_:_:)``). No password is ever part of it.
enum DocumentContext {
    static func build(_ facts: DocumentFacts, _ templates: DocumentTemplates) throws(OfficeError) -> [String: Any] {
        var context = common(facts, templates)
        switch facts.kind {
        case .daftarUsulan: context.merge(try proposal(facts), uniquingKeysWith: { $1 })
        case .disposisi: context.merge(try disposition(facts), uniquingKeysWith: { $1 })
        case .biodata, .paktaIntegritas: context.merge(try personal(facts), uniquingKeysWith: { $1 })
        case .skKadis: context.merge(try decree(facts, templates, base: context), uniquingKeysWith: { $1 })
        case .bast: context.merge(try handover(facts), uniquingKeysWith: { $1 })
        case .suratJawaban: context.merge(try answer(facts), uniquingKeysWith: { $1 })
        case .laporanReview: context.merge(try reviewReport(facts), uniquingKeysWith: { $1 })
        case .laporanSLA: context.merge(slaReport(facts), uniquingKeysWith: { $1 })
        }
        return context
    }

    private static func common(_ facts: DocumentFacts, _ templates: DocumentTemplates) -> [String: Any] {
        let offset = facts.sop.office.utcOffset
        let today = CivilDate(facts.now, offset: offset)
        var context: [String: Any] = [
            "kantor": templates.kantor,
            "kantorNama": facts.sop.office.name,
            "kota": "\(templates.kantor["kota"] ?? "")",
            "dokumen": [
                "jenis": facts.kind.rawValue, "judul": facts.kind.title, "nomor": facts.number,
                "tanggal": IndonesianText.date(today), "hari": IndonesianText.dayName(today),
                "pukul": IndonesianText.time(facts.now, offset: offset),
                "dibuatOleh": facts.maker.displayName,
            ] as [String: Any],
            "sop": ["nomor": facts.sop.number, "judul": facts.sop.title, "versi": facts.sopVersion.number, "berversi": facts.sopVersion.number > 0, "label": facts.sopVersion.label] as [String: Any],
        ]
        if let logo = logo(templates) { context["logo"] = logo }
        return context
    }

    /// The letterhead's logo (`kop.logo`: a PNG, JPEG or SVG file in the templates folder) as a data URL.
    private static func logo(_ templates: DocumentTemplates) -> String? {
        guard let kop = templates.kantor["kop"] as? [String: Any], let name = kop["logo"] as? String, !name.isEmpty,
              !name.contains(".."), let data = FileManager.default.contents(atPath: templates.folder.appendingPathComponent(name).path)
        else { return nil }
        let type = EvidenceFileType.detect(data)?.contentType ?? (name.lowercased().hasSuffix(".svg") ? "image/svg+xml" : nil)
        return type.map { "data:\($0);base64,\(data.base64EncodedString())" }
    }

    // MARK: - People and officials

    /// A person's row: `no`, `nama`, `nip`, `nik`, `identitas` ("NIP …" or "NIK …"), `jenisKelamin`,
    /// `tanggalLahir`, `peran`, `dasarPeran`, `unitKerja`, `jabatan`, `username` (`false` where there is no value).
    static func person(_ person: Person, roles: [SIAKRoleID], workUnit: String, position: String?, number: Int,
                       facts: DocumentFacts) -> [String: Any] {
        var row: [String: Any] = [
            "no": number, "nama": person.name.displayName, "unitKerja": workUnit,
            "identitas": person.nip.map { "\($0.kind.label) \($0.formatted)" } ?? person.nik.map { "NIK \($0.digits)" } ?? "",
            "peran": roles.map { roleTitle($0, facts) }.joined(separator: ", "),
            "dasarPeran": roles.compactMap { try? facts.state.catalogue.role($0).legalBasis }.joined(separator: ", "),  // try?: a role of the request is in the catalogue (checked when filed); a role without a legal basis adds none
        ]
        let born = person.nip?.birthDate
            ?? (try? person.nik?.birthDate(referenceYear: CivilDate(facts.now, offset: facts.sop.office.utcOffset).year))  // try?: the recorded birth date comes first; a NIK that gives none leaves the field empty on the page
        row["nip"] = orFalse(person.nip?.formatted)
        row["nik"] = orFalse(person.nik?.digits)
        row["jabatan"] = orFalse(position)
        row["jenisKelamin"] = orFalse((person.nip?.sex ?? person.nik?.sex).map(IndonesianText.sex))
        row["tanggalLahir"] = orFalse(born.map(IndonesianText.date))
        row["username"] = orFalse(facts.usernames[person.key])
        return row
    }

    /// `value`, or `false` where there is none: a name left out would make Mustache print the same name of an
    /// enclosing block (another person's NIP), `false` prints nothing and opens `{{^name}}`.
    static func orFalse(_ value: Any?) -> Any { value ?? false }

    static func roleTitle(_ id: SIAKRoleID, _ facts: DocumentFacts) -> String {
        (try? facts.state.catalogue.role(id).title) ?? id.rawValue  // try?: a role no longer in the catalogue is printed by its id rather than not at all
    }

    /// An official's block: `nama`, `nip`, `jabatan` (the office's title of the role they acted in).
    static func official(_ actor: WorkflowActor, step: StepDefinition?, facts: DocumentFacts) -> [String: Any] {
        ["nama": actor.displayName, "jabatan": title(of: actor, at: step, facts.sop), "nip": orFalse(actor.nip?.formatted)]
    }

    /// The office's title of the role `actor` holds among `step`'s executors (else any role they hold).
    static func title(of actor: WorkflowActor, at step: StepDefinition?, _ sop: SOPDefinition) -> String {
        let roles = (step?.executors.links.flatMap { $0 } ?? []) + actor.roles.sorted()
        for role in roles where actor.holds(role) {
            if let title = sop.role(role)?.title { return title }
        }
        return "Pemohon"
    }

    /// The staff member by uid, from every action and SK in the state (for records that keep only the uid).
    static func actor(uid: String, _ facts: DocumentFacts) -> WorkflowActor? {
        if facts.maker.uid == uid { return facts.maker }
        for request in facts.state.requests.values {
            if let record = request.records.last(where: { $0.actor.uid == uid }) { return record.actor }
        }
        return facts.state.decrees.values.first { $0.recordedBy.uid == uid }?.recordedBy
    }

    /// The official who did the step whose output is an SOP document with `word` in its id (e.g. "pakta"); before
    /// the step is done, its executor's title with a blank to sign on; nil if the SOP has no such step.
    static func official(forOutputContaining word: String, _ facts: DocumentFacts) -> [String: Any]? {
        guard let step = facts.sop.steps.first(where: { $0.output?.rawValue.contains(word) == true }) else { return nil }
        if let record = facts.request?.completion(of: step.id) { return official(record.actor, step: step, facts: facts) }
        let title = step.executors.completing.map { facts.sop.role($0)?.title ?? $0.rawValue }.joined(separator: " / ")
        return ["nama": "(.................................)", "jabatan": title, "nip": false]
    }

    /// `permohonan`: `id`, `diajukan` (date of filing), `tanggalSurat`, `nomorSurat`, `jumlah`, `jumlahTerbilang`.
    static func requestBlock(_ request: AccessRequest, _ facts: DocumentFacts) -> [String: Any] {
        let offset = facts.sop.office.utcOffset
        let submitted = request.completion(of: facts.sop.submitStep.id)?.at ?? request.filedAt
        var block: [String: Any] = [
            "id": request.id.rawValue, "diajukan": IndonesianText.date(CivilDate(submitted, offset: offset)),
            "jumlah": request.candidates.count, "jumlahTerbilang": IndonesianText.words(request.candidates.count),
        ]
        if let letter = request.letterDate { block["tanggalSurat"] = IndonesianText.date(letter) }
        if let output = facts.sop.submitStep.output ?? facts.sop.submitStep.inputs.first,
           let reference = request.evidence[output]?.reference {
            block["nomorSurat"] = reference
        }
        return block
    }
}
