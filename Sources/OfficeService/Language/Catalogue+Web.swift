import AccessWorkflow

/// The office server's web pages: navigation, headings, labels, buttons and the sentences a page says itself.
/// Indonesian first: it is what an office reads.
public struct WebTexts: Sendable {
    public let appName = Phrase(same: "hak-akses SIAK")
    public let skip = Phrase(id: "Langsung ke isi", en: "Skip to content")
    public let inbox = Phrase(id: "Kotak masuk", en: "Inbox")
    public let requests = Phrase(id: "Permohonan", en: "Requests")
    public let newRequest = Phrase(id: "Ajukan permohonan", en: "New request")
    public let decrees = Phrase(id: "SK Kadis", en: "SKs")
    public let roster = Phrase(id: "Petugas SIAK", en: "Roster")
    public let sla = Phrase(id: "Mutu baku waktu", en: "Time standards")
    public let reconcile = Phrase(id: "Rekonsiliasi", en: "Reconciliation")
    public let logout = Phrase(id: "Keluar", en: "Log out")
    public let loggedInAs = Phrase(id: "Masuk sebagai", en: "Logged in as")
    public let roles = Phrase(id: "peran", en: "roles")
    public let noRoles = Phrase(id: "tanpa peran", en: "no roles")
    public let rehearsal = Phrase(
        id: "GLADI: jam kerja diatur oleh pemanggil; bukan kantor sungguhan.",
        en: "REHEARSAL: callers set the clock; not a real office.")

    // Login
    public let loginTitle = Phrase(id: "Masuk", en: "Log in")
    public let loginIntro = Phrase(
        id: "Masuk dengan akun direktori Anda (uid pegawai) dan kata sandinya.",
        en: "Log in with your directory account (staff uid) and its password.")
    public let username = Phrase(id: "Nama pengguna", en: "Username")
    public let password = Phrase(id: "Kata sandi", en: "Password")
    public let loginButton = Phrase(id: "Masuk", en: "Log in")
    public let loginExpired = Phrase(
        id: "Formulir masuk sudah kedaluwarsa; silakan coba lagi.", en: "The login form expired; please try again.")
    public let sessionEnded = Phrase(
        id: "Sesi Anda berakhir; silakan masuk lagi.", en: "Your session ended; please log in again.")

    // Inbox
    public let inboxIntro = Phrase(
        id: "Yang menunggu tindakan Anda, yang melewati mutu baku waktu lebih dulu.",
        en: "What waits for you, overdue first.")
    public let nothingWaits = Phrase(id: "Tidak ada yang menunggu Anda.", en: "Nothing waits for you.")
    public let request = Phrase(id: "Permohonan", en: "Request")
    public let step = Phrase(id: "Langkah", en: "Step")
    public let executor = Phrase(id: "Pelaksana", en: "Executor")
    public let waitingSince = Phrase(id: "Menunggu sejak", en: "Waiting since")
    public let timeUsed = Phrase(id: "Waktu terpakai", en: "Time used")
    public let deviations = Phrase(id: "Penyimpangan (perlengkapan, output)", en: "Deviations (equipment, output)")
    public let deviationEquipment = Phrase(id: "perlengkapan", en: "equipment")
    public let deviationOutput = Phrase(id: "keluaran (output)", en: "output")
    public let of = Phrase(id: "dari", en: "of")
    public let overdue = Phrase(id: "TERLAMBAT", en: "OVERDUE")
    public let exceeded = Phrase(id: "MELEWATI", en: "EXCEEDED")

    // Request list and page
    public let status = Phrase(same: "Status")
    public let filed = Phrase(id: "Diajukan", en: "Filed")
    public let by = Phrase(id: "Oleh", en: "By")
    public let applicant = Phrase(id: "Pemohon", en: "Applicant")
    public let candidates = Phrase(id: "Calon petugas", en: "Candidates")
    public let noRequests = Phrase(id: "Belum ada permohonan.", en: "No requests yet.")
    public let name = Phrase(id: "Nama", en: "Name")
    public let role = Phrase(id: "Peran SIAK", en: "SIAK role")
    public let unit = Phrase(id: "Unit kerja", en: "Work unit")
    public let position = Phrase(id: "Jabatan", en: "Position")
    public let steps = Phrase(id: "Langkah SOP", en: "SOP steps")
    public let when = Phrase(id: "Waktu", en: "When")
    public let outcome = Phrase(id: "Hasil", en: "Outcome")
    public let documentsAndNote = Phrase(id: "Kelengkapan / catatan", en: "Documents / note")
    public let waiting = Phrase(id: "menunggu", en: "waiting")
    public let struck = Phrase(id: "Dicoret dari daftar", en: "Struck from the list")
    public let reason = Phrase(id: "Alasan", en: "Reason")
    public let currentStep = Phrase(id: "Langkah sekarang", en: "Current step")
    public let waitingFor = Phrase(id: "Menunggu", en: "Waiting for")
    public let needs = Phrase(id: "Kelengkapan yang harus ada", en: "Required documents")
    public let standard = Phrase(id: "Mutu baku waktu", en: "Time standard")
    public let letterDated = Phrase(id: "Surat tertanggal", en: "Letter dated")
    public let agendaNumber = Phrase(id: "Nomor agenda surat masuk", en: "Agenda number of the letter")
    public let registeredAt = Phrase(id: "Diagendakan pada", en: "Registered on")
    public let decree = Phrase(same: "SK")

