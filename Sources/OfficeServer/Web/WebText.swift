import AccessWorkflow

/// A text of the web pages in Bahasa Indonesia and English.
struct Phrase: Sendable {
    let id: String
    let en: String

    func callAsFunction(_ language: Language) -> String { language == .indonesian ? id : en }
}

/// The fixed texts of the web pages. Indonesian first: it is what an office reads.
enum WebText {
    static let appName = Phrase(id: "hak-akses SIAK", en: "hak-akses SIAK")
    static let skip = Phrase(id: "Langsung ke isi", en: "Skip to content")
    static let inbox = Phrase(id: "Kotak masuk", en: "Inbox")
    static let requests = Phrase(id: "Permohonan", en: "Requests")
    static let newRequest = Phrase(id: "Ajukan permohonan", en: "New request")
    static let decrees = Phrase(id: "SK Kadis", en: "SKs")
    static let roster = Phrase(id: "Petugas SIAK", en: "Roster")
    static let sla = Phrase(id: "Mutu baku waktu", en: "Time standards")
    static let reconcile = Phrase(id: "Rekonsiliasi", en: "Reconciliation")
    static let logout = Phrase(id: "Keluar", en: "Log out")
    static let loggedInAs = Phrase(id: "Masuk sebagai", en: "Logged in as")
    static let roles = Phrase(id: "peran", en: "roles")
    static let noRoles = Phrase(id: "tanpa peran", en: "no roles")
    static let rehearsal = Phrase(
        id: "GLADI: jam kerja diatur oleh pemanggil; bukan kantor sungguhan.",
        en: "REHEARSAL: callers set the clock; not a real office.")

    // Login
    static let loginTitle = Phrase(id: "Masuk", en: "Log in")
    static let loginIntro = Phrase(
        id: "Masuk dengan akun direktori Anda (uid pegawai) dan kata sandinya.",
        en: "Log in with your directory account (staff uid) and its password.")
    static let username = Phrase(id: "Nama pengguna", en: "Username")
    static let password = Phrase(id: "Kata sandi", en: "Password")
    static let loginButton = Phrase(id: "Masuk", en: "Log in")
    static let loginExpired = Phrase(
        id: "Formulir masuk sudah kedaluwarsa; silakan coba lagi.", en: "The login form expired; please try again.")
    static let sessionEnded = Phrase(
        id: "Sesi Anda berakhir; silakan masuk lagi.", en: "Your session ended; please log in again.")

    // Inbox
    static let inboxIntro = Phrase(
        id: "Yang menunggu tindakan Anda, yang melewati mutu baku waktu lebih dulu.",
        en: "What waits for you, overdue first.")
    static let nothingWaits = Phrase(id: "Tidak ada yang menunggu Anda.", en: "Nothing waits for you.")
    static let request = Phrase(id: "Permohonan", en: "Request")
    static let step = Phrase(id: "Langkah", en: "Step")
    static let executor = Phrase(id: "Pelaksana", en: "Executor")
    static let waitingSince = Phrase(id: "Menunggu sejak", en: "Waiting since")
    static let timeUsed = Phrase(id: "Waktu terpakai", en: "Time used")
    static let of = Phrase(id: "dari", en: "of")
    static let overdue = Phrase(id: "TERLAMBAT", en: "OVERDUE")
    static let exceeded = Phrase(id: "MELEWATI", en: "EXCEEDED")

