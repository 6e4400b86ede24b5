import Foundation

/// Refusals of the workflow in Bahasa Indonesia; English stays ``WorkflowError/description``.
extension WorkflowError: LocalizedText {
    public func text(in language: Language) -> String {
        language == .english ? description : indonesian
    }

    /// One sentence, as said in a Disdukcapil office: what is wrong and what to do.
    private var indonesian: String {
        let id = Language.indonesian
        switch self {
        case .unknownRequest(let request):
            return "permohonan \(request) tidak ditemukan; periksa nomornya pada daftar permohonan"
        case .duplicateRequest(let request):
            return "permohonan \(request) sudah ada; beri permohonan baru nomor tersendiri"
        case .malformedRequestID(let request):
            return "nomor permohonan '\(request)' tidak dapat dipakai; gunakan 1–64 huruf, angka, '-', '_', '.' atau '/', misalnya REQ-2025-0001"
        case let .wrongRequestKind(request, expected, got):
            return "permohonan \(request) berjenis \(got.text(in: id)), sedangkan SOP kantor ini menerima permohonan berjenis \(expected.text(in: id)); ajukan sebagai \(expected.text(in: id))"
        case let .candidateCount(request, kind, count):
            return kind == .single
                ? "permohonan \(request) memuat \(count) calon, padahal kantor ini menerima satu calon per permohonan; ajukan satu permohonan untuk setiap orang"
                : "permohonan \(request) tidak memuat calon; tambahkan sedikitnya satu orang ke daftar usulan"
        case let .duplicateCandidate(request, identifier):
            return "permohonan \(request) memuat \(identifier) dua kali; cantumkan setiap orang satu kali saja"
        case let .unknownSIAKRole(role, known):
            return "peran SIAK '\(role)' tidak ada dalam katalog; gunakan salah satu dari: \(id.list(known.map(\.rawValue)))"
        case let .wrongStep(request, current, title, given):
            return "permohonan \(request) berada di tahap \(current) (\(title)), bukan \(given)"
        case .alreadyCompleted(let request):
            return "permohonan \(request) sudah selesai; tidak ada lagi yang perlu diproses (untuk mengakhiri akses, cabut aksesnya)"
        case let .rejectedFinal(request, reason):
            return "permohonan \(request) sudah ditolak (\(reason)) dan penolakan bersifat final; ajukan permohonan baru"
        case let .cancelledFinal(request, reason):
            return "permohonan \(request) sudah dibatalkan (\(reason)) dan pembatalan bersifat final; ajukan permohonan baru"
        case let .awaitingResubmission(request, reason):
            return "permohonan \(request) dikembalikan untuk perbaikan (\(reason)); ajukan ulang terlebih dahulu sebelum memprosesnya"
        case let .notReturned(request, status):
            return "permohonan \(request) berstatus \(status.text(in: id)), bukan dikembalikan untuk perbaikan; hanya permohonan yang dikembalikan yang dapat diajukan ulang"
        case let .wrongAction(request, step, kind, use):
            return "tahap \(step) pada permohonan \(request) adalah tahap \(kind.text(in: id)); \(use.indonesian)"
        case let .missingRole(actor, step, title, required):
            return "\(actor) tidak memegang peran \(required) yang diperlukan tahap \(step) (\(title)); mintalah pemegang peran tersebut untuk melaksanakannya"
        case let .notYourTurn(actor, step, title, awaited, chain):
            return "tahap \(step) (\(title)) dilaksanakan berurutan \(chain) dan kini menunggu \(awaited); \(actor) bertindak setelah tiba gilirannya"
        case let .awaitingInitials(request, step, awaited):
            return "tahap \(step) pada permohonan \(request) masih menunggu paraf \(awaited); paraf tersebut dibubuhkan lebih dahulu dengan approve"
        case let .notTheApprover(request, step, action, approver):
            return "pada tahap \(step) permohonan \(request) hanya pemberi persetujuan, \(approver), yang berwenang \(action.indonesianVerb); bubuhkan paraf pada tahap ini apa adanya atau kembalikan untuk perbaikan"
        case let .initialledTwice(actor, step):
            return "\(actor) sudah memaraf tahap \(step); setiap paraf dalam rantai paraf dibubuhkan oleh pejabat yang berbeda"
        case let .strikeNotAllowed(request, step):
            return "tahap \(step) pada permohonan \(request) tidak mengizinkan pencoretan nama; setujui daftar secara utuh, kembalikan, atau coret di tahap yang ditandai mayStrike dalam SOP"
        case let .unknownStruckCandidate(request, person):
            return "\(person) bukan calon dalam permohonan \(request); coret hanya nama yang ada di daftar, dengan NIP atau NIK-nya"
        case let .allCandidatesStruck(request, step):
            return "semua nama dalam permohonan \(request) akan tercoret di tahap \(step); tolak atau kembalikan permohonan ini"
        case let .letterAfterFiling(request, letter, filed):
            return "surat permohonan \(request) bertanggal \(letter), sesudah tanggal pengajuan \(filed); isikan tanggal yang tertulis pada surat"
        case let .sameOfficial(actor, earlier, step):
            return "\(actor) sudah melaksanakan tahap \(earlier) permohonan ini, padahal SOP menetapkan pejabat lain untuk tahap \(step); mintalah rekan yang memegang peran tersebut"
        case let .registeredAfterFiling(request, registered, filed):
            return "surat permohonan \(request) diagendakan pada \(Timestamp.iso(registered)), sesudah pengajuan dicatat (\(Timestamp.iso(filed))); isikan waktu yang tertulis pada buku agenda"
        case let .registeredBeforeLetter(request, registered, letter):
            return "surat permohonan \(request) diagendakan pada \(Timestamp.iso(registered)), sebelum tanggal surat \(letter); periksa buku agenda dan tanggal surat"
        case let .notPermitted(actor, action, allowed):
            return "\(actor) tidak berwenang \(action.indonesianVerb); hanya \(id.list(allowed.map(\.rawValue))) yang berwenang, jadi mintalah kepada salah satunya"
        case let .selfDealing(actor, request):
            return "\(actor) adalah pemohon atau calon dalam permohonan \(request) sehingga tidak boleh memprosesnya selain mengajukan; mintalah rekan lain"
        case let .consecutiveSteps(actor, previous, step):
            return "\(actor) telah melaksanakan tahap \(previous) dan tidak boleh juga melaksanakan tahap berikutnya, \(step); mintalah pemegang peran yang lain"
        case let .rejectNotAllowed(request, step):
            return "tahap \(step) pada permohonan \(request) tidak mengizinkan penolakan; tolak di tahap yang ditandai mayReject dalam SOP, atau batalkan permohonan"
        case let .returnNotAllowed(request, step):
            return "tahap \(step) pada permohonan \(request) tidak mengizinkan pengembalian untuk perbaikan; kembalikan di tahap yang ditandai mayReturn dalam SOP"
        case let .missingInput(request, step, document, title):
            return "permohonan \(request) belum dapat melewati tahap \(step) karena kelengkapan \(title) belum tercatat; catat dengan --evidence \(document)=NOMOR atau --file \(document)=BERKAS"
        case let .missingDecree(request, step, document):
            return "permohonan \(request) belum dapat melewati tahap \(step) tanpa SK (\(document)); terbitkan SK di tahap SK terlebih dahulu"
        case let .evidenceNotAccepted(document, reason):
            return "bukti untuk '\(document)' tidak diterima: \(reason.indonesian)"
        case .emptyReason(let action):
            return "\(action.indonesianNoun) memerlukan alasan; tuliskan alasannya dalam beberapa kata"
        case let .outOfOrder(request, at, last):
            return "tindakan pada permohonan \(request) pada \(Timestamp.iso(at)) lebih awal daripada tindakan terakhirnya pada \(Timestamp.iso(last)); periksa jam komputer"
        case .duplicateDecree(let number):
            return "SK \(number) sudah tercatat; setiap SK dicatat satu kali, jadi periksa nomornya"
        case let .noDecreeAwaitingConfirmation(number, recorded):
            return recorded
                ? "SK \(number) sudah tercatat berlaku dan tidak menunggu konfirmasi"
                : "tidak ada SK \(number) yang menunggu konfirmasi; periksa nomornya (`hakakses decree list` menampilkan yang menunggu)"
        case let .confirmedByRecorder(number, actor):
            return "\(actor) mencatat SK \(number) sehingga tidak boleh juga mengonfirmasinya: pejabat kedua yang mengonfirmasi (empat mata)"
        case let .confirmerNamedOnDecree(number, actor):
            return "\(actor) tercantum dalam SK \(number) sehingga tidak boleh mengonfirmasinya"
        case .confirmationScanMissing(let number):
            return "SK \(number) dikonfirmasi dengan pindaian SK yang telah ditandatangani (PDF, JPEG atau PNG) yang tersimpan di arsip kantor; kirim pindaiannya"
        case .acting(let problem):
            return "penunjukan Plt./Plh.: \(problem.indonesian)"
        case let .review(review, problem):
            return "review \(review): \(problem.indonesian)"
        case .sopNotAdoptable(let problem):
            return "SOP tidak dapat ditetapkan berlaku: \(problem.indonesian)"
        case .decreesNotUsed(let number):
            return "SK \(number) tidak dapat dicatat: SOP kantor ini memberikan hak akses melalui permohonan, sehingga SK tidak memberikan apa pun; ajukan permohonan untuk setiap orang"
        case let .roleNotCovered(role, person, covered):
            return "\(person) diusulkan sebagai \(role), peran yang tidak diatur SOP kantor ini (SOP mengatur \(id.list(covered.map(\.rawValue)))); usulkan salah satunya, atau perluas siakRoles dalam berkas SOP"
        case let .conflictingRoles(person, roles, held, reason):
            let source = held.map { " (\(roles[0]) sudah dipegang melalui \($0.text(in: id)))" } ?? ""
            return "\(person) akan memegang sekaligus \(id.list(roles.map(\.rawValue)))\(source), padahal satu orang tidak boleh memegang keduanya (\(reason)); usulkan orang lain, atau cabut peran yang lain lebih dahulu"
        case let .signature(number, problem):
            return "SK \(number): \(problem.indonesian)"
        case let .withdrawnWithRequest(number, request):
            return "SK \(number) diterbitkan untuk permohonan \(request) dan mengikutinya: batalkan atau kembalikan permohonannya"
        case let .unknownSupersededDecree(number, superseded):
            return "SK \(number) menggantikan SK \(superseded) yang belum tercatat; impor SK \(superseded) terlebih dahulu"
        case let .decreeMismatch(number, request, detail):
            return "SK \(number) tidak sesuai dengan permohonan \(request): \(detail.indonesian)"
        case .unconfirmedWarnings(let warnings):
            let example = warnings.first.map { " (misalnya --confirm \($0.id)=\"\($0.kind.exampleNote)\")" } ?? ""
            return "\(warnings.count == 1 ? "ada peringatan identitas yang" : "ada \(warnings.count) peringatan identitas yang") harus dikonfirmasi pejabat dengan catatan sebelum dicatat: "
                + warnings.map { $0.text(in: id) }.joined(separator: "; ")
                + "; perbaiki datanya, atau konfirmasi setiap peringatan dengan ID-nya dan catatan, --confirm ID=CATATAN\(example)"
        case let .unknownConfirmation(warning, known):
            return "konfirmasi '\(warning)' tidak cocok dengan peringatan mana pun dari perintah ini; hapus konfirmasi tersebut (peringatan yang muncul: \(id.list(known.map(\.rawValue))))"
        case .emptyConfirmationNote(let warning):
            return "konfirmasi '\(warning)' tidak berisi catatan; tuliskan mengapa datanya benar, misalnya SK yang mengoreksi tanggal lahir"
        case .invalidIdentity(let error):
            return error.text(in: id)
        case .invalidDecree(let error):
            return error.text(in: id)
        case let .unknownCurrentStep(request, step):
            return "permohonan \(request) berada di tahap \(step) yang tidak ada dalam SOP ini; gunakan SOP yang berlaku saat permohonan diajukan"
        case let .eventRefused(index, summary, reason):
            return "peristiwa tersimpan #\(index) (\(summary)) ditolak saat diputar ulang karena \(reason.text(in: id)); log peristiwa telah diubah atau ditulis oleh program yang keliru, jadi pulihkan dari salinan yang telah diverifikasi"
        }
    }
}

