import AccessWorkflow

/// Reports: the roster (daftar pemegang akses), the SLA report against the SOP's mutu baku waktu, reconciliation of
/// the directory, and the audit log with its verification.
public struct ReportTexts: Sendable {
    // MARK: Roster
    /// "daftar pemegang akses per 2026-11-23: 12 orang".
    public func roster(on date: String, people: Int) -> Phrase {
        Phrase(id: "daftar pemegang akses per \(date): \(people) orang", en: "roster on \(date): \(people) people")
    }

    public func nobodyOnRoster(on date: String) -> Phrase {
        Phrase(id: "tidak ada yang memegang peran SIAK pada \(date)", en: "nobody holds a SIAK role on \(date)")
    }

    public func conflict(_ text: String) -> Phrase {
        Phrase(id: "konflik (tidak dimasukkan ke daftar): \(text)", en: "conflict (left off the roster): \(text)")
    }

    // MARK: SLA
    public let noSteps = Phrase(id: "belum ada tahap", en: "no steps yet")
    public let allWithinStandard = Phrase(id: "semua tahap dalam mutu baku waktunya", en: "every step within its time standard")

    /// "melewati batas, per tahap:     persetujuan-kadis 2, …".
    public func exceededByStep(_ counts: String) -> Phrase {
        Phrase(id: "melewati batas, per tahap:     \(counts)", en: "exceeded, by step:     \(counts)")
    }

    public func exceededByExecutor(_ counts: String) -> Phrase {
        Phrase(id: "melewati batas, per pelaksana: \(counts)", en: "exceeded, by executor: \(counts)")
    }

    /// "REQ-1 pembuatan-akun: penyimpangan perlengkapan — server SIAK mati 2 jam".
    public func deviation(request: String, step: String, kind: String, note: String) -> Phrase {
        let word = kind == "equipment" ? "perlengkapan" : kind
        return Phrase(id: "\(request) \(step): penyimpangan \(word) — \(note)", en: "\(request) \(step): \(kind) deviation — \(note)")
    }

    /// Sukamara's "Pencatatan dan pendataan": the newest copy kept as a reserve.
    public func lastBackup(_ time: String, folder: String, records: Int64) -> Phrase {
        Phrase(id: "kopian cadangan terakhir: \(time), \(records) catatan, \(folder)", en: "last backup: \(time), \(records) records, \(folder)")
    }

    public let noBackup = Phrase(id: "belum ada kopian cadangan (SOP: pencatatan dan pendataan); jalankan hakakses backup",
                                 en: "no backup made yet (the SOP's record keeping); run hakakses backup")

    public func deviationsByExecutor(_ counts: String) -> Phrase {
        Phrase(id: "penyimpangan, per pelaksana:   \(counts)", en: "deviations, by executor: \(counts)")
    }

    public func waitingBeyondStandard(_ count: Int) -> Phrase {
        Phrase(id: "saat ini menunggu melewati mutu baku waktu: \(count)", en: "waiting beyond the standard now: \(count)")
    }

    // MARK: Reconciliation
    /// "daftar pemegang akses: 12 orang; direktori: 12 entri terkelola; 1 perbedaan".
    public func reconcileSummary(roster: Int, managed: Int, differences: Int) -> Phrase {
        Phrase(id: "daftar pemegang akses: \(roster) orang; direktori: \(managed) entri terkelola; \(differences) perbedaan",
               en: "roster: \(roster) people; directory: \(managed) managed entries; \(differences) difference\(differences == 1 ? "" : "s")")
    }

    public func notApplied(_ why: String) -> Phrase {
        Phrase(id: "tidak diterapkan: \(why)", en: "not applied: \(why)")
    }

    public let dryRun = Phrase(id: "uji coba: tidak ada yang diubah; jalankan dengan --apply untuk memperbaiki",
                               en: "dry run: nothing changed; run with --apply to fix")

    // MARK: The audit log
    public let noRecords = Phrase(id: "tidak ada catatan", en: "no records")

