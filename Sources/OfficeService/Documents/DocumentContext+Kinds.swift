import AccessWorkflow
import Foundation

extension DocumentContext {
    /// `daftar-usulan`: `permohonan`, `pengusul` (the official who filed it, or the applicant), `calon` (person
    /// rows), `dicoret` (`nama`, `alasan`, `oleh`, `tanggal`) with `adaDicoret`, and `paraf` (`jabatan`, `nama`,
    /// `tanggal`, `catatan`, `hasil`) of the step that approves it.
    static func proposal(_ facts: DocumentFacts) throws(OfficeError) -> [String: Any] {
        let request = try requireRequest(facts)
        let offset = facts.sop.office.utcOffset
        let filing = request.records.first
        var proposer: [String: Any] = [
            "nama": request.applicant.name.displayName, "jabatan": "Pemohon", "nip": orFalse(request.applicant.nip?.formatted),
        ]
        if let filing, request.applicant.isSamePerson(as: filing.actor) || request.kind == .list {
            proposer = official(filing.actor, step: facts.sop.submitStep, facts: facts)
        }
        let struck: [[String: Any]] = request.struck.map {
            ["nama": $0.candidate.person.name.displayName, "alasan": $0.reason, "oleh": $0.actor.displayName,
             "tanggal": IndonesianText.date(CivilDate($0.at, offset: offset))]
        }
        let review = facts.sop.steps.first { $0.kind == .review }
        let initials: [[String: Any]] = request.activeRecords.filter { $0.step == review?.id }.map { record in
            var row = official(record.actor, step: review, facts: facts)
            row["tanggal"] = IndonesianText.date(CivilDate(record.at, offset: offset))
            row["catatan"] = record.note
            row["hasil"] = outcome(record.outcome)
            return row
        }
        return [
            "permohonan": requestBlock(request, facts), "pengusul": proposer, "calon": rows(facts),
            "dicoret": struck, "adaDicoret": !struck.isEmpty, "paraf": initials, "adaParaf": !initials.isEmpty,
        ]
    }

    /// `disposisi`: `permohonan`, `pengirim` (`nama`), `perihal`, and `baris` — every action on a review step, in
    /// order: `no`, `jabatan`, `nama`, `nip`, `tanggal`, `pukul`, `isi` (the note), `hasil`, `kepada` (who it went to
    /// next), `dibatalkan` (voided by a later return).
    static func disposition(_ facts: DocumentFacts) throws(OfficeError) -> [String: Any] {
        let request = try requireRequest(facts)
        let offset = facts.sop.office.utcOffset
        let records = request.records
        var lines: [[String: Any]] = []
        for (index, record) in records.enumerated() {
            guard let step = facts.sop.step(record.step), step.kind == .review else { continue }
            var row = official(record.actor, step: step, facts: facts)
            row["no"] = lines.count + 1
            row["tanggal"] = IndonesianText.date(CivilDate(record.at, offset: offset))
            row["pukul"] = IndonesianText.time(record.at, offset: offset)
            row["isi"] = record.note
            row["hasil"] = outcome(record.outcome)
            row["kepada"] = nextHolder(after: index, in: request, facts)
            if record.voided { row["dibatalkan"] = true }
            lines.append(row)
        }
        let names = request.candidates.map { $0.person.name.displayName }.joined(separator: ", ")
        return [
            "permohonan": requestBlock(request, facts), "pengirim": ["nama": request.applicant.name.displayName],
            "perihal": "Permohonan hak akses SIAK untuk \(IndonesianText.words(request.candidates.count)) orang: \(names)",
            "baris": lines, "adaBaris": !lines.isEmpty,
        ]
    }

    /// `biodata` and `pakta-integritas`: `orang` (person rows, one page each), `permohonan` when printed for a
    /// request, and `mengetahui` (the official who did the step that produces the form, if done).
    static func personal(_ facts: DocumentFacts) throws(OfficeError) -> [String: Any] {
        let people = rows(facts)
        guard !people.isEmpty else { throw .notFound(.said(Phrase(id: "tidak ada orang untuk dicetakkan \(facts.kind.rawValue); periksa permohonannya atau --person", en: "nobody to print a \(facts.kind.rawValue) for; check the request or --person"))) }
        var context: [String: Any] = ["orang": people, "permohonan": orFalse(facts.request.map { requestBlock($0, facts) })]
        let word = facts.kind == .biodata ? "biodata" : "pakta"
        context["mengetahui"] = orFalse(official(forOutputContaining: word, facts))
        return context
    }

