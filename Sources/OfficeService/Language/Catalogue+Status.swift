import AccessWorkflow

/// The applicant's status page (no login): words a member of the public reads.
public struct StatusTexts: Sendable {
    public let title = Phrase(id: "Status permohonan hak akses SIAK", en: "Status of a SIAK access request")
    public let intro = Phrase(
        id: "Masukkan nomor permohonan dari tanda terima Anda dan 6 digit terakhir NIK Anda (atau NIP bila tidak ber-NIK). Halaman ini tidak menampilkan nama atau nomor siapa pun; username dan kata sandi tidak pernah diberikan di sini.",
        en: "Enter the request number from your receipt and the last 6 digits of your NIK (or NIP if you have no NIK). This page shows nobody's name or number; usernames and passwords are never given here.")
    public let requestNumber = Phrase(id: "Nomor permohonan", en: "Request number")
    public let digits = Phrase(id: "6 digit terakhir NIK", en: "Last 6 digits of the NIK")
    public let button = Phrase(id: "Lihat status", en: "Show the status")
    public let request = Phrase(id: "Permohonan", en: "Request")
    public let filedOn = Phrase(id: "Diajukan", en: "Filed on")
    public let status = Phrase(same: "Status")
    public let step = Phrase(id: "Tahap", en: "Step")
    public let waitingFor = Phrase(id: "Ditangani oleh", en: "Handled by")
    public let since = Phrase(id: "Sejak", en: "Since")
    public let standard = Phrase(id: "Mutu baku waktu tahap ini", en: "Time standard of this step")
    public let reason = Phrase(id: "Alasan", en: "Reason")
    public let staffLogin = Phrase(id: "Masuk sebagai pegawai", en: "Staff login")
    public let checkStatus = Phrase(id: "Cek status permohonan (pemohon)", en: "Check a request's status (applicants)")
}
