/// The documents both SOPs produce, printed from the office's templates (`<kind>.mustache`).
public enum OfficeDocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The proposal list (Sukamara step 1, "Konsep Usulan"), or the applicant's request: for a request.
    case daftarUsulan = "daftar-usulan"
    /// The disposition sheet: who disposed the request to whom, when, with which instruction.
    case disposisi
    /// The operator's biodata form (Mojokerto step 3): one page per candidate.
    case biodata
    /// The integrity pact the operator signs (Mojokerto step 4): one page per candidate.
    case paktaIntegritas = "pakta-integritas"
    /// The SK Kadis with its attachment (Sukamara step 3): for an SK, or the SK of a request.
    case skKadis = "sk-kadis"
    /// The handover receipt (berita acara serah terima): who received which username, when, from whom.
    case bast
    /// The written answer to the applicant (Mojokerto step 4 "memberikan jawaban"): granted, refused or returned,
    /// with the reason: for a request.
    case suratJawaban = "surat-jawaban"
    /// The report of an access review (Permendagri 95/2019): every holder with the decision that stands, who decided,
    /// and the Kadis's sign-off (a draft until signed): for a review.
    case laporanReview = "laporan-review"
    /// The time-standard report (Sukamara's "Peringatan": time, equipment and output deviations count as failures):
    /// the chart per step, every step over its standard or with a deviation: for the office, as of the day printed.
    case laporanSLA = "laporan-sla"

    /// The title printed in lists, in Bahasa Indonesia.
    public var title: String {
        switch self {
        case .daftarUsulan: "Daftar Usulan Petugas Pengelola Aplikasi SIAK"
        case .disposisi: "Lembar Disposisi"
        case .biodata: "Formulir Isian Biodata Operator SIAK"
        case .paktaIntegritas: "Pakta Integritas"
        case .skKadis: "Surat Keputusan Kepala Dinas"
        case .bast: "Berita Acara Serah Terima Hak Akses SIAK"
        case .suratJawaban: "Surat Jawaban atas Permohonan Hak Akses SIAK"
        case .laporanReview: "Laporan Review Hak Akses SIAK"
        case .laporanSLA: "Laporan Capaian Standar Waktu Pelayanan Hak Akses SIAK"
        }
    }

    /// The template's name: `<kind>.mustache` in the templates folder.
    public var templateName: String { rawValue }

    /// Whether the document is about the office as a whole (no request, SK, person or review named).
    var isOfficeWide: Bool { self == .laporanSLA }

    /// Whether the document has a page per person (and may be limited to one with `person`).
    var perPerson: Bool { self == .biodata || self == .paktaIntegritas }

    /// The kinds, for messages.
    static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// The format a document is delivered and kept in.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// HTML with an A4 print stylesheet: opens and prints in any browser.
    case html
    /// PDF printed by headless Chromium.
    case pdf

    var fileExtension: String { rawValue }

    var contentType: String {
        switch self {
        case .html: "text/html; charset=utf-8"
        case .pdf: "application/pdf"
        }
    }
}

/// What to print: a kind for a subject. Give `request`, `decree` or `person` (an SK also by its request; a per-person
/// document of a request may be limited to one `person`), or `review` for a review's report. The number printed on it comes from the office's
/// numbering (`nomor:` in `kantor.yaml`) unless `number` gives the agenda number; a document printed again for the
/// same subject keeps its first number.
public struct DocumentOrder: Codable, Sendable, Hashable {
    public var kind: String
    public var request: String?
    public var decree: String?
    /// Username, NIP, NIK or person key.
    public var person: String?
    /// "html" (default) or "pdf".
    public var format: String?
    public var number: String?
    /// The access review (`laporan-review`).
    public var review: String?

    public init(kind: String, request: String? = nil, decree: String? = nil, person: String? = nil, format: String? = nil,
                number: String? = nil, review: String? = nil) {
        self.kind = kind
        self.request = request
        self.decree = decree
        self.person = person
        self.format = format
        self.number = number
        self.review = review
    }
}