    // Request list and page
    static let status = Phrase(id: "Status", en: "Status")
    static let filed = Phrase(id: "Diajukan", en: "Filed")
    static let by = Phrase(id: "Oleh", en: "By")
    static let applicant = Phrase(id: "Pemohon", en: "Applicant")
    static let candidates = Phrase(id: "Calon petugas", en: "Candidates")
    static let noRequests = Phrase(id: "Belum ada permohonan.", en: "No requests yet.")
    static let name = Phrase(id: "Nama", en: "Name")
    static let role = Phrase(id: "Peran SIAK", en: "SIAK role")
    static let unit = Phrase(id: "Unit kerja", en: "Work unit")
    static let position = Phrase(id: "Jabatan", en: "Position")
    static let steps = Phrase(id: "Langkah SOP", en: "SOP steps")
    static let when = Phrase(id: "Waktu", en: "When")
    static let outcome = Phrase(id: "Hasil", en: "Outcome")
    static let documentsAndNote = Phrase(id: "Kelengkapan / catatan", en: "Documents / note")
    static let waiting = Phrase(id: "menunggu", en: "waiting")
    static let struck = Phrase(id: "Dicoret dari daftar", en: "Struck from the list")
    static let reason = Phrase(id: "Alasan", en: "Reason")
    static let currentStep = Phrase(id: "Langkah sekarang", en: "Current step")
    static let waitingFor = Phrase(id: "Menunggu", en: "Waiting for")
    static let needs = Phrase(id: "Kelengkapan yang harus ada", en: "Required documents")
    static let standard = Phrase(id: "Mutu baku waktu", en: "Time standard")
    static let letterDated = Phrase(id: "Surat tertanggal", en: "Letter dated")
    static let decree = Phrase(id: "SK", en: "SK")

    // Actions
    static let act = Phrase(id: "Tindakan Anda", en: "Your action")
    static let notYourTurn = Phrase(
        id: "Langkah ini tidak menunggu Anda; Anda hanya dapat melihatnya.", en: "This step does not wait for you; you can only look.")
    static let note = Phrase(id: "Catatan", en: "Note")
    static let approve = Phrase(id: "Setujui / kerjakan langkah ini", en: "Approve / do this step")
    static let initial = Phrase(id: "Paraf", en: "Initial (paraf)")
    static let reject = Phrase(id: "Tolak (final)", en: "Reject (final)")
    static let returnForRevision = Phrase(id: "Kembalikan untuk diperbaiki", en: "Return for revision")
    static let reasonRequired = Phrase(id: "Alasan (dicatat)", en: "Reason (recorded)")
    static let evidenceReference = Phrase(id: "Nomor dokumen", en: "Document number")
    static let evidenceFile = Phrase(id: "Pindaian (PDF, JPEG atau PNG)", en: "Scan (PDF, JPEG or PNG)")
    static let strikeLegend = Phrase(
        id: "Coret nama dari daftar (yang lain tetap lanjut)", en: "Strike names from the list (the rest go on)")
    static let strikeReason = Phrase(id: "alasan pencoretan", en: "reason for striking")
    static let issueDecreeLink = Phrase(id: "Buat dan catat SK Kadis untuk permohonan ini", en: "Draft and record the SK for this request")
    static let handoverLink = Phrase(id: "Serahkan akun", en: "Hand over accounts")
    static let done = Phrase(id: "Tercatat.", en: "Recorded.")

    // New request
    static let newRequestIntro = Phrase(
        id: "Unggah daftar usulan (CSV: Nama, NIP, NIK, Peran, Unit Kerja, Jabatan) atau isi satu calon.",
        en: "Upload a proposal list (CSV: Nama, NIP, NIK, Peran, Unit Kerja, Jabatan) or fill in one candidate.")
    static let proposalList = Phrase(id: "Daftar usulan (CSV)", en: "Proposal list (CSV)")
    static let oneCandidate = Phrase(id: "Atau satu calon", en: "Or one candidate")
    static let nip = Phrase(id: "NIP / NI PPPK", en: "NIP / NI PPPK")
    static let nik = Phrase(id: "NIK", en: "NIK")
    static let submit = Phrase(id: "Ajukan", en: "File")
    static let confirmations = Phrase(
        id: "Konfirmasi peringatan (satu per baris: ID=catatan)", en: "Confirm warnings (one per line: ID=note)")

