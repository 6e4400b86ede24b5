import Foundation

extension WorkflowError {
    /// Why the Kadis's signature of an SK was refused (an SOP's `sign` step), or why an SK's signer is wrong for the
    /// office's SOP.
    public enum SignatureProblem: Sendable, Hashable, CustomStringConvertible {
        /// The SOP has the Kadis sign at `step`, yet the draft names a signer or a date of signature.
        case signerTyped(step: StepID)
        /// An SK in an office without a sign step (or an imported one) has no signer or date of signature.
        case unsigned
        /// The SK is a draft awaiting the Kadis's signature at `step` of `request`; it cannot be confirmed or used yet.
        case awaitingSignature(request: RequestID, step: StepID)
        /// The signing official has no NIP in the directory (an SK is signed with name and NIP).
        case signerWithoutNIP(actor: String)
        /// The signer recorded is not the official who recorded the signature.
        case signerNotActor(actor: String)
        /// The date of signature is before the list was approved.
        case beforeApproval(signedOn: CivilDate, approvedOn: CivilDate)
        /// The date of signature is after the day it is recorded.
        case afterRecording(signedOn: CivilDate, today: CivilDate)
        /// No scan of the signed SK was given.
        case scanMissing
        /// The official who drafted the SK signs it too: the signature is the second official's act.
        case signedByDrafter(actor: String)

        /// The clause after "SK …: ".
        public var description: String {
            switch self {
            case .signerTyped(let step):
                "the Kadis records the signer and the date of signature at step \(step), from the directory; leave out --signer-name, --signer-nip and --signed"
            case .unsigned:
                "the signer and the date of signature are missing; give --signed, --signer-name and --signer-nip as printed on the signed SK"
            case let .awaitingSignature(request, step):
                "it is a draft awaiting the Kadis's signature at step \(step) of request \(request); the Kadis signs it with `hakakses decree sign --request \(request)`"
            case .signerWithoutNIP(let actor):
                "\(actor) has no NIP in the directory, and an SK is signed with name and NIP; the ADB adds the NIP to the staff entry (hakakses staff)"
            case .signerNotActor(let actor):
                "the signer recorded is not \(actor), who recorded the signature; the signer is always the logged-in Kadis"
            case let .beforeApproval(signedOn, approvedOn):
                "it cannot be signed on \(signedOn), before the list was approved on \(approvedOn); give the date written on the signature"
            case let .afterRecording(signedOn, today):
                "it cannot be signed on \(signedOn), after today (\(today)); give the date written on the signature"
            case .scanMissing:
                "the signature is recorded with the scan of the signed SK (PDF, JPEG or PNG) kept in the office's archive; send the scan"
            case .signedByDrafter(let actor):
                "\(actor) drafted it and may not also sign it: the signature is a second official's act (four eyes)"
            }
        }

        /// The clause after "SK …: " in Bahasa Indonesia.
        public var indonesian: String {
            switch self {
            case .signerTyped(let step):
                "penandatangan dan tanggal tanda tangan dicatat oleh Kepala Dinas sendiri di tahap \(step), dari direktori; jangan isi --signer-name, --signer-nip dan --signed"
            case .unsigned:
                "penandatangan dan tanggal tanda tangannya belum diisi; isi --signed, --signer-name dan --signer-nip sesuai SK yang ditandatangani"
            case let .awaitingSignature(request, step):
                "SK ini masih konsep yang menunggu tanda tangan Kepala Dinas di tahap \(step) permohonan \(request); Kepala Dinas menandatanganinya dengan `hakakses decree sign --request \(request)`"
            case .signerWithoutNIP(let actor):
                "\(actor) tidak memiliki NIP di direktori, padahal SK ditandatangani dengan nama dan NIP; ADB menambahkan NIP pada data pegawai (hakakses staff)"
            case .signerNotActor(let actor):
                "penandatangan yang tercatat bukan \(actor) yang mencatat tanda tangan; penandatangan selalu Kepala Dinas yang sedang masuk"
            case let .beforeApproval(signedOn, approvedOn):
                "tidak dapat ditandatangani pada \(signedOn), sebelum daftar disetujui pada \(approvedOn); isi tanggal yang tertulis pada tanda tangan"
            case let .afterRecording(signedOn, today):
                "tidak dapat ditandatangani pada \(signedOn), sesudah hari ini (\(today)); isi tanggal yang tertulis pada tanda tangan"
            case .scanMissing:
                "tanda tangan dicatat dengan pindaian SK yang telah ditandatangani (PDF, JPEG atau PNG) yang tersimpan di arsip kantor; kirim pindaiannya"
            case .signedByDrafter(let actor):
                "\(actor) menyusun konsepnya sehingga tidak boleh juga menandatanganinya: tanda tangan adalah tindakan pejabat kedua (empat mata)"
            }
        }
    }
}
