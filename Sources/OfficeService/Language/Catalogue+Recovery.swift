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
}