    /// `bast`: `serahTerima` (`hari`, `tanggal`, `tanggalTerbilang`, `bulan`, `tahunTerbilang`, `tanggalAngka`), `baris`
    /// (`no`, `nama`, `identitas`, `peran`, `username`, `diterimaOleh`, `waktu`), `penyerah` (the official who handed
    /// over; several are listed in `penyerahLain`), `penerimaTunggal` (the receiver when there is one), `permohonan`,
    /// `sk`. Never a password.
    static func handover(_ facts: DocumentFacts) throws(OfficeError) -> [String: Any] {
        let offset = facts.sop.office.utcOffset
        var lines: [[String: Any]] = []
        var givers: [String] = []
        for subject in facts.subjects {
            guard let delivery = facts.deliveries.last(where: { $0.person == subject.person.key }) else { continue }
            var row = person(subject.person, roles: subject.roles, workUnit: subject.workUnit, position: subject.position,
                             number: lines.count + 1, facts: facts)
            row["username"] = delivery.username
            row["diterimaOleh"] = delivery.receivedBy
            let day = CivilDate(delivery.at, offset: offset)
            row["waktu"] = "\(day.day)-\(day.month)-\(day.year) \(IndonesianText.time(delivery.at, offset: offset))"
            lines.append(row)
            if !givers.contains(delivery.deliveredBy) { givers.append(delivery.deliveredBy) }
        }
        guard !lines.isEmpty, let last = facts.deliveries.filter({ d in facts.subjects.contains { $0.person.key == d.person } }).map(\.at).max()
        else {
            throw .refused(.said(Phrase(id: "belum ada serah terima yang tercatat untuk \(facts.subject); serahkan akunnya dulu (`hakakses handover`), baru cetak BAST", en: "no handover is recorded yet for \(facts.subject); hand the accounts over first (`hakakses handover`), then print the BAST")))
        }
        let day = CivilDate(last, offset: offset)
        let provision = facts.sop.firstStep(ofKind: .provision)
        let officials = givers.map { uid in
            actor(uid: uid, facts).map { official($0, step: provision, facts: facts) } ?? ["nama": uid, "jabatan": "", "nip": false]
        }
        var context: [String: Any] = [
            "serahTerima": [
                "hari": IndonesianText.dayName(day), "tanggal": IndonesianText.date(day),
                "tanggalTerbilang": IndonesianText.words(day.day), "bulan": IndonesianText.months[day.month - 1],
                "tahunTerbilang": IndonesianText.words(day.year), "tanggalAngka": "\(day.day)-\(day.month)-\(day.year)",
            ] as [String: Any],
            "baris": lines, "jumlah": lines.count, "jumlahTerbilang": IndonesianText.words(lines.count),
            "penyerah": officials.first ?? [:], "penyerahLain": Array(officials.dropFirst()),
        ]
        context["penerimaTunggal"] = orFalse(lines.count == 1 ? ["nama": lines[0]["diterimaOleh"] ?? ""] : nil)
        context["permohonan"] = orFalse(facts.request.map { requestBlock($0, facts) })
        let decree = facts.decree ?? facts.request?.decreeNumber.flatMap { facts.state.decreeRecord($0) }
        context["sk"] = orFalse(decree.map { ["nomor": $0.decree.number.description, "judul": $0.decree.title] })
        return context
    }

    // MARK: - Helpers

    static func requireRequest(_ facts: DocumentFacts) throws(OfficeError) -> AccessRequest {
        guard let request = facts.request else { throw .badInput(.said(Phrase(id: "\(facts.kind.rawValue) dicetak untuk sebuah permohonan: berikan --request ID", en: "a \(facts.kind.rawValue) is printed for a request: give --request ID"))) }
        return request
    }

    /// The person rows of the document's people; `halamanBaru` is set on all but the first (a page per person).
    static func rows(_ facts: DocumentFacts) -> [[String: Any]] {
        facts.subjects.enumerated().map { index, subject in
            var row = person(subject.person, roles: subject.roles, workUnit: subject.workUnit, position: subject.position,
                             number: index + 1, facts: facts)
            row["halamanBaru"] = index > 0
            return row
        }
    }

    static func outcome(_ outcome: StepRecord.Outcome) -> String {
        switch outcome {
        case .filed, .resubmitted: "Diajukan"
        case .drafted: "Dikonsep"
        case .initialled: "Paraf"
        case .approved: "Disetujui"
        case .decreeIssued: "SK dikonsep"
        case .signed: "SK ditandatangani"
        case .handedOver: "Diserahterimakan"
        case .rejected: "Ditolak"
        case .returned: "Dikembalikan untuk diperbaiki"
        }
    }

    /// Who a disposition went to: the role of the next action's official, or of the step awaited now.
    private static func nextHolder(after index: Int, in request: AccessRequest, _ facts: DocumentFacts) -> String {
        let record = request.records[index]
        switch record.outcome {
        case .rejected: return "—"
        case .returned: return "Pengusul (untuk diperbaiki)"
        default: break
        }
        if let next = request.records[(index + 1)...].first(where: { !$0.voided || record.voided }) {
            return title(of: next.actor, at: facts.sop.step(next.step), facts.sop)
        }
        guard let step = facts.state.currentStep(of: request.id) else { return "—" }
        let done = request.initials(of: step.id).count
        let link = step.executors.links[min(done, step.executors.links.count - 1)]
        return link.map { $0 == .pemohon ? "Pemohon" : (facts.sop.role($0)?.title ?? $0.rawValue) }.joined(separator: " / ")
    }
}