extension WorkflowError.Action {
    /// After "tidak berwenang" / "yang berwenang".
    var indonesianVerb: String {
        switch self {
        case .rejection, .rejectRequest: "menolak permohonan"
        case .returning: "mengembalikan permohonan untuk perbaikan"
        case .cancellation: "membatalkan permohonan"
        case .revocation: "mencabut akses"
        case .struckName(let person): "mencoret nama \(person)"
        case .strikeNames: "mencoret nama dari daftar"
        case let .cancelRequest(id, filedBy): "membatalkan permohonan \(id) yang diajukan oleh \(filedBy)"
        case .importDecree(let number): "mengimpor SK \(number)"
        case .confirmDecree(let number): "mengonfirmasi SK \(number)"
        case .withdrawDecree(let number): "menarik SK \(number)"
        case .withdrawal: "menarik SK"
        case .revokeAccess(let person): "mencabut akses \(person)"
        }
    }

    /// Before "memerlukan alasan".
    var indonesianNoun: String {
        switch self {
        case .rejection, .rejectRequest: "penolakan"
        case .returning: "pengembalian untuk perbaikan"
        case .cancellation, .cancelRequest: "pembatalan"
        case .revocation, .revokeAccess: "pencabutan akses"
        case .struckName(let person): "pencoretan nama (\(person))"
        case .strikeNames: "pencoretan nama"
        case .importDecree(let number): "impor SK \(number)"
        case .confirmDecree(let number): "konfirmasi SK \(number)"
        case .withdrawDecree(let number): "penarikan SK \(number)"
        case .withdrawal: "penarikan SK"
        }
    }
}