    // Actions
    public let act = Phrase(id: "Tindakan Anda", en: "Your action")
    public let notYourTurn = Phrase(
        id: "Langkah ini tidak menunggu Anda; Anda hanya dapat melihatnya.", en: "This step does not wait for you; you can only look.")
    public let note = Phrase(id: "Catatan", en: "Note")
    public let approve = Phrase(id: "Setujui / kerjakan langkah ini", en: "Approve / do this step")
    public let initial = Phrase(id: "Paraf", en: "Initial (paraf)")
    public let reject = Phrase(id: "Tolak (final)", en: "Reject (final)")
    public let returnForRevision = Phrase(id: "Kembalikan untuk diperbaiki", en: "Return for revision")
    public let reasonRequired = Phrase(id: "Alasan (dicatat)", en: "Reason (recorded)")
    public let evidenceReference = Phrase(id: "Nomor dokumen", en: "Document number")
    public let evidenceFile = Phrase(id: "Pindaian (PDF, JPEG atau PNG)", en: "Scan (PDF, JPEG or PNG)")
    public let strikeLegend = Phrase(
        id: "Coret nama dari daftar (yang lain tetap lanjut)", en: "Strike names from the list (the rest go on)")
    public let strikeReason = Phrase(id: "alasan pencoretan", en: "reason for striking")
    public let issueDecreeLink = Phrase(id: "Buat dan catat SK Kadis untuk permohonan ini", en: "Draft and record the SK for this request")
    public let handoverLink = Phrase(id: "Serahkan akun", en: "Hand over accounts")
    public let done = Phrase(id: "Tercatat.", en: "Recorded.")

    // New request
    public let newRequestIntro = Phrase(
        id: "Unggah daftar usulan (CSV: Nama, NIP, NIK, Peran, Unit Kerja, Jabatan) atau isi satu calon.",
        en: "Upload a proposal list (CSV: Nama, NIP, NIK, Peran, Unit Kerja, Jabatan) or fill in one candidate.")
    public let proposalList = Phrase(id: "Daftar usulan (CSV)", en: "Proposal list (CSV)")
    public let oneCandidate = Phrase(id: "Atau satu calon", en: "Or one candidate")
    public let nip = Phrase(same: "NIP / NI PPPK")
    public let nik = Phrase(same: "NIK")
    public let submit = Phrase(id: "Ajukan", en: "File")
    public let confirmations = Phrase(
        id: "Konfirmasi peringatan (satu per baris: ID=catatan)", en: "Confirm warnings (one per line: ID=note)")

    // Decrees
    public let decreeNumber = Phrase(id: "Nomor SK", en: "SK number")
    public let decreeTitle = Phrase(id: "Tentang", en: "Title")
    public let signedOn = Phrase(id: "Tanggal ditetapkan", en: "Signed on")
    public let effective = Phrase(id: "Berlaku mulai", en: "In force from")
    public let until = Phrase(id: "Berlaku sampai (bila dibatasi)", en: "In force until (if limited)")
    public let supersedes = Phrase(id: "Mencabut SK (nomor, satu per baris)", en: "Supersedes SK (numbers, one per line)")
    public let signerName = Phrase(id: "Nama penanda tangan (Kepala Dinas)", en: "Signer's name (Kepala Dinas)")
    public let signerNIP = Phrase(id: "NIP penanda tangan", en: "Signer's NIP")
    public let issue = Phrase(id: "Catat SK", en: "Record the SK")
    public let importDecree = Phrase(id: "Impor SK dari lampirannya", en: "Import an SK from its attachment")
    public let confirmDecree = Phrase(id: "Konfirmasi SK", en: "Confirm an SK")
    public let confirmIntro = Phrase(
        id: "SK yang diimpor (atau yang penggantiannya mencabut banyak orang) baru berlaku setelah pejabat kedua mengonfirmasinya dengan pindaian SK yang ditandatangani; bukan pengimpornya, bukan orang yang tercantum di dalamnya.",
        en: "An imported SK (or one whose supersession revokes many people) takes effect only when a second official confirms it with the scan of the signed SK; not its importer, not a person it names.")
    public let noneAwaitingConfirmation = Phrase(id: "Tidak ada SK yang menunggu konfirmasi.", en: "No SK awaits confirmation.")
    public let signDecreeLink = Phrase(id: "Tanda tangani SK permohonan ini", en: "Sign this request's SK")
    public let signDecree = Phrase(id: "Tanda tangan SK", en: "Sign the SK")
    public let signButton = Phrase(id: "Catat tanda tangan", en: "Record the signature")
    public let signedOnSignature = Phrase(id: "Tanggal pada tanda tangan (YYYY-MM-DD)", en: "Date on the signature (YYYY-MM-DD)")
    public func signIntro(_ signer: String) -> Phrase {
        Phrase(id: "Anda menandatangani SK ini sebagai \(signer), sesuai data Anda di direktori. SK berlaku sesuai tanggalnya setelah tanda tangan tercatat.",
               en: "You sign this SK as \(signer), as the directory holds you. The SK takes effect by its dates once the signature is recorded.")
    }
    public func signedAtStep(_ step: String) -> Phrase {
        Phrase(id: "Penanda tangan dan tanggal tanda tangan dicatat oleh Kepala Dinas sendiri di tahap \(step).",
               en: "The signer and the date of signature are recorded by the Kadis himself at step \(step).")
    }
    public let signedScan = Phrase(id: "Pindaian SK yang ditandatangani (PDF, JPEG atau PNG)", en: "Scan of the signed SK (PDF, JPEG or PNG)")
    public let attachment = Phrase(id: "Lampiran SK (CSV)", en: "SK attachment (CSV)")
    public let importButton = Phrase(id: "Impor", en: "Import")
    public let standing = Phrase(id: "Keberlakuan", en: "Standing")
    public let grants = Phrase(id: "Petugas", en: "People")
    public let noDecrees = Phrase(id: "Belum ada SK.", en: "No SKs yet.")
    public let lineErrors = Phrase(
        id: "Tidak ada yang dicatat. Perbaiki baris-baris berikut lalu unggah lagi:", en: "Nothing was recorded. Fix these lines and upload again:")

