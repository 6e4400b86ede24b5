public import AccessWorkflow

extension OfficeAction {
    /// What the action does, for a refusal an official reads.
    public func title(in language: Language) -> String {
        let (id, en): (String, String) = switch self {
        case .health: ("memeriksa server", "checking the server")
        case .login: ("masuk", "logging in")
        case .logout: ("keluar", "logging out")
        case .whoAmI: ("melihat sesi sendiri", "seeing one's own session")
        case .readProfile: ("melihat SOP kantor", "seeing the office's SOP")
        case .startReview: ("memulai review hak akses", "starting an access review")
        case .listReviews: ("melihat daftar review hak akses", "listing access reviews")
        case .readReview: ("melihat review hak akses", "reading an access review")
        case .decideReview: ("memutuskan pemegang akses dalam review", "deciding on a holder in a review")
        case .signReview: ("menandatangani review hak akses", "signing an access review off")
        case .readRequestStatus: ("melihat status permohonan sebagai pemohon", "seeing a request's status as its applicant")
        case .readInbox: ("melihat kotak masuk", "seeing the inbox")
        case .listRequests: ("melihat daftar permohonan", "listing requests")
        case .readRequest: ("melihat permohonan", "seeing a request")
        case .readSLA: ("melihat laporan waktu layanan", "seeing the time-standard report")
        case .fileRequest: ("mengajukan permohonan", "filing a request")
        case .resubmitRequest: ("mengajukan ulang permohonan", "resubmitting a request")
        case .cancelRequest: ("membatalkan permohonan", "cancelling a request")
        case .approveStep: ("menyetujui langkah permohonan", "approving a step")
        case .rejectRequest: ("menolak permohonan", "rejecting a request")
        case .returnRequest: ("mengembalikan permohonan", "returning a request")
        case .issueDecree: ("mencatat SK sebuah permohonan", "recording a request's SK")
        case .signDecree: ("menandatangani SK sebuah permohonan", "signing a request's SK")
        case .listDecrees: ("melihat daftar SK", "listing SKs")
        case .readDecree: ("melihat orang dalam SK (dengan NIK)", "seeing an SK's people (with NIK)")
        case .exportDecree: ("mengekspor lampiran SK (dengan NIK)", "exporting an SK's attachment (with NIK)")
        case .importDecree: ("mengimpor SK", "importing an SK")
        case .confirmDecree: ("mengonfirmasi SK (empat mata)", "confirming an SK (four eyes)")
        case .withdrawDecree: ("menarik SK yang menunggu konfirmasi", "withdrawing an SK awaiting confirmation")
        case .readRoster: ("melihat daftar pemegang akses (dengan NIK)", "seeing who holds access (with NIK)")
        case .exportRoster: ("mengekspor daftar pemegang akses (dengan NIK)", "exporting who holds access (with NIK)")
        case .readAudit: ("membaca catatan audit", "reading the audit log")
        case .sync: ("menerapkan perubahan ke direktori", "applying changes to the directory")
        case .handover: ("menyerahkan akun dengan kata sandi baru", "handing over an account with a new password")
        case .revoke: ("mencabut akses", "revoking access")
        case .reconcileDryRun: ("membandingkan direktori dengan daftar pemegang akses", "comparing the directory with the roster")
        case .reconcileApply: ("memperbaiki direktori", "fixing the directory")
        case .printDocument: ("mencetak dokumen", "printing a document")
        case .listArchive: ("melihat arsip", "seeing the archive")
        case .readArchiveFile: ("mengunduh berkas arsip", "downloading an archived file")
        case .storeEvidence: ("mengirim pindaian bukti", "sending a scan")
        case .endSessions: ("mengakhiri sesi pejabat lain", "ending another official's sessions")
        case .replicate: ("menyalin log audit dan arsip ke replika kantor", "copying the audit log and the archive to the office's replica")
        }
        return language == .indonesian ? id : en
    }
}
