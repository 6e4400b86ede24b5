import AccessWorkflow
import Foundation

extension DocumentContext {
    /// `laporan-review`, the report of an access review (Permendagri 95/2019 pasal 44–47: who still needs access):
    ///
    /// - `review`: `id`, `tanggalRoster` (the roster's day), `batas` (decisions due), `dimulai`, `dimulaiOleh`
    ///   (an official's block), `catatan` (or false);
    /// - `pemegang`: one row per holder (the person row of every document — a NIK by its last four digits for an
    ///   official who does not read identities beyond a request —, plus `dasar` — the SKs or requests their
    ///   access rests on —, `keputusan` ("Dipertahankan", "Dicabut" or "Belum diputuskan"), `dipertahankan`,
    ///   `dicabut`, `belum` (booleans), `alasan`, `diputuskanOleh`, `tanggalKeputusan`);
    /// - `jumlah`: `pemegang`, `dipertahankan`, `dicabut`, `belum`;
    /// - `disahkan`: false while the Kadis has not signed it off (`draf` is then true), else `tanggal`, `catatan`,
    ///   `penandatangan` (an official's block, "Plt."/"Plh." before the post when signed as acting), and
    ///   `batasBelumDikonfirmasi` (the day the undecided lose access; false when none are undecided).
    static func reviewReport(_ facts: DocumentFacts) throws(OfficeError) -> [String: Any] {
        guard let review = facts.review else {
            throw .badInput(.said(Phrase(id: "laporan-review dicetak untuk sebuah review: berikan --review ID", en: "a laporan-review is printed for a review: give --review ID")))
        }
        let offset = facts.sop.office.utcOffset
        func day(_ instant: Date) -> String { IndonesianText.date(CivilDate(instant, offset: offset)) }
        var rows: [[String: Any]] = []
        for (index, holder) in review.holders.enumerated() {
            var row = person(holder.person, roles: holder.roles, workUnit: holder.workUnits.joined(separator: ", "), position: nil,
                             number: index + 1, facts: facts)
            if !facts.identitiesVisible, holder.person.nip == nil, let nik = ArchiveAccess.masked(holder.person.nik?.digits) {
                row["nik"] = nik
                row["identitas"] = "NIK \(nik)"
            }
            row["dasar"] = holder.basis.map(basisText).joined(separator: ", ")
            let decision = review.decision(for: holder.person.key)
            row["dipertahankan"] = decision?.keep == true
            row["dicabut"] = decision?.keep == false
            row["belum"] = decision == nil
            row["keputusan"] = decision.map { $0.keep ? "Dipertahankan" : "Dicabut" } ?? "Belum diputuskan"
            row["alasan"] = orFalse(decision.flatMap { $0.note.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.note })
            row["diputuskanOleh"] = orFalse(decision.map { "\(title(of: $0.actor, at: nil, facts.sop)) \($0.actor.displayName)" })
            row["tanggalKeputusan"] = orFalse(decision.map { day($0.at) })
            rows.append(row)
        }
        let kept = review.holders.count - review.removed.count - review.undecided.count
        var signed: Any = false
        if let signer = review.signedBy, let at = review.signedAt {
            var block = official(signer, step: nil, facts: facts)
            let signedOn = CivilDate(at, offset: offset)
            if let acting = facts.state.actingAssignments.last(where: { $0.covers(signer, on: signedOn) && signer.acting.contains($0.role) }),
               let post = block["jabatan"] as? String {
                block["jabatan"] = "\(acting.kind.prefix) \(post)"
            }
            signed = [
                "tanggal": day(at), "catatan": orFalse(review.signNote.flatMap { $0.isEmpty ? nil : $0 }), "penandatangan": block,
                "batasBelumDikonfirmasi": orFalse(review.undecided.isEmpty ? nil : IndonesianText.date(facts.state.unconfirmedDay(at))),
            ] as [String: Any]
        }
        return [
            "review": [
                "id": review.id.rawValue, "tanggalRoster": IndonesianText.date(review.asOf), "batas": IndonesianText.date(review.dueOn),
                "dimulai": day(review.startedAt), "dimulaiOleh": official(review.startedBy, step: nil, facts: facts),
                "catatan": orFalse(review.note.isEmpty ? nil : review.note),
            ] as [String: Any],
            "pemegang": rows, "adaPemegang": !rows.isEmpty,
            "jumlah": ["pemegang": review.holders.count, "dipertahankan": kept, "dicabut": review.removed.count,
                       "belum": review.undecided.count],
            "disahkan": signed, "draf": !review.isSigned,
        ]
    }

    /// "SK 800/…" or "permohonan REQ-…", as printed.
    private static func basisText(_ basis: RosterBasis) -> String {
        switch basis {
        case .decree(let number): "SK \(number)"
        case .request(let id): "permohonan \(id)"
        }
    }
}
