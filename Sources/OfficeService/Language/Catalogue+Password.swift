import AccessWorkflow

/// The operators' password page (no login): words an operator at a kelurahan or kecamatan reads.
public struct PasswordTexts: Sendable {
    public let title = Phrase(id: "Ganti kata sandi akun SIAK", en: "Change your SIAK account password")
    public let intro = Phrase(
        id: "Pada masuk pertama, kata sandi yang diserahkan kepada Anda harus diganti dengan kata sandi Anda sendiri. Isi username SIAK, kata sandi saat ini, lalu kata sandi baru dua kali. Hanya Anda yang mengetahui kata sandi baru; petugas Dinas tidak dapat melihatnya.",
        en: "At the first login the password handed to you must be replaced by your own. Give your SIAK username, your current password, then the new password twice. Only you know the new password; the office's staff cannot see it.")
    public let rules = Phrase(
        id: "Aturan: sedikitnya 10 karakter; tidak sama dengan 5 kata sandi terakhir; 5 kali salah mengunci akun selama 15 menit.",
        en: "Rules: at least 10 characters; not one of your last 5 passwords; 5 wrong passwords lock the account for 15 minutes.")
    public let username = Phrase(id: "Username SIAK", en: "SIAK username")
    public let current = Phrase(id: "Kata sandi saat ini", en: "Current password")
    public let new = Phrase(id: "Kata sandi baru", en: "New password")
    public let repeated = Phrase(id: "Ulangi kata sandi baru", en: "New password again")
    public let button = Phrase(id: "Ganti kata sandi", en: "Change the password")
    public let changePassword = Phrase(id: "Ganti kata sandi akun SIAK (operator)", en: "Change a SIAK account password (operators)")
}
