import AccessWorkflow
import Foundation

extension DocumentContext {
    /// `laporan-sla`, the time standards as of the day printed:
    ///
    /// - `grafik`: the chart (``SLAChart``) as SVG — print it with `{{{grafik}}}` —, or false before any step was
    ///   measured;
    /// - `tahap`: per SOP step `judul`, `id`, `diukur`, `melewati`, `berjalan`, `terlama`, `standar`, `median`
    ///   ("85%");
    /// - `gagal`: every step over its standard or with a recorded deviation: `permohonan`, `tahap`, `pelaksana`,
    ///   `waktu`, `standar`, `status` ("melewati batas", "masih berjalan, melewati batas" or "sesuai"),
    ///   `penyimpangan` (the deviations as recorded, or false); `adaGagal`;
    /// - `jumlah`: `diukur`, `melewati`, `berjalan`.
    static func slaReport(_ facts: DocumentFacts) -> [String: Any] {
        let report = SLAReport(state: facts.state, now: facts.now)
        let steps = SLAQuery.summaries(report.rows, state: facts.state)
        func duration(_ seconds: Double) -> String { Catalogue.words.duration(seconds: seconds).text(in: .indonesian) }
        let stepRows: [[String: Any]] = steps.map { s in
            ["judul": s.title, "id": s.step, "diukur": s.measured, "melewati": s.breached, "berjalan": s.running,
             "terlama": duration(s.longestSeconds), "standar": duration(Double(s.longestStandardSeconds)),
             "median": "\(Int((s.medianRatio * 100).rounded()))%"]
        }
        let failed: [[String: Any]] = report.rows.filter(\.failed).map { row in
            let sop = facts.state.sop(of: row.request)
            let who = row.longestHolder.flatMap { actor(uid: $0, facts)?.displayName ?? $0 } ?? "—"
            let status = row.breached ? (row.isPending ? "masih berjalan, melewati batas" : "melewati batas") : "sesuai"
            let deviations = row.deviations.map { "\($0.kind == .equipment ? "peralatan" : "keluaran"): \($0.note)" }
            return ["permohonan": row.request.rawValue, "tahap": sop.step(row.step)?.title ?? row.step.rawValue, "pelaksana": who,
                    "waktu": duration(row.elapsed), "standar": duration(Double(row.standardSeconds)), "status": status,
                    "melewati": row.breached, "penyimpangan": orFalse(deviations.isEmpty ? nil : deviations.joined(separator: "; "))]
        }
        return [
            "grafik": orFalse(SLAChart.svg(steps, language: .indonesian)),
            "tahap": stepRows, "adaTahap": !stepRows.isEmpty, "gagal": failed, "adaGagal": !failed.isEmpty,
            "jumlah": ["diukur": report.rows.count, "melewati": report.rows.filter(\.breached).count,
                       "berjalan": report.rows.filter(\.isPending).count],
        ]
    }
}