extension WorkflowError.Hint {
    var indonesian: String {
        switch self {
        case .issueDecree: "terbitkan SK-nya melalui penerbitan SK (decree issue)"
        case .approveInsteadOfHandover: "setujui tahap ini, jangan dicatat sebagai serah terima"
        case .completeInsteadOfInitialling: "paraf terakhir dalam rantai menyelesaikan tahap ini, jadi laksanakan tahapnya, bukan memaraf"
        case .recordHandover: "catat sebagai serah terima (handover)"
        case .approveWithoutDecree: "setujui tahap ini; di tahap ini tidak diterbitkan SK"
        case .signDecree: "di tahap ini Kepala Dinas menandatangani SK (hakakses decree sign)"
        }
    }
}

extension WorkflowError.EvidenceRefusal {
    var indonesian: String {
        switch self {
        case .unknownDocument(let known):
            "dokumen tersebut tidak dikenal dalam SOP; gunakan salah satu dari \(Language.indonesian.list(known.map(\.rawValue)))"
        case .equipment: "itu peralatan yang tidak perlu dicatat; hilangkan"
        case .decree: "SK dicatat dengan menerbitkan atau mengimpornya; hilangkan"
        case .credentials: "nama pengguna dan kata sandi tidak pernah dicatat dalam alur kerja; hilangkan"
        }
    }
}

extension WorkflowError.DecreeMismatch {
    var indonesian: String {
        switch self {
        case .namesRequest(let id):
            "SK tersebut menyebut permohonan \(id?.rawValue ?? "(tidak ada)"); terbitkan SK dari permohonan ini"
        case .grantsDiffer:
            "daftar penerima SK berbeda dengan calon dalam permohonan; terbitkan SK dari permohonan agar daftarnya tersalin"
        case .importedWithRequest:
            "SK yang diimpor tidak dapat dikaitkan dengan permohonan; terbitkan SK di tahap SK permohonan tersebut"
        }
    }
}
