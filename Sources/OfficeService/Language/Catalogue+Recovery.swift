import AccessWorkflow

/// Backups, restores, replicas and what a restore lost.
public struct RecoveryTexts: Sendable {
    public func anchorSays(_ anchor: String, head: Int64, lost: Int64?) -> Phrase {
        let idTail = lost.map { " — \($0) catatan hilang" } ?? ": sejarah yang berbeda"
        let enTail = lost.map { " — \($0) records lost" } ?? ": a different history"
        return Phrase(
            id: "jangkar direktori menyebut \(anchor); basis data ini berakhir pada catatan #\(head)\(idTail)",
            en: "the directory's anchor names \(anchor); this database ends at record #\(head)\(enTail)")
    }

    public let nothingShown = Phrase(
        id: "direktori tidak menunjukkan SK, akun atau pencabutan yang tidak diketahui log ini",
        en: "the directory shows no SK, account or revocation this log does not know")

    public func lostDecree(_ number: String, entries: Int) -> Phrase {
        Phrase(id: "SK \(number) (pada \(entries) akun) tidak ada dalam log: masukkan lagi (impor, lalu konfirmasi Kadis)",
               en: "SK \(number) (on \(entries) accounts) is not in the log: enter it again (import, then the Kadis's confirmation)")
    }

    public func lostAccount(_ who: String) -> Phrase {
        Phrase(id: "akun \(who) dibuat oleh pekerjaan yang hilang: rekonsiliasi akan menguncinya sampai pekerjaan itu dimasukkan lagi",
               en: "account \(who) was made by lost work: a reconciliation would lock it until that work is entered again")
    }

    public func lostRevocation(_ who: String) -> Phrase {
        Phrase(id: "akun \(who) dikunci oleh pencabutan yang hilang: tetap terkunci; catat pencabutannya lagi (`hakakses revoke`)",
               en: "account \(who) was locked by a lost revocation: it stays locked; record the revocation again (`hakakses revoke`)")
    }

    public func differences(_ count: Int) -> Phrase {
        Phrase(id: "rekonsiliasi (uji kering, tidak ada yang ditulis): \(count) perbedaan", en: "reconciliation (dry run, nothing written): \(count) differences")
    }

    public let listOnly = Phrase(
        id: "belum ada yang dicatat: dengan --reason \"…\" (dan --by NAMA) kehilangan ini dicatat dan jangkar dipindahkan",
        en: "nothing recorded yet: with --reason \"…\" (and --by NAME) the loss is recorded and the anchor moved")

    public let reviewFirst = Phrase(
        id: "server kantor tidak menerapkan rekonsiliasi terjadwal sampai ADB meninjau perbedaannya dan menerapkan satu dengan tangan: `hakakses reconcile`, lalu `hakakses reconcile --apply`",
        en: "the office server applies no scheduled reconciliation until the ADB has looked at the differences and applied one by hand: `hakakses reconcile`, then `hakakses reconcile --apply`")

    public func backedUp(_ folder: String, records: Int64, files: Int) -> Phrase {
        Phrase(id: "cadangan dibuat dan diperiksa: \(folder) (\(records) catatan, \(files) berkas arsip); salin ke luar server (flashdisk, server lain)",
               en: "backup made and verified: \(folder) (\(records) records, \(files) archive files); copy it off the server (USB stick, another machine)")
    }

    public let keyNotCopied = Phrase(
        id: "kunci audit tidak ikut disalin (--with-key FOLDER untuk menyimpannya terpisah); tanpa kunci, cadangan tidak dapat diperiksa atau dipulihkan",
        en: "the audit key was not copied (--with-key FOLDER keeps it apart); without the key a backup can be neither verified nor restored")

    public func backupIntact(_ folder: String, records: Int64, head: String, files: Int, made: String) -> Phrase {
        Phrase(id: "cadangan utuh: \(folder), dibuat \(made): \(records) catatan sampai hash \(head.prefix(16))…, \(files) berkas arsip",
               en: "backup intact: \(folder), made \(made): \(records) records up to hash \(head.prefix(16))…, \(files) archive files")
    }

