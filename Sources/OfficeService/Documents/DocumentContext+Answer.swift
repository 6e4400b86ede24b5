import AccessWorkflow
import Foundation

extension DocumentContext {
    /// `surat-jawaban`, the written answer to the applicant (Mojokerto step 4 "memberikan jawaban"; UU 25/2009 gives a
    /// service user a written answer): `permohonan`, `kepada` (the applicant: `nama`, `identitas`), `calon`,
    /// `jawaban` (`disetujui`, `ditolak` or `dikembalikan` true; `alasan`; `tanggal`), `penjawab` (the official who
    /// answered: `jabatan`, `nama`, `nip`) and `penyerahan` (`selesai` with `tanggal` once handed over, else `oleh`:
    /// who will hand the username and password over). Refused while the request has no answer yet.
    static func answer(_ facts: DocumentFacts) throws(OfficeError) -> [String: Any] {
        let request = try requireRequest(facts)
        let sop = facts.sop
        let offset = sop.office.utcOffset
        var answer: [String: Any] = ["disetujui": false, "ditolak": false, "dikembalikan": false, "alasan": false]
        let record: StepRecord
        switch request.status {
        case .rejected(let reason), .returned(let reason):
            guard let stop = request.records.last(where: { $0.outcome == .rejected || $0.outcome == .returned }) else {
                throw notAnswered(request, sop)
            }
            record = stop
            answer[stop.outcome == .rejected ? "ditolak" : "dikembalikan"] = true
            answer["alasan"] = reason
        case .cancelled:
            throw notAnswered(request, sop)
        case .inProgress, .completed:
            // Granted once the last review step (the one that answers) is approved.
            guard let answering = sop.steps.last(where: { $0.kind == .review }), let done = request.completion(of: answering.id) else {
                throw notAnswered(request, sop)
            }
            record = done
            answer["disetujui"] = true
        }
        answer["tanggal"] = IndonesianText.date(CivilDate(record.at, offset: offset))
        var handover: [String: Any] = ["selesai": false]
        if let step = sop.firstStep(ofKind: .handover) {
            if let done = request.completion(of: step.id) {
                handover["selesai"] = true
                handover["tanggal"] = IndonesianText.date(CivilDate(done.at, offset: offset))
            }
            let creator = sop.firstStep(ofKind: .provision).map { sop.executorTitles($0) } ?? sop.executorTitles(step)
            handover["oleh"] = creator
        }
        let applicant = request.applicant
        return [
            "permohonan": requestBlock(request, facts), "calon": rows(facts), "jawaban": answer,
            "kepada": ["nama": applicant.name.displayName,
                       "identitas": orFalse(applicant.nip.map { "NIP \($0.formatted)" } ?? applicant.nik.map { "NIK \($0.digits)" })],
            "penjawab": official(record.actor, step: sop.step(record.step), facts: facts), "penyerahan": handover,
        ]
    }

    private static func notAnswered(_ request: AccessRequest, _ sop: SOPDefinition) -> OfficeError {
        let step = sop.steps.last(where: { $0.kind == .review })?.title ?? "-"
        return .refused(.said(Phrase(
            id: "permohonan \(request.id) belum dijawab: surat jawaban dicetak setelah tahap \"\(step)\" disetujui, atau setelah permohonan ditolak atau dikembalikan",
            en: "request \(request.id) has no answer yet: the answer letter is printed once the step \"\(step)\" is approved, or once the request is rejected or returned")))
    }
}
