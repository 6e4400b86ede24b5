import AccessWorkflow

/// Accounts in the directory: a sync pass, the handover of a password (shown once), a revocation.
public struct AccountTexts: Sendable {
    // MARK: Sync
    public let writing = Phrase(id: "menulis", en: "writing")

    /// "5 jatuh tempo: 5 selesai (12 penulisan: 5 belum ada), 0 ditolak, 0 akan dicoba lagi".
    public func syncSummary(_ report: SyncReport) -> Phrase {
        let kinds = report.fixed.sorted { $0.key < $1.key }
        let indonesian = kinds.map { "\($0.value) \(Catalogue.words.difference($0.key).indonesian)" }.joined(separator: ", ")
        return Phrase(
            id: "\(report.due) jatuh tempo: \(report.completed) selesai (\(report.writes) penulisan\(indonesian.isEmpty ? "" : ": \(indonesian)")), \(report.refused) ditolak, \(report.failed) akan dicoba lagi"
                + (report.serverSwitches.map { "; pindah ke server direktori lain \($0.count)× (\($0.joined(separator: "; ")))" } ?? ""),
            en: report.summary)
    }

    public func syncLine(_ report: SyncReport) -> Phrase {
        let summary = syncSummary(report)
        return Phrase(id: "sync: \(summary.indonesian)", en: "sync: \(summary.english)")
    }

    // MARK: Handover
    /// "diserahkan kepada Budi Santoso — catat sekarang, hanya ditampilkan sekali:".
    public func handedOver(to receiver: String) -> Phrase {
        Phrase(id: "diserahkan kepada \(receiver) — catat sekarang, hanya ditampilkan sekali:",
               en: "handed over to \(receiver) — write it down now, it is shown only once:")
    }

    public let receiptName = Phrase(id: "nama", en: "name")
    public let receiptUsername = Phrase(id: "nama pengguna", en: "username")
    public let receiptPassword = Phrase(id: "kata sandi", en: "password")
    public let mustChange = Phrase(id: "(wajib diganti saat login pertama)", en: "(must be changed at the first login)")

    /// "REQ-…: 2 orang belum menerima akunnya: …".
    public func stillToReceive(_ request: String, _ names: [String]) -> Phrase {
        Phrase(id: "\(request): \(names.count) orang belum menerima akunnya: \(names.joined(separator: ", "))",
               en: "\(request): \(names.count) still to receive their account: \(names.joined(separator: ", "))")
    }

    // MARK: Revocation
    /// "akses nip:… dicabut (mutasi)".
    public func revoked(_ person: String, reason: String) -> Phrase {
        let said = RevocationReason(rawValue: reason)?.text(in: .indonesian) ?? reason
        return Phrase(id: "akses \(person) dicabut (\(said))", en: "revoked \(person) (\(reason))")
    }

    public func directoryUpdated(_ report: SyncReport) -> Phrase {
        let summary = syncSummary(report)
        return Phrase(id: "direktori: \(summary.indonesian)", en: "directory: \(summary.english)")
    }

    public func revocationPending(_ why: String) -> Phrase {
        Phrase(id: "pencabutan telah dicatat; direktori tidak dapat dihubungi sekarang dan akan diperbarui oleh server kantor atau `hakakses sync` (\(why))",
               en: "the revocation is recorded; the directory is unreachable now and will be updated by the office server or `hakakses sync` (\(why))")
    }
}
