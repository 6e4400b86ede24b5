import AccessWorkflow

/// Column headings of the shells' tables (upper case, as the CLI prints them).
public struct Columns: Sendable {
    public let request = Phrase(id: "PERMOHONAN", en: "REQUEST")
    public let step = Phrase(id: "TAHAP", en: "STEP")
    public let title = Phrase(id: "URAIAN", en: "TITLE")
    public let waitingSince = Phrase(id: "MENUNGGU SEJAK", en: "WAITING SINCE")
    public let timeUsed = Phrase(id: "WAKTU TERPAKAI", en: "TIME USED")
    public let status = Phrase(same: "STATUS")
    public let filed = Phrase(id: "DIAJUKAN", en: "FILED")
    public let by = Phrase(id: "OLEH", en: "BY")
    public let applicant = Phrase(id: "PEMOHON", en: "APPLICANT")
    public let candidates = Phrase(id: "CALON", en: "CANDIDATES")
    public let candidate = Phrase(id: "CALON", en: "CANDIDATE")
    public let decree = Phrase(same: "SK")
    public let name = Phrase(id: "NAMA", en: "NAME")
    public let nip = Phrase(same: "NIP")
    public let nik = Phrase(same: "NIK")
    public let nipOrNIK = Phrase(same: "NIP / NIK")
    public let role = Phrase(id: "PERAN", en: "ROLE")
    public let roles = Phrase(id: "PERAN", en: "ROLES")
    public let unit = Phrase(id: "UNIT KERJA", en: "UNIT")
    public let username = Phrase(id: "NAMA PENGGUNA", en: "USERNAME")
    public let basis = Phrase(id: "DASAR", en: "BASIS")
    public let until = Phrase(id: "SAMPAI", en: "UNTIL")
    public let from = Phrase(id: "MULAI", en: "FROM")
    public let standing = Phrase(id: "KEDUDUKAN", en: "STANDING")
    public let grants = Phrase(id: "PENERIMA", en: "GRANTS")
    public let supersedes = Phrase(id: "MENGGANTIKAN", en: "SUPERSEDES")
    public let seq = Phrase(id: "NO", en: "SEQ")
    public let time = Phrase(id: "WAKTU", en: "TIME")
    public let kind = Phrase(id: "JENIS", en: "KIND")
    public let actor = Phrase(id: "PELAKU", en: "ACTOR")
    public let subject = Phrase(id: "SUBJEK", en: "SUBJECT")
    public let what = Phrase(id: "ISI", en: "WHAT")
    public let executor = Phrase(id: "PELAKSANA", en: "EXECUTOR")
    public let started = Phrase(id: "MULAI", en: "STARTED")
    public let standard = Phrase(id: "MUTU BAKU WAKTU", en: "STANDARD")
    public let result = Phrase(id: "HASIL", en: "RESULT")
    public let struck = Phrase(id: "DICORET", en: "STRUCK")
    public let person = Phrase(id: "ORANG", en: "PERSON")
    public let atStep = Phrase(id: "DI TAHAP", en: "AT STEP")
    public let when = Phrase(id: "WAKTU", en: "WHEN")
    public let reason = Phrase(id: "ALASAN", en: "REASON")
    public let outcome = Phrase(id: "HASIL", en: "OUTCOME")
    public let duration = Phrase(id: "LAMA", en: "TIME")
    public let evidenceOrNote = Phrase(id: "BUKTI / CATATAN", en: "EVIDENCE / NOTE")
    public let entry = Phrase(id: "ENTRI", en: "ENTRY")
    public let detail = Phrase(id: "RINCIAN", en: "DETAIL")
    public let uid = Phrase(same: "UID")
}

/// Short words in the cells of tables and in lines: statuses, outcomes, results, durations.
public struct Words: Sendable {
    public let waiting = Phrase(id: "menunggu", en: "waiting")
    public let waitingActor = Phrase(id: "(menunggu)", en: "(waiting)")
    public let overdue = Phrase(id: "TERLAMBAT", en: "OVERDUE")
    public let exceeded = Phrase(id: "MELEWATI BATAS", en: "EXCEEDED")
    public let withinStandard = Phrase(id: "sesuai", en: "ok")
    public let deviated = Phrase(id: "PENYIMPANGAN", en: "DEVIATION")
    public let notYet = Phrase(id: "(belum ada)", en: "(not yet)")
    public let imported = Phrase(id: "impor", en: "imported")
    public let openEnded = Phrase(id: "tanpa batas", en: "open")
    public let none = Phrase(id: "(tidak ada)", en: "none")
    public let voided = Phrase(id: " (dibatalkan)", en: " (voided)")