    /// "log audit utuh: 42 catatan, hash terakhir …; jangkar di direktori (catatan #42) cocok".
    public func auditIntact(records: Int64, head: String, anchor: Int64?) -> Phrase {
        Phrase(id: "log audit utuh: \(records) catatan, hash terakhir \(head)\(anchor.map { "; jangkar di direktori (catatan #\($0)) cocok" } ?? "")",
               en: "audit log intact: \(records) records, head \(head)\(anchor.map { "; the directory's anchor (record #\($0)) matches" } ?? "")")
    }

    /// "log audit RUSAK pada catatan 7: …", or without a record when the whole log is concerned.
    public func auditBroken(at seq: Int64?, _ problem: String) -> Phrase {
        guard let seq else { return Phrase(id: "log audit RUSAK: \(problem)", en: "audit log BROKEN: \(problem)") }
        return Phrase(id: "log audit RUSAK pada catatan \(seq): \(problem)", en: "audit log BROKEN at record \(seq): \(problem)")
    }

    /// Every archived file (document or evidence scan) matches its audit record.
    public func archiveIntact(_ files: Int) -> Phrase {
        Phrase(id: "arsip utuh: \(files) berkas cocok dengan catatan auditnya", en: "archive intact: \(files) files match their audit records")
    }

    /// An archived file was changed or removed after it was recorded.
    public func archiveBroken(_ problem: String) -> Phrase {
        Phrase(id: "arsip RUSAK: \(problem)", en: "archive BROKEN: \(problem)")
    }

    /// The head hash given with `--expect-head` is not in the log.
    public func expectedHeadMissing(_ hash: String) -> Phrase {
        Phrase(id: "hash terakhir yang diharapkan \(hash) tidak ada dalam log: ada catatan yang dihapus dari ujungnya",
               en: "the expected head \(hash) is not in the log: records were removed from its end")
    }

    public func underSOPVersions(_ list: String) -> Phrase {
        Phrase(id: "versi SOP yang berlaku per permohonan (saat diajukan): \(list)", en: "SOP version per request (in force when filed): \(list)")
    }

    // Access reviews
    public let noReviewInterval = Phrase(
        id: "SOP kantor tidak menetapkan jangka review (review.everyMonths) atau tidak ada pemegang akses; review diadakan bila kantor memutuskan",
        en: "the office's SOP sets no review interval (review.everyMonths), or nobody holds access; reviews are held when the office decides")
    public let reviewAsOf = Phrase(id: "PER TANGGAL", en: "AS OF")
    public let reviewDue = Phrase(id: "BATAS", en: "DUE")
    public let reviewCounts = Phrase(id: "PEMEGANG / TETAP / DICABUT / BELUM", en: "HOLDERS / KEPT / REMOVED / UNDECIDED")
    public let reviewSigned = Phrase(id: "DITANDATANGANI", en: "SIGNED BY")

    public func reviewStarted(_ id: String, holders: Int, due: String) -> Phrase {
        Phrase(id: "review \(id) dimulai: \(holders) pemegang akses diputuskan tetap atau dicabut paling lambat \(due) (`hakakses review keep|remove \(id) ORANG`)",
               en: "review \(id) started: \(holders) holders to confirm or remove by \(due) (`hakakses review keep|remove \(id) PERSON`)")
    }

    public func reviewProgress(_ id: String, kept: Int, removed: Int, undecided: Int) -> Phrase {
        Phrase(id: "review \(id): \(kept) tetap, \(removed) dicabut, \(undecided) belum diputuskan",
               en: "review \(id): \(kept) kept, \(removed) removed, \(undecided) undecided")
    }

    public func reviewSignedOff(_ id: String, removed: Int, undecided: Int) -> Phrase {
        Phrase(id: "review \(id) ditandatangani: \(removed) orang kehilangan akses sekarang, \(undecided) yang tidak dikonfirmasi setelah 14 hari",
               en: "review \(id) signed off: \(removed) lose access now, \(undecided) not confirmed lose it after 14 days")
    }

    public func reviewHeading(_ id: String, asOf: String, due: String, signedBy: String?, loseAccessOn: String?) -> Phrase {
        let signed = signedBy.map { " — ditandatangani \($0)" } ?? " — belum ditandatangani"
        let signedEn = signedBy.map { " — signed off by \($0)" } ?? " — not signed off"
        let lose = loseAccessOn.map { "; yang tidak dikonfirmasi kehilangan akses pada \($0)" } ?? ""
        let loseEn = loseAccessOn.map { "; the unconfirmed lose access on \($0)" } ?? ""
        return Phrase(id: "review \(id): daftar petugas per \(asOf), batas \(due)\(signed)\(lose)",
                      en: "review \(id): roster as of \(asOf), due \(due)\(signedEn)\(loseEn)")
    }
}
