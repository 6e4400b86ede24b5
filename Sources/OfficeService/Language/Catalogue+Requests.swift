import AccessWorkflow

/// Requests: filing, where a request stands, the review commands, the inbox and a request in full.
public struct RequestTexts: Sendable {
    public let noRequests = Phrase(id: "belum ada permohonan", en: "no requests")

    /// "REQ-…: berikutnya TAHAP Uraian — pelaksana, paling lama 40 menit".
    public func next(_ request: String, step: StepInfo) -> Phrase {
        Phrase(id: "\(request): berikutnya \(step.id) \(step.title) — \(step.executorTitle), paling lama \(step.time)",
               en: "\(request): next \(step.id) \(step.title) — \(step.executorTitle), within \(step.time)")
    }

    /// "REQ-…: selesai" — the status as the office said it, in the caller's language.
    public func stands(_ request: String, status: String) -> Phrase {
        Phrase(same: "\(request): \(status)")
    }

    /// "REQ-… diajukan dengan 3 calon (sebagai draf)".
    public func filed(_ request: String, candidates: Int, draft: Bool) -> Phrase {
        Phrase(id: "\(request) diajukan dengan \(candidates) calon\(draft ? " sebagai draf" : "")",
               en: "filed \(request) with \(candidates) candidate\(candidates == 1 ? "" : "s")\(draft ? " as a draft" : "")")
    }

    /// "berikutnya: Uraian — pelaksana, paling lama 40 menit".
    public func nextStep(_ step: StepInfo) -> Phrase {
        Phrase(id: "berikutnya: \(step.title) — \(step.executorTitle), paling lama \(step.time)",
               en: "next: \(step.title) — \(step.executorTitle), within \(step.time)")
    }

    /// "dikonfirmasi: [id] pesan" — an identity warning the official confirmed with a note.
    public func confirmed(_ warning: WarningView) -> Phrase {
        Phrase(id: "dikonfirmasi: [\(warning.id)] \(warning.message)", en: "confirmed: [\(warning.id)] \(warning.message)")
    }

    /// "REQ-… diajukan ulang; berikutnya: Uraian — pelaksana".
    public func resubmitted(_ request: String, next: StepInfo?) -> Phrase {
        Phrase(id: "\(request) diajukan ulang\(next.map { "; berikutnya: \($0.title) — \($0.executorTitle)" } ?? "")",
               en: "resubmitted \(request)\(next.map { "; next: \($0.title) — \($0.executorTitle)" } ?? "")")
    }

    public func cancelled(_ request: String) -> Phrase {
        Phrase(id: "\(request) dibatalkan", en: "cancelled \(request)")
    }

    public func rejected(_ request: String, reason: String) -> Phrase {
        Phrase(id: "\(request) ditolak: \(reason)", en: "rejected \(request): \(reason)")
    }

    public func returned(_ request: String, reason: String) -> Phrase {
        Phrase(id: "\(request) dikembalikan untuk perbaikan: \(reason)", en: "returned \(request) for revision: \(reason)")
    }

    /// The inbox is empty: "tidak ada yang menunggu kasi (peran: kasi)".
    public func nothingWaits(for uid: String, roles: [String]) -> Phrase {
        Phrase(id: "tidak ada yang menunggu \(uid) (peran: \(Language.indonesian.list(roles)))",
               en: "nothing waits for \(uid) (roles: \(roles.joined(separator: ", ")))")
    }

    // MARK: A request in full

    /// "diajukan oleh kasi pada 2026-11-23 08:00; pemohon Budi; SK …".
    public func filedBy(_ actor: String, at time: String, applicant: String, decree: String?) -> Phrase {
        Phrase(id: "diajukan oleh \(actor) pada \(time); pemohon \(applicant)\(decree.map { "; SK \($0)" } ?? "")",
               en: "filed by \(actor) on \(time); applicant \(applicant)\(decree.map { "; SK \($0)" } ?? "")")
    }

    public func letterDated(_ date: String) -> Phrase {
        Phrase(id: "surat bertanggal \(date)", en: "letter dated \(date)")
    }

    /// "diagendakan nomor 045/117 pada 2025-02-03 08:15".
    public func registered(_ agenda: String, at time: String) -> Phrase {
        Phrase(id: "diagendakan nomor \(agenda) pada \(time)", en: "registered as \(agenda) on \(time)")
    }

    public let accountsAllCreated = Phrase(id: "semua akun dalam SK sudah dibuat di direktori; tahap ini dapat disetujui", en: "every account of the SK exists in the directory; this step can be approved")

    public func accountsPending(_ count: Int) -> Phrase {
        Phrase(id: "\(count) akun dalam SK belum dibuat; tahap ini disetujui setelah semuanya dibuat:", en: "\(count) accounts of the SK are not created yet; this step is approved once all are:")
    }

    public func waitingFor(_ who: String) -> Phrase {
        Phrase(id: "menunggu: \(who)", en: "waiting for: \(who)")
    }

    /// "dikonfirmasi birth-date-mismatch:nip:…: \"catatan\"".
    public func confirmation(_ warning: String, note: String) -> Phrase {
        Phrase(id: "dikonfirmasi \(warning): \"\(note)\"", en: "confirmed \(warning): \"\(note)\"")
    }
}