    /// "1 jam 05 menit", "40 menit", "2 hari 3 jam" (office time); English "1 h 05 min", "40 min", "2 d 3 h".
    public func duration(seconds: Double) -> Phrase {
        let minutes = Int((seconds / 60).rounded())
        if minutes < 60 { return Phrase(id: "\(minutes) menit", en: "\(minutes) min") }
        let hours = minutes / 60, rest = minutes % 60
        if hours < 24 {
            if rest == 0 { return Phrase(id: "\(hours) jam", en: "\(hours) h") }
            let padded = rest < 10 ? "0\(rest)" : "\(rest)"
            return Phrase(id: "\(hours) jam \(padded) menit", en: "\(hours) h \(padded) min")
        }
        return Phrase(id: "\(hours / 24) hari \(hours % 24) jam", en: "\(hours / 24) d \(hours % 24) h")
    }

    /// "40 menit dari 1 jam TERLAMBAT": the time used against the standard, with a mark when over it.
    public func used(_ elapsed: Double, of standard: Int, mark: Phrase?) -> Phrase {
        let used = duration(seconds: elapsed), limit = duration(seconds: Double(standard))
        let suffix = mark.map { (" " + $0.indonesian, " " + $0.english) } ?? ("", "")
        return Phrase(id: "\(used.indonesian) dari \(limit.indonesian)\(suffix.0)",
                      en: "\(used.english) of \(limit.english)\(suffix.1)")
    }

    /// A request's status kind as the request list gives it (`inProgress`, …); other text as it is.
    public func status(_ kind: String) -> Phrase {
        switch kind {
        case "inProgress": Phrase(id: "dalam proses", en: kind)
        case "returned": Phrase(id: "dikembalikan", en: kind)
        case "rejected": Phrase(id: "ditolak", en: kind)
        case "cancelled": Phrase(id: "dibatalkan", en: kind)
        case "completed": Phrase(id: "selesai", en: kind)
        default: Phrase(same: kind)
        }
    }

    /// What an action on a step did (`approved`, `initialled`, …); other text as it is.
    public func outcome(_ outcome: String) -> Phrase {
        switch outcome {
        case "filed": Phrase(id: "diajukan", en: outcome)
        case "drafted": Phrase(id: "draf", en: outcome)
        case "initialled": Phrase(id: "diparaf", en: outcome)
        case "resubmitted": Phrase(id: "diajukan ulang", en: outcome)
        case "approved": Phrase(id: "disetujui", en: outcome)
        case "decreeIssued": Phrase(id: "SK diterbitkan", en: outcome)
        case "signed": Phrase(id: "SK ditandatangani", en: outcome)
        case "keep": Phrase(id: "tetap", en: outcome)
        case "remove": Phrase(id: "dicabut", en: outcome)
        case "handedOver": Phrase(id: "diserahterimakan", en: outcome)
        case "rejected": Phrase(id: "ditolak", en: outcome)
        case "returned": Phrase(id: "dikembalikan", en: outcome)
        default: Phrase(same: outcome)
        }
    }

    /// The kind of a difference between the directory and the roster (`missing`, `role-drift`, …).
    public func difference(_ kind: String) -> Phrase {
        switch kind {
        case "missing": Phrase(id: "belum ada", en: kind)
        case "attribute-drift": Phrase(id: "atribut berbeda", en: kind)
        case "role-drift": Phrase(id: "peran berbeda", en: kind)
        case "locked-on-roster": Phrase(id: "terkunci", en: kind)
        case "locked-by-lost-record": Phrase(id: "terkunci oleh catatan yang hilang", en: kind)
        case "expired": Phrase(id: "kedaluwarsa", en: kind)
        case "revoked": Phrase(id: "dicabut", en: kind)
        case "orphan": Phrase(id: "tanpa dasar", en: kind)
        case "unauthorized-member": Phrase(id: "anggota tanpa hak", en: kind)
        case "unmanaged-correlated": Phrase(id: "di luar hak-akses", en: kind)
        case "conflict": Phrase(id: "konflik", en: kind)
        case "past-grace": Phrase(id: "lewat masa tenggang", en: kind)
        case "shared-username": Phrase(id: "nama pengguna ganda", en: kind)
        default: Phrase(same: kind)
        }
    }

    /// What became of a difference, as a reconciliation row says it (a failure with the directory's answer).
    public func reconcileResult(_ row: ReconcileDocument.Row) -> Phrase {
        switch row.outcome {
        case .fixed: Phrase(id: "diperbaiki", en: row.result)
        case .wouldFix: Phrase(id: "akan diperbaiki", en: row.result)
        case .notFixed: Phrase(id: "tidak diperbaiki", en: row.result)
        case .needsDecision: Phrase(id: "perlu keputusan", en: row.result)
        case .failed: Phrase(id: "gagal: " + row.result.dropFirst("failed: ".count), en: row.result)
        }
    }
}
