import AccessWorkflow

/// The forgotten-password page (no login) and its rows in the administrators' inbox.
public struct ResetTexts: Sendable {
    public let title = Phrase(id: "Lupa kata sandi akun SIAK", en: "Forgotten SIAK account password")
    public let intro = Phrase(
        id: "Isi username SIAK dan 6 digit terakhir NIK Anda. Kata sandi baru tidak dikirim lewat surel atau pesan: permintaan masuk ke kotak masuk ADB, yang menyerahkan kata sandi baru langsung kepada Anda.",
        en: "Give your SIAK username and the last 6 digits of your NIK. No new password is sent by e-mail or message: the request goes to the ADB's inbox, and the ADB hands a new password to you in person.")
    public let username = Phrase(id: "Username SIAK", en: "SIAK username")
    public let digits = Phrase(id: "6 digit terakhir NIK", en: "Last 6 digits of the NIK")
    public let contact = Phrase(id: "Kontak (nomor telepon atau kantor kelurahan, boleh kosong)", en: "Contact (phone number or kelurahan office, optional)")
    public let button = Phrase(id: "Minta kata sandi baru", en: "Ask for a new password")
    public let forgot = Phrase(id: "Lupa kata sandi?", en: "Forgot the password?")
    public let inboxTitle = Phrase(id: "Permintaan kata sandi baru", en: "Requests for a new password")
    /// "budi.santoso minta kata sandi baru (…): `hakakses handover budi.santoso --received-by NAMA`".
    public func waiting(_ username: String, since: String, contact: String) -> Phrase {
        let reach = contact.isEmpty ? "" : ", \(contact)"
        return Phrase(
            id: "\(username) minta kata sandi baru (\(since)\(reach)); periksa KTP-nya, lalu `hakakses handover \(username) --received-by NAMA`",
            en: "\(username) asks for a new password (\(since)\(reach)); check their KTP, then `hakakses handover \(username) --received-by NAME`")
    }
    public let inboxIntro = Phrase(
        id: "Operator yang lupa kata sandi. Serahkan kata sandi baru secara langsung setelah memeriksa KTP-nya (Serah terima akun).",
        en: "Operators who forgot their password. Hand a new one over in person after checking their KTP (account handover).")
}