    // Decrees
    static let decreeNumber = Phrase(id: "Nomor SK", en: "SK number")
    static let decreeTitle = Phrase(id: "Tentang", en: "Title")
    static let signedOn = Phrase(id: "Tanggal ditetapkan", en: "Signed on")
    static let effective = Phrase(id: "Berlaku mulai", en: "In force from")
    static let until = Phrase(id: "Berlaku sampai (bila dibatasi)", en: "In force until (if limited)")
    static let supersedes = Phrase(id: "Mencabut SK (nomor, satu per baris)", en: "Supersedes SK (numbers, one per line)")
    static let signerName = Phrase(id: "Nama penanda tangan (Kepala Dinas)", en: "Signer's name (Kepala Dinas)")
    static let signerNIP = Phrase(id: "NIP penanda tangan", en: "Signer's NIP")
    static let issue = Phrase(id: "Catat SK", en: "Record the SK")
    static let importDecree = Phrase(id: "Impor SK dari lampirannya", en: "Import an SK from its attachment")
    static let attachment = Phrase(id: "Lampiran SK (CSV)", en: "SK attachment (CSV)")
    static let importButton = Phrase(id: "Impor", en: "Import")
    static let standing = Phrase(id: "Keberlakuan", en: "Standing")
    static let grants = Phrase(id: "Petugas", en: "People")
    static let noDecrees = Phrase(id: "Belum ada SK.", en: "No SKs yet.")
    static let lineErrors = Phrase(
        id: "Tidak ada yang dicatat. Perbaiki baris-baris berikut lalu unggah lagi:", en: "Nothing was recorded. Fix these lines and upload again:")

    // Handover
    static let handoverTitle = Phrase(id: "Serah terima akun SIAK", en: "Handing over a SIAK account")
    static let handoverIntro = Phrase(
        id: "Kata sandi awal dibuat sekarang, ditampilkan sekali saja, dan harus diganti pada saat masuk pertama.",
        en: "The initial password is made now, shown once only, and must be changed at the first login.")
    static let operatorField = Phrase(id: "Petugas (NIP, NIK atau nama pengguna)", en: "Operator (NIP, NIK or username)")
    static let receivedBy = Phrase(id: "Diterima oleh (nama seperti pada tanda terima)", en: "Received by (name as on the receipt)")
    static let handOver = Phrase(id: "Buat kata sandi dan serahkan", en: "Make the password and hand over")
    static let writeItDown = Phrase(
        id: "Catat sekarang — kata sandi ini hanya ditampilkan sekali dan tidak disimpan di mana pun.",
        en: "Write it down now — this password is shown only once and stored nowhere.")
    static let receipt = Phrase(id: "Tanda terima", en: "Receipt")
    static let print = Phrase(id: "Cetak tanda terima", en: "Print the receipt")
    static let usernameLabel = Phrase(id: "Nama pengguna", en: "Username")
    static let initialPassword = Phrase(id: "Kata sandi awal", en: "Initial password")
    static let signature = Phrase(id: "Tanda tangan", en: "Signature")
    static let handedOverBy = Phrase(id: "Yang menyerahkan", en: "Handed over by")
    static let receiver = Phrase(id: "Yang menerima", en: "Received by")
    static let stillToReceive = Phrase(id: "masih menunggu serah terima", en: "still to receive their account")

    // Reports
    static let rosterIntro = Phrase(id: "Siapa memegang peran SIAK hari ini, dan dasarnya.", en: "Who holds which SIAK role today, and on what basis.")
    static let username2 = Phrase(id: "Nama pengguna", en: "Username")
    static let basis = Phrase(id: "Dasar", en: "Basis")
    static let nobody = Phrase(id: "Belum ada petugas.", en: "Nobody yet.")
    static let slaIntro = Phrase(
        id: "Langkah yang melewati mutu baku waktu (jam kerja), menurut langkah dan pelaksana.",
        en: "Steps over their time standard (office hours), by step and executor.")
    static let allWithin = Phrase(id: "Semua langkah dalam mutu baku waktu.", en: "Every step within its time standard.")
    static let reconcileIntro = Phrase(
        id: "Perbandingan direktori dengan daftar petugas. Hanya ADB yang dapat menerapkan perbaikan.",
        en: "The directory compared with the roster. Only the ADB may apply fixes.")
    static let kind = Phrase(id: "Jenis", en: "Kind")
    static let entry = Phrase(id: "Entri", en: "Entry")
    static let detail = Phrase(id: "Rincian", en: "Detail")
    static let result = Phrase(id: "Hasil", en: "Result")
    static let noDifferences = Phrase(id: "Direktori sesuai dengan daftar petugas.", en: "The directory matches the roster.")
    static let apply = Phrase(id: "Terapkan perbaikan", en: "Apply the fixes")
    static let documents = Phrase(id: "Dokumen", en: "Documents")
    static let refused = Phrase(id: "Ditolak", en: "Refused")
}
