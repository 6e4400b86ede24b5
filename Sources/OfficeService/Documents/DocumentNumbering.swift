import AccessWorkflow
import Foundation

/// The number printed on a document. An SK carries its own number. Otherwise: the number given (the office's agenda
/// number), else the number the same document got when it was first printed for the same subject, else the office's
/// pattern `nomor.<kind>` in `kantor.yaml` with `{urut}` (the next running number of that kind this year; `{urut3}`
/// zero-padded to 3 digits), `{tahun}`, `{bulan}`, `{bulanRomawi}` and `{permohonan}`.
enum DocumentNumbering {
    static let defaultPattern = "{urut}/Dukcapil/{tahun}"

    static func number(
        _ facts: (kind: OfficeDocumentKind, subject: String, people: [String]?, request: String?, decree: DecreeNumber?),
        given: String?, index: ArchiveIndex, kantor: [String: Any], kantorFile: URL, today: CivilDate
    ) throws(OfficeError) -> String {
        if facts.kind == .skKadis, let decree = facts.decree { return decree.description }
        if let given = given?.trimmingCharacters(in: .whitespaces), !given.isEmpty {
            guard !given.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }), given.count <= 120 else {
                throw .badInput(.said(Phrase(id: "nomor '\(given)' berisi karakter kendali atau terlalu panjang; berikan nomor agenda seperti tercetak", en: "the number '\(given)' has control characters or is too long; give the agenda number as printed")))
            }
            return given
        }
        let sameKind = index.documents.filter { $0.payload.kind == facts.kind.rawValue }
        if let earlier = sameKind.first(where: { $0.record.subject == facts.subject && $0.payload.people == facts.people }) {
            return earlier.payload.number
        }
        let patterns = kantor["nomor"] as? [String: Any]
        let pattern = patterns?[facts.kind.rawValue].map { "\($0)" } ?? defaultPattern
        guard !pattern.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .badInput(.said(Phrase(id: "nomor.\(facts.kind.rawValue) dalam \(kantorFile.path) kosong; berikan pola seperti \(defaultPattern)", en: "nomor.\(facts.kind.rawValue) in \(kantorFile.path) is empty; give a pattern such as \(defaultPattern)")))
        }
        let used = Set(sameKind.filter { $0.payload.year == today.year }.map(\.payload.number))
        let next = used.count + 1
        let padded = String(repeating: "0", count: max(0, 3 - String(next).count)) + String(next)
        return pattern
            .replacingOccurrences(of: "{urut3}", with: padded)
            .replacingOccurrences(of: "{urut}", with: String(next))
            .replacingOccurrences(of: "{tahun}", with: String(today.year))
            .replacingOccurrences(of: "{bulanRomawi}", with: IndonesianText.romanMonths[today.month - 1])
            .replacingOccurrences(of: "{bulan}", with: (today.month < 10 ? "0" : "") + String(today.month))
            .replacingOccurrences(of: "{permohonan}", with: facts.request ?? "")
    }
}