    // Handover
    public let handoverTitle = Phrase(id: "Serah terima akun SIAK", en: "Handing over a SIAK account")
    public let handoverIntro = Phrase(
        id: "Kata sandi awal dibuat sekarang, ditampilkan sekali saja, dan harus diganti pada saat masuk pertama: petugas menggantinya sendiri di halaman /akun/ganti-sandi server ini.",
        en: "The initial password is made now, shown once only, and must be changed at the first login: the operator changes it on this server's page /akun/ganti-sandi.")
    public let operatorField = Phrase(id: "Petugas (NIP, NIK atau nama pengguna)", en: "Operator (NIP, NIK or username)")
    public let receivedBy = Phrase(id: "Diterima oleh (nama seperti pada tanda terima)", en: "Received by (name as on the receipt)")
    public let handOver = Phrase(id: "Buat kata sandi dan serahkan", en: "Make the password and hand over")
    public let writeItDown = Phrase(
        id: "Catat sekarang — kata sandi ini hanya ditampilkan sekali dan tidak disimpan di mana pun.",
        en: "Write it down now — this password is shown only once and stored nowhere.")
    public let receipt = Phrase(id: "Tanda terima", en: "Receipt")
    public let print = Phrase(id: "Cetak tanda terima", en: "Print the receipt")
    public let usernameLabel = Phrase(id: "Nama pengguna", en: "Username")
    public let initialPassword = Phrase(id: "Kata sandi awal", en: "Initial password")
    public let signature = Phrase(id: "Tanda tangan", en: "Signature")
    public let handedOverBy = Phrase(id: "Yang menyerahkan", en: "Handed over by")
    public let receiver = Phrase(id: "Yang menerima", en: "Received by")
    public let stillToReceive = Phrase(id: "masih menunggu serah terima", en: "still to receive their account")

    // Reports
    public let rosterIntro = Phrase(id: "Siapa memegang peran SIAK hari ini, dan dasarnya.", en: "Who holds which SIAK role today, and on what basis.")
    public let username2 = Phrase(id: "Nama pengguna", en: "Username")
    public let basis = Phrase(id: "Dasar", en: "Basis")
    public let nobody = Phrase(id: "Belum ada petugas.", en: "Nobody yet.")
    public let slaIntro = Phrase(
        id: "Langkah yang melewati mutu baku waktu (jam kerja), menurut langkah dan pelaksana.",
        en: "Steps over their time standard (office hours), by step and executor.")
    public let allWithin = Phrase(id: "Semua langkah dalam mutu baku waktu.", en: "Every step within its time standard.")
    public let reconcileIntro = Phrase(
        id: "Perbandingan direktori dengan daftar petugas. Hanya ADB yang dapat menerapkan perbaikan.",
        en: "The directory compared with the roster. Only the ADB may apply fixes.")
    public let kind = Phrase(id: "Jenis", en: "Kind")
    public let entry = Phrase(id: "Entri", en: "Entry")
    public let detail = Phrase(id: "Rincian", en: "Detail")
    public let result = Phrase(id: "Hasil", en: "Result")
    public let noDifferences = Phrase(id: "Direktori sesuai dengan daftar petugas.", en: "The directory matches the roster.")
    public let apply = Phrase(id: "Terapkan perbaikan", en: "Apply the fixes")
    public let documents = Phrase(id: "Dokumen", en: "Documents")
    public let refused = Phrase(id: "Ditolak", en: "Refused")
}
