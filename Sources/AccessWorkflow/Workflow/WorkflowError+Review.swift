extension WorkflowError {
    /// Why an access review command was refused.
    public enum ReviewProblem: Sendable, Hashable, CustomStringConvertible {
        case malformedID
        case duplicate
        /// Another review is still open (not signed off).
        case openReviewExists(ReviewID)
        /// Nobody holds access today.
        case nothingToReview
        case dueBeforeStart(dueOn: CivilDate, asOf: CivilDate)
        /// The holders recorded are not the roster of the review's day (a stored record altered).
        case holdersDiffer
        case unknown
        case alreadySigned
        case notAHolder(PersonKey)
        /// A reviewer deciding on their own access.
        case ownAccess(actor: String)
        case removalWithoutReason(PersonKey)
        /// The sign-off comes before the due day while holders are undecided.
        case undecidedBeforeDue(count: Int, dueOn: CivilDate)
        /// A decision dated before the review started.
        case decidedBeforeStart
        /// After the sign-off only a holder nobody confirmed may still be kept, within the grace period.
        case afterGracePeriod
        /// A sign-off recorded with another grace period than the program's.
        case graceDays(Int)
        /// The actor lacks the role (`signing`: the sign-off, else starting or deciding).
        case notPermitted(actor: String, allowed: [WorkflowRole], signing: Bool)

        public var description: String {
            switch self {
            case .malformedID: "its id must be 3 to 32 letters, digits or hyphens, e.g. REV-2026-01"
            case .duplicate: "a review with this id exists; give another id"
            case .openReviewExists(let open): "review \(open) is still open; sign it off first"
            case .nothingToReview: "nobody holds SIAK access today, so there is nobody to review"
            case let .dueBeforeStart(dueOn, asOf): "it would be due on \(dueOn), before it starts on \(asOf); give a later --due"
            case .holdersDiffer: "its holders are not the roster of its day; the record was altered, so restore the log from a verified copy"
            case .unknown: "there is no such review; see `hakakses review list`"
            case .alreadySigned: "it is signed off already; start a new review"
            case .decidedBeforeStart: "a decision cannot come before the review started"
            case .afterGracePeriod: "it is signed off: only a holder nobody confirmed may still be kept, before the grace period ends; start a new review"
            case .graceDays(let days): "its sign-off gives \(days) days of grace, not \(Review.graceDays); the record was altered"
            case .notAHolder(let person): "\(person) is not among its holders"
            case .ownAccess(let actor): "\(actor) holds SIAK access in it and may not decide on their own access; ask another reviewer"
            case .removalWithoutReason(let person): "removing \(person) needs the reason in --note"
            case let .undecidedBeforeDue(count, dueOn): "\(count) holders are still undecided and the review is due only on \(dueOn); wait for the decisions, or sign off after the due day (the undecided then lose access after the grace period)"
            case let .notPermitted(actor, allowed, signing): "\(actor) may not \(signing ? "sign off" : "start or decide") a review; the roles that may: \(allowed.map(\.rawValue).listed)"
            }
        }

        /// The clause in Bahasa Indonesia.
        public var indonesian: String {
            switch self {
            case .malformedID: "ID-nya harus 3 sampai 32 huruf, angka atau tanda hubung, misalnya REV-2026-01"
            case .duplicate: "review dengan ID ini sudah ada; gunakan ID lain"
            case .openReviewExists(let open): "review \(open) masih terbuka; tandatangani dulu"
            case .nothingToReview: "tidak ada yang memegang akses SIAK hari ini, jadi tidak ada yang perlu direview"
            case let .dueBeforeStart(dueOn, asOf): "batas waktunya \(dueOn), sebelum review dimulai pada \(asOf); isi --due yang lebih akhir"
            case .holdersDiffer: "pemegang akses yang tercatat bukan daftar petugas pada harinya; catatannya telah diubah, jadi pulihkan log dari salinan yang telah diverifikasi"
            case .unknown: "review itu tidak ada; lihat `hakakses review list`"
            case .alreadySigned: "review itu sudah ditandatangani; mulai review baru"
            case .decidedBeforeStart: "keputusan tidak boleh bertanggal sebelum review dimulai"
            case .afterGracePeriod: "review sudah ditandatangani: hanya pemegang akses yang belum dikonfirmasi yang masih dapat dinyatakan tetap, sebelum masa tenggang berakhir; mulai review baru"
            case .graceDays(let days): "penandatanganannya memberi masa tenggang \(days) hari, bukan \(Review.graceDays); catatannya telah diubah"
            case .notAHolder(let person): "\(person) tidak termasuk pemegang akses dalam review ini"
            case .ownAccess(let actor): "\(actor) memegang akses SIAK dalam review ini dan tidak boleh memutuskan aksesnya sendiri; minta peninjau lain"
            case .removalWithoutReason(let person): "pencabutan \(person) memerlukan alasan di --note"
            case let .undecidedBeforeDue(count, dueOn): "\(count) pemegang akses belum diputuskan dan batas waktu review baru \(dueOn); tunggu keputusannya, atau tandatangani setelah batas waktu (yang belum diputuskan kehilangan akses setelah masa tenggang)"
            case let .notPermitted(actor, allowed, signing): "\(actor) tidak berwenang \(signing ? "menandatangani" : "memulai atau memutuskan") review; peran yang berwenang: \(Language.indonesian.list(allowed.map(\.rawValue)))"
            }
        }
    }
}