    public func restored(_ source: String, records: Int64, files: Int, kind: String) -> Phrase {
        Phrase(id: "dipulihkan dari \(source) (\(kind)): \(records) catatan, \(files) berkas arsip",
               en: "restored from \(source) (\(kind)): \(records) records, \(files) archive files")
    }

    public func keptAside(_ path: String) -> Phrase {
        Phrase(id: "yang ada sebelumnya disimpan sebagai \(path)", en: "what was there before is kept as \(path)")
    }

    public let nothingLost = Phrase(
        id: "jangkar direktori cocok dengan basis data yang dipulihkan: tidak ada catatan yang hilang; jalankan server kantor",
        en: "the directory's anchor matches the restored database: no record was lost; start the office server")

    public let afterRestore = Phrase(
        id: "kantor hanya dapat dibaca sampai dipulihkan: masukkan lagi pekerjaan yang hilang bila bisa dari replika (`hakakses restore` folder replika), atau periksa daftar ini lalu catat kehilangannya (`hakakses audit reanchor --reason \"…\" --by NAMA`)",
        en: "the office is read-only until recovered: restore from the replica if there is one (`hakakses restore` of the replica's folder), or review this list and record the loss (`hakakses audit reanchor --reason \"…\" --by NAME`)")

    public let anchorUnknown = Phrase(
        id: "direktori tidak dapat dihubungi untuk membaca jangkarnya; server kantor memeriksanya saat mulai, dan kantor hanya dapat dibaca bila ada catatan yang hilang",
        en: "the directory could not be reached to read its anchor; the office server checks it when it starts, and the office is read-only if records were lost")

    public func replicaHolds(_ held: Int64, server: Int64, records: Int, files: Int, lag: Double?) -> Phrase {
        let idLag = lag.map { String(format: "; catatan terbaru tiba %.2f s setelah dicatat", $0) } ?? ""
        let enLag = lag.map { String(format: "; the newest record arrived %.2f s after it was recorded", $0) } ?? ""
        return Phrase(
            id: "replika memegang catatan sampai #\(held) dari #\(server) di server (+\(records) catatan, +\(files) berkas arsip)\(idLag)",
            en: "the replica holds the records up to #\(held) of the server's #\(server) (+\(records) records, +\(files) archive files)\(enLag)")
    }

    public func replicaRetrying(_ detail: String, seconds: Int) -> Phrase {
        Phrase(id: "server tidak terjangkau (\(detail)); dicoba lagi dalam \(seconds) s; replika tetap menyimpan yang sudah dipegangnya",
               en: "the server cannot be reached (\(detail)); trying again in \(seconds) s; the replica keeps what it holds")
    }

    public func replicaTokenMade(_ path: String, hash: String) -> Phrase {
        Phrase(
            id: "token replika ditulis ke \(path) (mode 0600; tetap di mesin ini). Di server kantor, tambahkan baris ini di bawah `api:` dalam konfigurasi, lalu mulai ulang server:\n  replicaTokens: [\"\(hash)\"]",
            en: "the replica's token was written to \(path) (mode 0600; it stays on this machine). On the office server, add this line under `api:` in the configuration, then restart the server:\n  replicaTokens: [\"\(hash)\"]")
    }

    public func notCopied(_ paths: [String]) -> Phrase {
        let shown = paths.prefix(10).joined(separator: ", ") + (paths.count > 10 ? ", …" : "")
        return Phrase(
            id: "\(paths.count) berkas di folder arsip bukan berkas kantor (tautan, nama tersembunyi atau asing) dan tidak disalin: \(shown)",
            en: "\(paths.count) files in the archive folder are not the office's (links, hidden or foreign names) and were not copied: \(shown)")
    }
}
