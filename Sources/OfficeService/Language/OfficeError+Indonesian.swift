public import AccessWorkflow
import AccessStore
import DirectorySync

/// An office error said in a language: the one place both shells (the CLI and the office server) turn an error into
/// a sentence. English is ``OfficeError/description``; an error that crossed the HTTP boundary keeps the server's
/// sentence, which the server already said in the caller's language (`Accept-Language`).
extension OfficeError: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        switch self {
        case .workflow(let error): return error.text(in: language)
        case .store(let error): return Self.describe(error, in: language)
        case .bridge(let error): return error.text(in: language)
        case .handover(let failure): return failure.text(in: language)
        case .badInput(let message), .refused(let message), .forbidden(let message), .notFound(let message),
             .tooLarge(let message), .recoveryNeeded(let message), .unauthenticated(let message), .unavailable(let message):
            return message.text(in: language)
        case .throttled(let seconds):
            return "terlalu banyak login yang gagal; tunggu \(seconds) detik sebelum mencoba lagi (direktori juga mengunci akun setelah kegagalan berulang)"
        case .remote(_, let message):
            return message
        }
    }

    private static func describe(_ error: StoreError, in language: Language) -> String {
        switch error {
        case .replayRefused, .undecodableRecord: "\(error.text(in: language)); jalankan `hakakses audit verify`"
        default: error.text(in: language)
        }
    }
}
